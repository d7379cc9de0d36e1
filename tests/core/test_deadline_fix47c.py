"""Issue 12, stop 47 (fix47c): a sentence that reports a past window or period is refused as
past, not rolled into next year; a window still to come keeps its end as the due.

Said in London at 10:00 on the day each test gives.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import interpret_deadline
from bot.core.deadlines.model import Deadline, Refusal

_LONDON = "Europe/London"


def _said(month: int, day: int) -> datetime:
    return datetime(2025, month, day, 10, 0, tzinfo=ZoneInfo(_LONDON))


def test_a_past_window_between_two_dates_is_past() -> None:
    got = interpret_deadline(
        "Between 1 April and 30 June, 300 people applied.", _said(8, 10), _LONDON
    )
    assert isinstance(got, Refusal)
    assert got.kind == "past"


def test_a_window_to_come_between_two_dates_falls_due_at_its_end() -> None:
    got = interpret_deadline(
        "Between 1 April and 30 June applications will be open", _said(3, 10), _LONDON
    )
    assert isinstance(got, Deadline)
    assert got.due.astimezone(ZoneInfo(_LONDON)).date() == date(2025, 6, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Figures for the week ending 3 August were published.",
        "Data for the week ending 3 August show 300 cases.",
        "Figures for the week ending 3 August.",
        "Accounts for the quarter ending 30 June are now available.",
    ],
)
def test_a_period_ending_on_a_date_just_gone_is_past(text: str) -> None:
    got = interpret_deadline(text, _said(8, 10), _LONDON)
    assert isinstance(got, Refusal)
    assert got.kind == "past"


def test_a_period_just_ended_leaves_the_day_of_its_figures() -> None:
    got = interpret_deadline(
        "Figures for the week ending 3 August will be published on Friday.", _said(8, 10), _LONDON
    )
    assert isinstance(got, Deadline)
    assert got.due.astimezone(ZoneInfo(_LONDON)).date() == date(2025, 8, 15)


def test_a_period_ending_on_a_date_to_come_falls_due_then() -> None:
    got = interpret_deadline("Figures for the week ending 17 August.", _said(8, 10), _LONDON)
    assert isinstance(got, Deadline)
    assert got.due.astimezone(ZoneInfo(_LONDON)).date() == date(2025, 8, 17)
