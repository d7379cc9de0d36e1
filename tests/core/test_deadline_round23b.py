"""Issue 12, round 23b: general kinds of the twenty-ninth set's misses (standing hours, two
acts given in turn, four-digit clock times), each shown with sentences of our own making,
then the set's own cases. Said on Wednesday 2 December 2026 at 10:00, London time (GMT),
unless a test gives another moment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.deadline_properties import assert_every_token_used
from tests.core.reading import check_set_case, read
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal
from tests.data.deadlines.relabels import cases_of, conventional

# -- 1. standing opening times: a day named as an exception or instance of every day, and
#       hours kept on weekdays joined by "and" -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The museum is open daily except Christmas Day.",
        "The library is open each day except 1 January.",
        "The park is open every day of the year except Christmas.",
        "Our helpline is available any time of the year, even on Christmas Day.",
        "The pool is open all year round, including on Boxing Day.",
        "The reading rooms are open to the public Monday and Wednesday, 8:45 A.M.- 5 P.M.",
        "The shop opens Tuesday and Thursday from 10 a.m. to 4 p.m.",
        "Visitors are welcome Tue, Thu and Sat, 10 a.m. to 4 p.m.",
    ],
)
def test_standing_opening_times_are_recurring(text: str) -> None:
    assert _refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a one-off event on named days keeps its (last) day
        ("The hearing will be held Monday and Wednesday.", "2026-12-09 23:59"),
        ("The hearing will be held Monday and Wednesday from 9 a.m. to 5 p.m.", "2026-12-09 17:00"),
        # open every day up to a date: kept going to that date (CONVENTIONS 3.3)
        ("The exhibition is open every day until 10 January.", "2027-01-10 23:59"),
        # a deadline beside a standing habit is not the exception
        (
            "We will work every day except Sundays to finish the bridge by 30 June.",
            "2027-06-30 22:59",
        ),
    ],
)
def test_one_off_days_keep_their_deadline(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "opening",
    [
        "The Exhibition Hall is open every day except",
        "The Microfilm and Central Research Rooms",
        "Make sure you give yourself plenty of time",
    ],
)
def test_fresh29_standing_hours(opening: str) -> None:
    check_set_case("blind_fresh29", opening)


# -- 2. two acts given in turn, each with its own time: the later stage counts ------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "We will open the portal in June, and in the autumn, will start a tour.",
            "2027-11-30 23:59",
        ),
        (
            "Flows will be 900 cfs by 1 September and increase to 2,000 cfs by mid to late"
            " September.",
            "2027-09-30 22:59",
        ),
        ("Prices will rise to 3% by March and fall back to 2% by late summer.", "2027-08-31 22:59"),
        (
            "The minister will report on 3 March and Parliament will vote in the autumn.",
            "2027-11-30 23:59",
        ),
    ],
)
def test_the_later_of_two_acts_counts(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # one act's times listed, a window that opens now, a start after a deadline
        (
            "We will publish the draft by 1 March and the final plan by late spring.",
            "2027-03-01 23:59",
        ),
        (
            "We will publish the report on 5 March and hope to act on it later this year.",
            "2027-03-05 23:59",
        ),
        ("We must apply by 1 March and the scheme opens in the summer.", "2027-03-01 23:59"),
        ("We will hold the vote on 3 June and in the summer.", "2027-06-03 22:59"),
    ],
)
def test_one_act_or_a_start_keeps_the_earlier(text: str, due: str) -> None:
    assert _due(text) == due


def _set_due(module: str, opening: str) -> tuple[str, str]:
    """The labelled due of a set's case and the parser's, to the second (the bench's test:
    a case labelled not vague may be read as vague)."""
    case = next(c for c in conventional(module, cases_of(module)) if c.text.startswith(opening))
    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
    got = interpret_deadline(case.text, said, case.tz, day_first=case.day_first)
    assert isinstance(got, Deadline), got
    assert case.due is not None
    return got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"), case.due


@pytest.mark.parametrize(
    "opening", ["Flows from Rimrock Reservoir", "In addition, the National Archives will launch"]
)
def test_fresh29_later_stage(opening: str) -> None:
    got, label = _set_due("blind_fresh29", opening)
    assert got == label


# -- 3. four-digit clock times: beside a zone or "hours", or between a deadline word and a
#       date ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Comments can be made until 2359 MST on July 19, 2027.", "2027-07-20 06:59"),
        ("Bids are due by 1700 EST on 15 January 2027.", "2027-01-15 22:00"),
        ("Bids are due at 1700 ET on 15 January.", "2027-01-15 22:00"),
        ("Submit by 1700 Eastern Time on 15 January.", "2027-01-15 22:00"),
        ("The report is due by 1700 on 10 December.", "2026-12-10 17:00"),
        ("Entries close at 0930 on Friday, 4 December.", "2026-12-04 09:30"),
    ],
)
def test_four_digit_clock_times(text: str, due: str) -> None:
    assert _due(text) == due
    assert_every_token_used(text, read(text))


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a year stays a year: no zone, no "hours", no date right after
        ("The plan runs until 2030 on current funding.", "2030-12-31 23:59"),
        ("We will finish by 2030 on current trends.", "2030-12-31 23:59"),
        ("By 2030 et al will be done.", "2030-12-31 23:59"),
    ],
)
def test_a_year_stays_a_year(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # an amount on a day: the day, no hour
        ("The fare will be capped at 1500 on 1 April.", "2027-04-01 22:59"),
        ("Membership will rise by 1200 on 1 January.", "2027-01-01 23:59"),
    ],
)
def test_an_amount_before_a_date_is_no_clock_time(text: str, due: str) -> None:
    assert _due(text) == due


def test_fresh29_clock_with_zone() -> None:
    check_set_case("blind_fresh29", "Scoping materials were made available")
