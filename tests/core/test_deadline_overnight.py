"""Issue 12, round 15: overnight windows. A clock window that crosses midnight ("between 8pm
and 7am") ends the NEXT morning, so it falls due at its later time on the morning after its
last night (CONVENTIONS: a range falls due at its later end). The real phrasings come from
three sets (blind_fresh17, blind_fresh18, blind_fresh19: Highways England roadworks
summaries), each read at its own moment of speaking; before the rule the parser ended them
on the last day named, at the window's later time on that day, or refused "from <day> for N
nights" as earliest-only. The plain sentences pin what the rule must leave alone: a window
that does not cross midnight, a lone time, a night without clock times.

The rule lives in bot/core/deadlines/overnight.py, called from interpret_deadline.
Plain sentences are said on Monday 18 August 2025 at 10:00 UTC on a London server.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.test_deadline_kinds import REF

LON = "Europe/London"


def _due(text: str, said: datetime = REF) -> str | None:
    got = interpret_deadline(text, said, LON)
    return got.due.strftime("%Y-%m-%d %H:%M:%S") if isinstance(got, Deadline) else None


def _said(when: str) -> datetime:
    return datetime.fromisoformat(when).replace(tzinfo=UTC)


# -- the real phrasings (due in UTC; the nights are in BST) ------------------------------


@pytest.mark.parametrize(
    ("text", "said", "due"),
    [
        # blind_fresh18: the later of two days given, then the window: Sunday 14 August 07:00
        (
            "The M1 will be closed northbound between the two junctions on Friday 12 August, "
            "and southbound on Saturday 13 August, between 11pm and 7am.",
            "2016-08-05 09:00:00",
            "2016-08-14 06:00:00",
        ),
        # blind_fresh18: a range of days worked at night: Saturday 9 April 06:00
        (
            "We are repairing the A11 at Wymondham between Monday 4 and Friday 8 April, "
            "working from 8pm to 6am.",
            "2016-04-01 09:00:00",
            "2016-04-09 05:00:00",
        ),
        # blind_fresh19: four nights from Monday 3 April, the last Thursday's: Friday 05:30
        (
            "The southbound carriageway between junctions 2 and 4a will be closed overnight, "
            "between 8pm and 5.30am, from Monday 3 April for four nights.",
            "2017-03-31 09:00:00",
            "2017-04-07 04:30:00",
        ),
        # blind_fresh19: the night that starts on Friday 7 April ends on Saturday 8 April
        (
            "The southbound carriageway between junctions 3 and 4a will be closed overnight, "
            "between 8pm and 7am, on Friday 7 April.",
            "2017-03-31 09:00:00",
            "2017-04-08 06:00:00",
        ),
        # blind_fresh17: five nights from Monday 27 March: Saturday 1 April 05:00
        (
            "Lane closures will be in place in both directions overnight, between 8pm and "
            "5am, from Monday 27 March for five nights.",
            "2017-03-24 10:00:00",
            "2017-04-01 04:00:00",
        ),
        # blind_fresh17: the Friday night of a range of days: Saturday 1 April 06:00
        (
            "During the work, lane closures will be in place in both directions overnight, "
            "between 10pm and 6am from Monday 27 March to Friday 31 March.",
            "2017-03-24 10:00:00",
            "2017-04-01 05:00:00",
        ),
        # blind_fresh17: nightly hours of work running to a season: the season counts
        (
            "Lane closures will be in place overnight, between 8pm and 6am, until summer 2017.",
            "2017-03-24 10:00:00",
            "2017-08-31 22:59:59",
        ),
    ],
)
def test_an_overnight_window_ends_the_morning_after_its_last_night(
    text: str, said: str, due: str
) -> None:
    assert _due(text, _said(said)) == due


def test_n_nights_start_at_the_first_and_name_the_whole_window() -> None:
    got = interpret_deadline(
        "The bridge will be closed from 22:00 to 06:00 for three nights from Monday 25 August.",
        REF,
        LON,
    )
    assert isinstance(got, Deadline)
    assert got.due == datetime(2025, 8, 28, 5, 0, tzinfo=UTC)  # Thursday 06:00 BST
    assert got.earliest == datetime(2025, 8, 25, 21, 0, tzinfo=UTC)  # Monday 22:00 BST
    assert got.precision == "hour"
    assert got.matched == "from 22:00 to 06:00 for three nights from Monday 25 August"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The bridge will be closed between 10.30 p.m. and 5 a.m. from Tuesday 26 August "
            "to Thursday 28 August.",
            "2025-08-29 04:00:00",
        ),
        ("The line will close between 11pm and 6am, on Saturday 30 August.", "2025-08-31 05:00:00"),
    ],
)
def test_other_spellings_of_the_window(text: str, due: str) -> None:
    assert _due(text) == due


# -- plain sentences the rule leaves alone ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The office will be open between 9am and 5pm on Friday.", "2025-08-22 16:00:00"),
        ("We will reply by 11pm on Friday.", "2025-08-22 22:00:00"),
        ("The road will be closed between 8pm and 10pm on Friday.", "2025-08-22 21:00:00"),
        # the Monday after that Friday (this pinned the day of speaking until the range of
        # weekdays was read as one: it ended before it began)
        ("The road will be closed from 10pm on Friday until Monday.", "2025-08-25 22:59:59"),
        ("The display will be lit on the night of 5 November.", "2025-11-05 23:59:59"),
        # no day for the night: the window's end, as before (the coming morning)
        ("The road will be closed overnight, between 11pm and 7am.", "2025-08-19 06:00:00"),
        # no am/pm: "12.30 to 1.30" is the lunch hour, not a night
        (
            "We will suspend the sitting from 12.30 to 1.30 and from 5.30 to 6.30.",
            "2025-08-18 17:30:00",
        ),
    ],
)
def test_windows_that_do_not_cross_midnight_are_unchanged(text: str, due: str) -> None:
    assert _due(text) == due


def test_the_next_n_nights_start_tonight() -> None:
    # said on Monday 18 August: the nights of Monday, Tuesday and Wednesday; Thursday 06:00
    got = _due("The lane will be closed between 10pm and 6am for the next three nights.")
    assert got == "2025-08-21 05:00:00"
    # without "next" and without a day, N nights has no start: left as before (the coming
    # night's end)
    got = _due("The lane will be closed between 10pm and 6am for four nights.")
    assert got == "2025-08-19 05:00:00"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the day of the window is Friday; the deadline of the sentence is another clause's
        (
            "Works will run between 8pm and 6am on Friday and the report is due by 30 June.",
            "2026-06-30 22:59:59",
        ),
        ("We will work from 10pm to 4am on Friday; the review ends by 5 September.", None),
    ],
)
def test_a_window_lends_its_morning_only_to_its_own_day(text: str, due: str | None) -> None:
    # the lead's check of the rule: the blanked sentence's day must be the window's own (next
    # to it, in its clause), not a deadline of another clause
    got = interpret_deadline(text, REF, LON)
    assert isinstance(got, Deadline), got
    assert "overnight" not in got.reason
    if due is not None:
        assert got.due.strftime("%Y-%m-%d %H:%M:%S") == due
