"""Issue 12, stop 61 review: a 100 kB phrase of one clause repeated with no full stop.
Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py).

Each time phrase of such a paste re-read the whole text (joins.same_clause sorted every
other phrase for each day, said_today searched for a "said today" from the text's start,
courtesy and orders ran substring tests over all of it, and a "said today" was followed
to each phrase): 16 s of the sources for the first below. bench/deadlines.py prints their
worst time; these tests check only their readings, which the bounded reads keep (never a
time: no timed assertion).
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, parse_deadline
from tests.core.reading import LONDON, SAID


def _repeated(unit: str, size: int = 100_000) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize(
    ("unit", "matched", "day"),
    [
        ("Today, the Council adopts its ", "Today", date(2026, 12, 2)),
        ("by Friday, and ", "by Friday", date(2026, 12, 4)),
        ("on 1 May the Board will ", "on 1 May", date(2027, 5, 1)),
    ],
)
def test_a_long_paste_of_one_clause_is_read_as_its_first_phrase(
    unit: str, matched: str, day: date
) -> None:
    got = parse_deadline(_repeated(unit), SAID, LONDON)
    assert isinstance(got, Deadline)
    assert got.matched == matched
    assert got.due.astimezone(ZoneInfo(LONDON)).date() == day


def test_a_saying_dated_today_before_a_long_paste_keeps_its_first_phrase() -> None:
    """said_today followed the saying to each phrase of the paste (10 s of the sources)."""
    text = "The minister said today that " + _repeated("by Friday, and ")
    got = parse_deadline(text, SAID, LONDON)
    assert isinstance(got, Deadline)
    assert got.matched == "by Friday"
    assert got.due.astimezone(ZoneInfo(LONDON)).date() == date(2026, 12, 4)


def test_a_long_paste_of_vague_words_framed_by_a_period_keeps_the_short_reading() -> None:
    """framed_soon.drop_framed paired every vague word with every period (re-read of stop 61):
    the paste reads as its one sentence does."""
    one = parse_deadline("We will decide as soon as possible in the new year.", SAID, LONDON)
    got = parse_deadline(_repeated("as soon as possible in the new year, and "), SAID, LONDON)
    assert isinstance(one, Deadline) and isinstance(got, Deadline)
    assert (got.matched, got.due, got.vague) == (one.matched, one.due, one.vague)
    assert got.matched == "in the new year"
