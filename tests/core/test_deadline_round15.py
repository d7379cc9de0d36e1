"""Issue 12, round 15: general kinds of reading the seen sets still got wrong, each shown with
sentences of our own (not copies of the sets'), beside the plain ones that must keep their
reading. Said on Wednesday 2 December 2026 at 10:00, London time."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline

LONDON = "Europe/London"
SAID = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo(LONDON))  # a Wednesday


def _read(text: str) -> Deadline | Refusal | None:
    return interpret_deadline(text, SAID, LONDON)


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# -- 1. a year-less date just gone, looked back at, is the recent past (recent.py) ----------


@pytest.mark.parametrize(
    "text",
    [
        "I can give the House an update on the position at the close of the consultation on"
        " 20 November.",
        "In the light of the floods in Cumbria on 14 November, what support is available to"
        " farmers?",
        "On 9 November my noble friend the Minister for Housing published a written statement.",
    ],
)
def test_a_yearless_date_gone_a_few_weeks_ago_is_the_past(text: str) -> None:
    got = _read(text)
    assert isinstance(got, Refusal), got
    assert got.kind == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The scheme will reopen on 20 November.", "2027-11-20 23:59:59"),
        ("Applications must be in by 30 November.", "2027-11-30 23:59:59"),
        ("The next census is on 21 March.", "2027-03-21 23:59:59"),
        ("20 November", "2027-11-20 23:59:59"),
        ("We expect the review to report at the end of October.", "2027-10-31 23:59:59"),
    ],
)
def test_a_yearless_date_with_a_future_in_its_sentence_still_rolls_ahead(
    text: str, due: str
) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert got.due == _utc(due)


# -- 2. a time named to say nothing happens then, or a plan given up ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No sittings of the committee are proposed during 2027.",
        "No Westminster Hall debates have been scheduled for the morning of 10 December.",
        "A completion date of March 2027 is no longer achievable.",
        "An opening in the spring is no longer realistic, given the state of the site.",
        "The Leader has postponed the business previously scheduled for next week.",
        "The council has postponed the meeting scheduled for Thursday.",
    ],
)
def test_a_time_denied_or_given_up_is_negated(text: str) -> None:
    got = _read(text)
    assert isinstance(got, Refusal), got
    assert got.kind == "negated"


def test_business_postponed_from_the_coming_week_leaves_no_deadline() -> None:
    got = _read("I have postponed all previously-scheduled legislation for the coming week.")
    assert isinstance(got, Refusal), got
    assert got.kind == "negated"  # CONVENTIONS 4.1: a plan called off, not a start


def test_a_denial_stops_where_a_new_subject_makes_its_own_promise() -> None:
    got = _read(
        "No decision, however, will be taken today, and we will set out our plans in the"
        " coming weeks."
    )
    assert isinstance(got, Deadline), got
    assert got.vague
    assert got.matched == "in the coming weeks"


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("A completion date of March 2027 is still achievable.", "March 2027"),
        ("The vote, planned for Tuesday, is postponed to Thursday.", "postponed to Thursday"),
        ("No later than 10 December, the Department will publish the figures.", None),
    ],
)
def test_a_time_kept_or_given_anew_still_counts(text: str, matched: str | None) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    if matched is not None:
        assert got.matched == matched


# -- 3. the size of a change is no span from now ------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The start of the works has been brought forward by six months to March 2027.",
            "2027-03-31 22:59:59",
        ),
        ("The publication has been brought forward by a week to Friday.", "2026-12-04 23:59:59"),
        ("The works have been put back by a year to March 2028.", "2028-03-31 22:59:59"),
    ],
)
def test_the_size_of_a_move_leaves_the_new_time(text: str, due: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert got.due == _utc(due)


@pytest.mark.parametrize(
    "text",
    [
        "The maximum wait will be reduced from 18 weeks to 12 weeks.",
        "The notice period rises from two months to 90 days.",
    ],
)
def test_a_length_changed_from_one_size_to_another_is_no_deadline(text: str) -> None:
    got = _read(text)
    assert isinstance(got, Refusal), got
    assert got.kind == "event"  # an amount of time, as "42 days was too long"


# -- 4. a change of an amount "from <date>" takes effect then (CONVENTIONS 3.1) -------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The Minister announced a 5% rise in the state pension from next April.",
            "2027-04-30 22:59:59",
        ),
        ("There will be an increase in the licence fee from 1 March.", "2027-03-01 23:59:59"),
        ("A cut in the rate of duty from 1 February was confirmed today.", "2027-02-01 23:59:59"),
    ],
)
def test_a_change_of_an_amount_from_a_date_is_due_then(text: str, due: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert got.due == _utc(due)


@pytest.mark.parametrize(
    "text",
    [
        "Applications will be accepted from 1 March.",
        "The increased grant will be paid from 1 March.",
    ],
)
def test_an_activity_given_only_its_start_stays_earliest(text: str) -> None:
    got = _read(text)
    assert isinstance(got, Refusal), got
    assert got.kind == "earliest"


# -- 5. "each <item>" does not make a clock time recurring ---------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Statements to be taken at 2 p.m. and to conclude not later than 4 p.m., with the"
            " speech of each spokesperson not to exceed ten minutes.",
            "2026-12-02 16:00:00",
        ),
        (
            "The proceedings on each motion shall be brought to a conclusion at 7 p.m.",
            "2026-12-02 19:00:00",
        ),
    ],
)
def test_each_item_of_a_days_business_leaves_its_clock_time_one_off(text: str, due: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert got.due == _utc(due)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting will run from 9 a.m. to 5 p.m. each day.",
        "The office opens at 9 a.m. every Monday.",
        "Every complaint will be answered within five working days.",
    ],
)
def test_a_clock_time_each_day_and_a_span_for_each_item_stay_recurring(text: str) -> None:
    got = _read(text)
    assert isinstance(got, Refusal), got
    assert got.kind == "recurring"


# -- 6. "for a period of <span> beginning on <date>" ends its length after that start (1.1) -


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The House approves his appointment for a period of five years beginning on"
            " 1 January 2027.",
            "2032-01-01 23:59:59",
        ),
        (
            "The consultation will run for a period of 12 weeks starting on 4 January.",
            "2027-03-29 22:59:59",
        ),
    ],
)
def test_a_period_of_a_length_from_a_stated_start_ends_after_it(text: str, due: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert got.due == _utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "She will take up the role on 1 February, for a period of three years.",
            "2027-02-01 23:59:59",
        ),
    ],
)
def test_a_period_after_a_dated_start_of_its_own_leaves_the_start(text: str, due: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert got.due == _utc(due)


# -- 7. "the post" is a job, not "after" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("She will take up the post on 1 February.", "2027-02-01 23:59:59"),
        ("The new chief executive takes up his post in March.", "2027-03-31 22:59:59"),
    ],
)
def test_a_post_taken_up_on_a_day_is_that_day(text: str, due: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert got.due == _utc(due)


def test_post_before_a_date_still_means_after() -> None:
    got = _read("Prices will be reviewed post 1 April.")
    assert isinstance(got, Refusal), got
    assert got.kind == "earliest"


def test_a_recent_day_with_a_modal_of_its_own_after_it_still_rolls_ahead() -> None:
    # the extractor re-reads "From 1 April retailers may ..." as "on 1 April ..."
    got = _read("On 20 November retailers may no longer sell plastic straws.")
    assert isinstance(got, Deadline), got
    assert got.due == _utc("2027-11-20 23:59:59")
