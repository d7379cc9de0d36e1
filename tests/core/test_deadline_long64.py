"""Issue 12, stop 64: the later of two times given in turn (in_turn.later_of_pair), read again
in a long text. Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py).

A long paste with no stop holds thousands of lists of days, each a time of its own; the
chosen one was read again with its pair's first member blanked, over the whole text. A text
longer than any the product reads (reader_words.SHARED_FROM) is now read again only in the
pair's window (in_turn._window). These tests check readings, never a time: the pastes keep
their reading, and a pair in a long text is read as it is in a short one.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, in_turn, parse_deadline, reader_words
from tests.core.reading import LONDON, SAID

_FILLER = "The committee heard evidence from witnesses on the state of the roads. "
_MEMBERS = ", ".join(f"the members for constituency {n}" for n in range(60))


def _repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("size", [100_000, 200_000])
def test_a_long_paste_of_lists_of_days_keeps_its_reading(size: int) -> None:
    """ "June 21, 23, and 24, and ...": the first list, due on its last day, as read whole."""
    got = parse_deadline(_repeated("June 21, 23, and 24, and ", size), SAID, LONDON)
    assert isinstance(got, Deadline)
    assert got.matched == "June 21, 23, and 24"
    assert got.due.astimezone(ZoneInfo(LONDON)).date() == date(2027, 6, 24)


_PAIRS = (
    # the later day's own start, its end open (open_day.py)
    "The committee will meet on Tuesday, May 11, from 1 p.m. to 5 p.m., and on Wednesday, May"
    " 12, from 8:30 a.m. until adjournment.",
    "The House will sit on Friday and Monday to debate it.",
)


@pytest.mark.parametrize("pair", _PAIRS)
@pytest.mark.parametrize("before", [_FILLER * 70, f"With {_MEMBERS} and {_MEMBERS}, ", ""])
@pytest.mark.parametrize("after", ["", " " + _FILLER * 70])
def test_a_pair_in_a_long_text_is_read_as_in_a_short_one(
    pair: str, before: str, after: str
) -> None:
    """Words before the pair, or after it (past the window's cut), change nothing."""
    short = parse_deadline(pair, SAID, LONDON)
    long = parse_deadline(before + pair + after, SAID, LONDON)
    assert len(before + pair + after) > reader_words.SHARED_FROM or not (before or after)
    assert isinstance(short, Deadline) and isinstance(long, Deadline)
    assert (long.matched, long.due) == (short.matched, short.due)


def test_a_short_text_is_read_again_whole() -> None:
    text = "x" * reader_words.SHARED_FROM
    assert in_turn._window(text, 10, 20) == (text, len(text))


def test_a_long_text_is_read_again_in_the_pairs_window() -> None:
    text = _repeated("word ", 10_000)
    at, after = 5_000, 5_020
    window, hi = in_turn._window(text, at, after)
    assert window.strip() and not window[: at - 1300].strip()  # the words before it blanked
    assert after < hi < len(window) < after + 1300 and len(window) < len(text)
    assert window.strip() == text[len(window) - len(window.lstrip()) : len(window)].strip()
