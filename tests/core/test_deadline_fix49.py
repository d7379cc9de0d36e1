"""Issue 12, stop 49 (fix49): silent misreadings noticed in stop 48.

Said in London at 10:00 on the day each test gives (2026).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import interpret_deadline
from bot.core.deadlines.model import Deadline, Refusal

_LONDON = "Europe/London"


def _said(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 10, 0, tzinfo=ZoneInfo(_LONDON))


def _due(got: Deadline | Refusal | None) -> datetime:
    assert isinstance(got, Deadline)
    return got.due.astimezone(ZoneInfo(_LONDON))


# Item 2. A bare weekday is "the next such day on or after the reference day" (docstring of
# __init__.py), and CONVENTIONS 6.4: "'finishing on', 'ending on', 'complete by' <day> name the
# day the work ends ... with a closing time, at that time on that day; without one, at its
# end". The day the work ends cannot come before the day it starts: said on Tuesday 14 April,
# "start on Monday" is 20 April, so the end Friday is 24 April (not 17 April, before the start).
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Work will start on Monday, to be completed on Friday.",
            (24, 23, 59),
        ),
        (
            "Work will start overnight on Monday between 8pm and 6am, to be completed on Friday.",
            (24, 6, 0),
        ),
        ("Work starts Monday and ends Thursday.", (23, 23, 59)),
        (
            "The exhibition opens on Saturday and runs until Tuesday.",
            (21, 23, 59),
        ),
    ],
)
def test_a_weekday_ending_work_comes_after_its_start(text: str, due: tuple[int, int, int]) -> None:
    got = _due(interpret_deadline(text, _said(4, 14), _LONDON))
    assert (got.day, got.hour, got.minute) == due
    assert got.month == 4


@pytest.mark.parametrize("day", [13, 15, 16, 17, 18, 19])
def test_the_end_weekday_is_never_before_the_start(day: int) -> None:
    got = _due(
        interpret_deadline(
            "Work will start on Monday, to be completed on Friday.", _said(4, day), _LONDON
        )
    )
    start = 13 if day == 13 else 20
    assert got.date() == date(2026, 4, start + 4)


# Item 3. CONVENTIONS 3.1: "A one-off event said to happen at a time falls due at that time
# ('the road will reopen at 12:01 a.m. on Monday')", and 2.1: a day word "today" falls due at
# the end of that day. A welcome that is the subject of its verb ("A warm welcome awaits") is
# no courtesy of the gathering (courtesy.py), so the day word keeps its reading.
@pytest.mark.parametrize(
    "text",
    [
        "A warm welcome awaits visitors when the centre reopens today.",
        "A warm welcome is waiting when the museum reopens today.",
    ],
)
def test_a_welcome_awaiting_a_reopening_today_is_due_today(text: str) -> None:
    got = _due(interpret_deadline(text, _said(4, 14), _LONDON))
    assert (got.month, got.day, got.hour) == (4, 14, 23)


def test_a_welcome_to_the_gathering_is_still_the_past() -> None:
    got = interpret_deadline("A warm welcome to everyone here this morning.", _said(4, 14), _LONDON)
    assert isinstance(got, Refusal)
    assert got.kind == "past"


# Item 5. Docstring of __init__.py: "A result more than a day before the reference is no
# deadline (it is in the past)"; recent.py: a year-less date just gone is the past one when its
# sentence looks back at it, as "the period ending 30 June" is (stop 48). "The period from 1
# April to 30 June", said in August, is a period already covered: its end is that June, and so
# is its start (not next year's April, an "earliest" date eight months ahead).
@pytest.mark.parametrize(
    "text",
    [
        "The figures cover the period from 1 April to 30 June.",
        "The figures cover the period from April 1 to June 30.",
        "Figures for the period from 1 April to 30 June show a rise.",
    ],
)
def test_a_period_from_one_date_to_another_just_gone_is_past(text: str) -> None:
    got = interpret_deadline(text, _said(8, 14), _LONDON)
    assert isinstance(got, Refusal)
    assert got.kind == "past"


def test_a_period_just_gone_leaves_the_day_its_figures_come_out() -> None:
    got = _due(
        interpret_deadline(
            "Figures for the period from 1 April to 30 June will be published on Friday.",
            _said(8, 14),
            _LONDON,
        )
    )
    assert (got.month, got.day) == (8, 14)


def test_a_period_still_to_come_keeps_its_end() -> None:
    got = _due(
        interpret_deadline(
            "The council will cut waste in the period from 1 April to 30 September.",
            _said(8, 14),
            _LONDON,
        )
    )
    assert (got.year, got.month, got.day) == (2026, 9, 30)


# Item 2, round two: a closure starts the run and a reopening ends it (CONVENTIONS 3.1: "the
# road will reopen at 12:01 a.m. on Monday" is due then). Said on Wednesday 15 April, "close on
# Monday" is 20 April, so the reopening Friday is 24 April (it was read as Monday 20 April, the
# Friday before it being dropped as the earlier end).
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The road will close on Monday and reopen on Friday.", 24),
        ("The bridge closes on Saturday and reopens on Tuesday.", 21),
    ],
)
def test_a_reopening_comes_after_its_closure(text: str, day: int) -> None:
    got = _due(interpret_deadline(text, _said(4, 15), _LONDON))
    assert (got.month, got.day) == (4, day)


# Item 5, round two: the same period written without "from" ("the period 1 April to 30 June"),
# said in August, was due 30 June next year with no warning.
def test_a_period_of_two_dates_without_from_just_gone_is_past() -> None:
    got = interpret_deadline(
        "Figures for the period 1 April to 30 June show a rise.", _said(8, 14), _LONDON
    )
    assert isinstance(got, Refusal)
    assert got.kind == "past"


# "Friday next week" keeps its own week (docstring: "next <weekday>" is that day in the
# following Monday-to-Sunday week), whatever the start before it
def test_an_end_weekday_of_next_week_keeps_its_week() -> None:
    got = _due(
        interpret_deadline(
            "Work starts on Monday and ends on Friday next week.", _said(4, 13), _LONDON
        )
    )
    assert (got.month, got.day) == (4, 24)


# A start told in the past ("started", "commenced", "closed") is no start still to come: said on
# Wednesday 15 April, "Work started on Monday" was 13 April, so the Friday is this week's, 17
# April (it was read as the Friday after next Monday, 24 April). "will be closed on Monday" is
# still a closure to come.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Work started on Monday and will be completed on Friday.", 17),
        ("Work commenced on Monday and will finish on Friday.", 17),
        ("The road closed on Monday and will reopen on Friday.", 17),
        ("The road will be closed on Monday and reopen on Friday.", 24),
    ],
)
def test_a_start_already_made_leaves_this_weeks_end(text: str, day: int) -> None:
    got = _due(interpret_deadline(text, _said(4, 15), _LONDON))
    assert (got.month, got.day) == (4, day)
