"""Issue 12, stop 65 (helper f2, after the first run): a two-digit year is read in the century
nearest the moment of saying, not always in the 2000s ("DATE:09/09/93" in a 1993 wire record had
been read as 9 September 2093)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import parse_deadline

_WASHINGTON = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("words", "said", "due"),
    [
        ("by 09/25/93", datetime(1993, 9, 9, 12, tzinfo=_WASHINGTON), date(1993, 9, 25)),
        ("by 10 October 93", datetime(1993, 9, 9, 12, tzinfo=_WASHINGTON), date(1993, 10, 10)),
        ("by 12/31/27", datetime(2026, 9, 9, 12, tzinfo=_WASHINGTON), date(2027, 12, 31)),
    ],
)
def test_a_two_digit_year_is_the_nearest_centurys(words: str, said: datetime, due: date) -> None:
    found = parse_deadline(words, said, "America/New_York")
    assert found is not None
    assert found.due.astimezone(_WASHINGTON).date() == due
