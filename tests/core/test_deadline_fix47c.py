"""Issue 12, stop 47 (fix47c): a sentence that reports a past window or period is refused as
past, not rolled into next year; a window still to come keeps its end as the due.

Said in London at 10:00 on the day each test gives.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

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
