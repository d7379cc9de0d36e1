"""Issue 12, round 26a: past acts told in releases, and dates that name a thing (a
document, an issue, a named day, a season, a competition), each shown with sentences of
our own making, then the sets' own cases. Said on Wednesday 2 December 2026 at 10:00,
London time (GMT), unless a test gives another moment."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import read as _read
from tests.core.reading import refusal as _refusal

# -- 1. acts already done, told in a release --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a participle clause on a present-perfect main verb, a month the calendar would roll
        "The library has extended its hours at four branches, with the last branches "
        "adopting the new times in early November.",
        "The council renewed the bus contract, with the final routes switching operators in "
        "mid-October.",
        # a span in a participle clause after a main clause dated in the past
        "The draft guidance appeared in the Gazette on 30 September 2026, opening a 90-day "
        "consultation.",
        # a count up to now
        "The ferry has carried 40,000 passengers since opening on 1 May 2026, up to now, "
        "2 December 2026.",
        # the earlier time, told as replaced
        "The previous closing date was today, 2 December.",
        # a past verb's own week or month
        "We will publish the 20 new standards the board agreed this week.",
        "We will fund the projects the panel chose this month.",
        # "Today," at the head of a release, after a dateline and an infinitive aside
        "LONDON - Today, to mark the anniversary, the minister unveiled a plaque.",
    ],
)
def test_acts_told_done_are_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the future in the sentence: the participle's time is ahead
        (
            "The library has extended its hours, with the last branches to adopt the new "
            "times in early November next year.",
            "2027-11-10 23:59",
        ),
        # a main clause announcing an act: what it announces keeps its time
        (
            "The council announced new hours, with the last branches switching in early November.",
            "2027-11-10 23:59",
        ),
        # "to today, <date>" is where a time was moved, no count up to now
        (
            "The Treasury is moving up the auction from Thursday, December 3, 2026 to today, "
            "Wednesday, December 2, 2026.",
            "2026-12-02 23:59",
        ),
        ("The report will be debated this week.", "2026-12-06 23:59"),
        ("We expect the revised guidance this week.", "2026-12-06 23:59"),
        ("The new closing date is 20 December.", "2026-12-20 23:59"),
        # a start to come in the participle clause (review, s23)
        (
            "The board approved the budget, paving the way for hiring to begin in August.",
            "2027-08-31 22:59",
        ),
    ],
)
def test_acts_ahead_keep_their_time(text: str, due: str) -> None:
    assert _due(text) == due


# -- 2. dates and years that name a thing -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The talks follow the Prime Minister's 14 January letter to the unions.",
        "This story appears in the November-December 2026 issue of the parish magazine.",
        "A motion designating 21 March 2027 as World Poetry Day was tabled.",
        "1 March marks the start of the meteorological spring.",
        "It is, this 9th day of December, 2026, hereby agreed that the parties meet.",
        "As we enter the 2026-2027 ski season, resorts remind visitors of the rules.",
        "The rule covers only applicants under the FY 2027 grants competition.",
        "I welcome next week's business.",
        "This month's reading list can help teachers plan lessons.",
    ],
)
def test_dates_naming_a_thing_are_no_deadline(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The letter must be sent by 14 January.", "2027-01-14 23:59"),
        # a document or speech ahead, and an end that a day marks, are times (review, s23)
        ("The President will deliver his 5 March speech on the economy.", "2027-03-05 23:59"),
        ("Friday 5 March marks the last day to register to vote.", "2027-03-05 23:59"),
        ("Next week's vote will decide the matter.", "2026-12-13 23:59"),
        ("The Speaker outlined timings for next week's plenary session.", "2026-12-13 23:59"),
    ],
)
def test_dates_of_acts_stay(text: str, due: str) -> None:
    assert _due(text) == due


# -- the sets' own cases ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh34", "Hines , IL"),
        ("blind_fresh34", "The proposed rule published in the Federal Register"),
        ("blind_fresh34", "The MacArthur Lock has seen"),
        ("blind_fresh34", "WASHINGTON - Today, to kick off"),
        ("blind_fresh34", "The previous closing date was today"),
        ("blind_fresh34", "The sessions, which are taking place in accordance"),
        ("blind_fresh30", "S Res 264 designating"),
        ("blind_fresh30", "This article is part of the August-September 2016"),
        ("blind_fresh30", "As we begin the 2016-2017 winter season"),
        ("blind_fresh30", "It is, this 26th day of September, 2014"),
        ("blind_fresh30", "This month’s Science Picks"),
        ("blind_fresh32", "The application deadline extension applies only"),
        ("blind_fresh32", "Followers of @StateDept"),
        ("blind_fresh31", "I thank the Leader of the House for announcing next week"),
        ("blind_fresh13", "To achieve this objective, we are taking concrete steps"),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)


def test_set_case_of_a_calendar_fact() -> None:
    """fresh30: "June 1 marks the beginning of the 2005 Hurricane season." is no deadline
    (labelled past, said the day after; the rule reads it as a fact of the calendar)."""
    said = datetime(2005, 6, 2, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    got = _read("June 1 marks the beginning of the 2005 Hurricane season.", said)
    assert got is None
