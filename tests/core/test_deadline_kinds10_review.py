"""Issue 12, round 11, after review: plain wordings a member would type that round 11's
rules misread at first, each pinned before its fix.

- a bare "not" after a time marks a replaced day only in a sentence about the future:
  "We met on Friday, not on Thursday" is still a past report;
- a sentence is told in the past all through only when no verb of it looks ahead: "The
  newly elected mayor takes office on 1 October" and "We launched the review in July,
  reporting on 30 September" keep their dates;
- of two times joined by "or", neither replaces the other by the list rule ("by Friday or
  pay a fine in 2026": the alternatives' rule decides); an earlier deadline in an "and"
  list is not lost to a later year when the later item only comes into force;
- a clock time on a day that IS dated ("by 5 pm on the closing date of 30 September
  2025") is that instant;
- "FY2027 targets will be met" is a deadline: only what a fiscal year labels (activities,
  estimates, a performance period) makes it no deadline;
- "every fortnight", "every ten days" are standing schedules like "every week";
- of a weekday pair or run before a range of days, each weekday must fit its day;
- a time dropped for a later one of a list or of alternatives is named in the reason
  ("chosen over “by 30 September”: ..."), never "the only time expression".

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.test_deadline_kinds import due_of, refusal_of, utc


@pytest.mark.parametrize(
    "text",
    ["We met on Friday, not on Thursday.", "The vote took place on Tuesday, not Wednesday."],
)
def test_a_past_report_with_a_bare_not_is_still_past(text: str) -> None:
    assert due_of(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The newly elected mayor takes office on 1 October.", "2025-10-01T23:59:59"),
        ("The minister promised the report comes out at 5 p.m.", "2025-08-18T17:00:00"),
        ("We launched the scheme in July, paying out on 1 October.", "2025-10-01T23:59:59"),
        ("We launched the review in July, reporting on 30 September.", "2025-09-30T23:59:59"),
        (
            "Parliament returned from recess, sitting again on 1 September.",
            "2025-09-01T23:59:59",
        ),
    ],
)
def test_a_present_or_ing_verb_after_a_past_one_still_looks_ahead(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will respond by Friday or pay a fine in 2026.", "2025-08-22T23:59:59"),
        (
            "We will pass the bill by Christmas and it will come into force in 2027.",
            "2025-12-25T23:59:59",
        ),
    ],
)
def test_an_alternative_or_a_coming_into_force_does_not_replace_the_deadline(
    text: str, due: str
) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Submit it by 5 pm on the closing date of 30 September 2025.", "2025-09-30T17:00:00"),
        (
            "Register on the day of the meeting, 3 September, between 9 and 10 a.m.",
            "2025-09-03T10:00:00",
        ),
    ],
)
def test_a_clock_time_on_a_dated_day_is_that_instant(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    "text",
    [
        "FY2027 targets will be met.",
        "FY27 savings of $2 billion will be delivered.",
        "The FY27 goals will be achieved.",
        "All FY2026 grants will be paid out.",
    ],
)
def test_a_fiscal_year_with_a_pledge_of_its_own_is_a_deadline(text: str) -> None:
    assert due_of(text) is not None


def test_a_fiscal_year_naming_activities_is_no_deadline() -> None:
    assert due_of("The FY 2027 activities will be reviewed.") is None


@pytest.mark.parametrize(
    "text",
    [
        "We will publish figures every fortnight as soon as possible.",
        "We will publish figures every ten days as soon as possible.",
    ],
)
def test_a_window_handed_out_every_fortnight_is_a_standing_schedule(text: str) -> None:
    assert refusal_of(text) == "recurring"


@pytest.mark.parametrize(
    "text",
    [
        "The Committee will meet on Monday and Wednesday, September 2-3, 2025.",
        "The Committee will meet Thursday through Wednesday, September 1-3, 2025.",
    ],
)
def test_each_weekday_of_a_pair_before_a_range_must_fit_its_day(text: str) -> None:
    assert due_of(text) is None


@pytest.mark.parametrize(
    ("text", "chosen", "over"),
    [
        ("A report by 30 September and a decision in 2026.", "in 2026", "by 30 September"),
        ("The vote will be later this month or early next month.", "early next month", "later"),
    ],
)
def test_a_time_dropped_for_a_later_one_is_named_in_the_reason(
    text: str, chosen: str, over: str
) -> None:
    got = interpret_deadline(text, utc("2025-08-18T10:00:00"), "UTC")
    assert isinstance(got, Deadline) and got.matched == chosen
    assert f"chosen over “{over}" in got.reason, got.reason


@pytest.mark.parametrize(
    "text", ["by **Friday** _3pm_ EST", "by *Friday* 3pm **EST**", "by __Friday__ 3pm EST"]
)
def test_markdown_emphasis_around_the_words_changes_nothing(text: str) -> None:
    assert due_of(text) == utc("2025-08-22T20:00:00")


@pytest.mark.parametrize(
    "text",
    ["The start date is 2027.", "The effective date is 2027.", "The deadline is 2027 or 2028."],
)
def test_a_year_said_to_be_a_date_that_is_no_deadline_or_one_of_two_is_not_read(
    text: str,
) -> None:
    assert due_of(text) is None


def test_the_date_for_a_task_said_to_be_a_year_is_still_read() -> None:
    assert due_of("The date for completing repairs is 2027.") == utc("2027-12-31T23:59:59")
