"""A fiscal year written with two digits is in the century nearest the moment of speaking:
"FY96" said in 1996 is the 1996 fiscal year, never 2096 (a confident wrong date)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.core.deadlines import parse_deadline

NY = "America/New_York"


def due_day(words: str, said: datetime, tz: str = NY) -> date | None:
    found = parse_deadline(words, said, tz)
    return None if found is None else found.due.astimezone(ZoneInfo(tz)).date()


def test_two_digit_fiscal_year_said_in_the_nineties_is_that_decade():
    said = datetime(1996, 3, 1, 15, tzinfo=UTC)
    assert due_day("by the end of FY96", said) == date(1996, 9, 30)
    assert due_day("in FY97", said) == date(1997, 9, 30)


def test_two_digit_fiscal_year_said_now_stays_this_century():
    said = datetime(2026, 3, 1, 15, tzinfo=UTC)
    assert due_day("by the end of FY27", said) == date(2027, 9, 30)


def test_a_two_digit_range_takes_the_century_of_the_moment_of_speaking():
    said = datetime(1996, 3, 1, 15, tzinfo=UTC)
    assert due_day("during FY 1996-97", said) == date(1997, 9, 30)
    assert due_day("in FY 96/97", said) == date(1997, 9, 30)
