"""Issue 12: a clock time with no day of its own beside a dated start, weekly opening
hours, and a range of weekdays. All three gave a wrong date with no warning: "Beginning
Monday, the centres will be open from 8 a.m. to 6 p.m." fell due at 18:00 today, "open ...,
Monday through Saturday" on the coming Saturday (both in a FEMA notice of 2004, blind31 of
issue 13), and "from Tuesday to Thursday" said on a Wednesday ended before it began. The
sentences here are our own. Said on Wednesday 2 December 2026 at 10:00, London time."""

from __future__ import annotations

from datetime import UTC

import pytest

from bot.core.deadlines import Refusal
from tests.core.reading import due, read, refusal


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the clock's first time is the start's (London is on UTC in December)
        ("Starting on Monday, the office will open at 9 a.m.", "2026-12-07 09:00"),
        (
            "Beginning Monday, December 7, the centres will be open from 8 a.m. to 6 p.m.",
            "2026-12-07 08:00",
        ),
        # a clock time right beside its start is that start's time, not swallowed
        ("The library will open at 8.30 a.m. beginning Thursday 10 December.", "2026-12-10 08:30"),
        ("From 14 December at 9am, applications will be accepted.", "2026-12-14 09:00"),
        # an open-ended clock time beside its day: that day at that time, the day not dropped
        ("Applications will be accepted from 9 a.m. on 14 December.", "2026-12-14 09:00"),
    ],
)
def test_hours_from_a_dated_start_give_the_start_not_a_time_today(text: str, start: str) -> None:
    got = read(text)
    assert isinstance(got, Refusal), got
    assert got.kind == "earliest"
    assert got.earliest is not None
    shown = "%Y-%m-%d %H:%M" if " " in start else "%Y-%m-%d"
    assert got.earliest.astimezone(UTC).strftime(shown) == start


@pytest.mark.parametrize(
    "text",
    [
        "The helpline will be open from 8 a.m. to 8 p.m., Tuesday to Saturday.",
        "The centres will operate 9 a.m. to 5 p.m., Monday through Saturday, until further notice.",
        "Opening hours from now on: 10 a.m. to 4 p.m., Wednesday - Sunday.",
    ],
)
def test_weekly_opening_days_are_no_deadline(text: str) -> None:
    assert refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of its own for the clock time: joined as before
        ("The consultation opens on 10 December and closes at 5 p.m.", "2026-12-10 17:00"),
        # a lower bound of minutes is no start day: the sitting's end still counts
        (
            "Statements to be taken at 4.45 p.m. and to conclude not later than 6.50 p.m., "
            "with the Minister to be given not fewer than six minutes to reply.",
            "2026-12-02 18:50",
        ),
        # a run of days that are not opening hours is one stretch, due at its end
        ("The bill will be debated Thursday through Saturday.", "2026-12-05 23:59"),
    ],
)
def test_what_stays_as_it_was(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said on a Wednesday: the range opens on Monday 7 December, so it ends on the 9th,
        # not today
        ("The bill will be debated Monday through Wednesday.", "2026-12-09 23:59"),
        ("The hearings will run from Monday to Wednesday.", "2026-12-09 23:59"),
        ("The House will sit from Tuesday to Thursday.", "2026-12-10 23:59"),
        ("The inspectors will visit Friday to Tuesday.", "2026-12-08 23:59"),
        # a move from one day to another is no range: the new day, the nearest one
        ("The minister will move the debate from Friday to Thursday.", "2026-12-03 23:59"),
    ],
)
def test_a_range_of_weekdays_ends_after_it_starts(text: str, expected: str) -> None:
    assert due(text) == expected
