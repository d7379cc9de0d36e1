""" "within a week of 25 December" is seven days on from the day, not the end of the week
after the week that holds it; "the week of 25 December" is still that week."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import parse_deadline

LONDON = "Europe/London"
SAID = datetime(2026, 3, 2, 12, tzinfo=UTC)  # a Monday


def due_day(words: str) -> date | None:
    found = parse_deadline(words, SAID, LONDON)
    return None if found is None else found.due.astimezone(ZoneInfo(LONDON)).date()


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("within a week of 25 December", date(2027, 1, 1)),
        ("within one week of Christmas", date(2027, 1, 1)),
        ("within a week of the end of the year", date(2027, 1, 7)),
        ("within a week of the end of March", date(2026, 4, 7)),
    ],
)
def test_a_week_of_a_day_counts_seven_days_from_it(words, day):
    assert due_day(words) == day


def test_the_week_of_a_day_is_still_that_week():
    assert due_day("by the week of 25 December") == date(2026, 12, 27)
