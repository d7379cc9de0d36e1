"""The lead's re-read of stop 66's round: a weekend named by its holiday, without the
holiday's name (holiday_weekends.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.core.deadlines import Deadline, Refusal, interpret_deadline


def _read(text: str, said: datetime, zone: str) -> Deadline | Refusal | None:
    return interpret_deadline(text, said, zone)


def test_a_holiday_of_a_fixed_date_before_the_next_listed_weekend_leaves_it_undated() -> None:
    # late June in the United States: the Fourth of July comes first, not Labor Day
    found = _read(
        "The park will reopen over the holiday weekend.",
        datetime(2025, 6, 25, 15, tzinfo=UTC),
        "America/New_York",
    )
    assert isinstance(found, Refusal) and found.kind == "event"
    # late December in England: Christmas and New Year come before Easter
    found = _read(
        "We will finish it over the bank holiday weekend.",
        datetime(2025, 12, 20, 12, tzinfo=UTC),
        "Europe/London",
    )
    assert isinstance(found, Refusal) and found.kind == "event"


def test_the_next_listed_weekend_is_read_when_no_fixed_holiday_comes_first() -> None:
    found = _read(
        "The park will reopen over the holiday weekend.",
        datetime(2025, 7, 10, 15, tzinfo=UTC),
        "America/New_York",
    )
    assert isinstance(found, Deadline)
    assert found.due.astimezone(ZoneInfo("America/New_York")).date().isoformat() == "2025-09-01"


def test_before_the_holiday_weekend_is_the_day_before_it_begins() -> None:
    found = _read(
        "We will finish it before the bank holiday weekend.",
        datetime(2025, 5, 20, 12, tzinfo=UTC),
        "Europe/London",
    )
    assert isinstance(found, Deadline)
    assert found.due.astimezone(ZoneInfo("Europe/London")).date().isoformat() == "2025-05-23"
    assert found.earliest is None
