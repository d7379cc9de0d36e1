"""Issue 12, stop 47 (tuner s): a run of nights whose end is named by a word that ends the
work ("finishing on Friday 31 January", "ending on", "will be complete by") falls due at the
closing time on that day itself, not on the morning after (CONVENTIONS 6.4: the day the work
ends, not a night). A day that names the last night keeps the morning after.

Said in Auckland on Monday 20 January 2025 at 10:00 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import parse_deadline

_NZ = "Pacific/Auckland"
_REF = datetime(2025, 1, 20, 10, 0, tzinfo=ZoneInfo(_NZ))


def _local_due(text: str) -> datetime | None:
    got = parse_deadline(text, _REF, _NZ)
    return None if got is None else got.due


def _nz(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=ZoneInfo(_NZ))


@pytest.mark.parametrize(
    "text",
    [
        "Works will take place overnight from 8pm to 5am, finishing on Friday 31 January.",
        "Works will take place overnight between 8pm and 5am, ending on Friday 31 January.",
        "Night works from 8pm to 5am will be complete by Friday 31 January.",
    ],
)
def test_a_named_end_of_the_work_falls_due_that_day(text: str) -> None:
    assert _local_due(text) == _nz(2025, 1, 31, 5, 0)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The road will be closed overnight between 8pm and 6am from 30 January until"
            " 5 February.",
            _nz(2025, 2, 6, 6, 0),
        ),
        (
            "The road will be closed overnight, between 8pm and 7am, on Friday 7 February.",
            _nz(2025, 2, 8, 7, 0),
        ),
        (
            "The road will be closed nightly from 9pm to 5am until Friday 31 January.",
            _nz(2025, 2, 1, 5, 0),
        ),
    ],
)
def test_a_day_naming_the_last_night_keeps_the_morning_after(text: str, due: datetime) -> None:
    assert _local_due(text) == due


# The window's own run of days told at more length than a count of nights is still its own
# (the day is read up to 48 characters from the window, the count of nights up to 30 as
# before: "shut for two nights – Thursday, 6 February and Friday, 7 February, between 10 pm
# and 4:30 am" keeps its two nights).
@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The road will be closed overnight from 9pm to 5am, starting Monday 27 January and"
            " finishing Friday 31 January.",
            _nz(2025, 1, 31, 5, 0),
        ),
        (
            "Overnight closures will be in place from 9pm to 5am between Monday 3 February and"
            " Saturday 8 February.",
            _nz(2025, 2, 9, 5, 0),
        ),
        (
            "The northbound ramp will be shut for two nights – Thursday, 6 February and"
            " Friday, 7 February, between 10 pm and 4:30 am.",
            _nz(2025, 2, 8, 4, 30),
        ),
    ],
)
def test_a_run_of_days_told_at_length_is_the_windows_own(text: str, due: datetime) -> None:
    assert _local_due(text) == due


# stop 47, fix b: after "and" the same words end the work as anywhere else (one list for the
# clause break and the named end): "and finish on", "and complete by" fall due that day
@pytest.mark.parametrize(
    "verb",
    ["finish on", "finishing", "end on", "ends", "complete by", "finishes on"],
)
def test_an_end_word_after_and_is_the_windows_own(verb: str) -> None:
    text = (
        "The road will be closed overnight from 9pm to 5am, starting Monday 27 January and"
        f" {verb} Friday 31 January."
    )
    assert _local_due(text) == _nz(2025, 1, 31, 5, 0)
