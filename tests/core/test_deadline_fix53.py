"""Issue 12, stop 53, fix12: silent misreadings and a slow paste found in the lead's re-read.
Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test
gives another moment.

- A long paste with no stop: governing.reading, run once for each time phrase the parser
  weighs, read the whole sentence each time (its tokens, its clause, finite_verb's scan), so
  100 kB of unpunctuated words took 15 s of CPU compiled. It reads at most
  governing._REACH characters either side of the time now.
"""

from __future__ import annotations

from bot.core.deadlines import Deadline, governing, parse_deadline
from tests.core.reading import SAID

_WORDS = "the council report road plan local people market water house money budget members"


def _unpunctuated(size: int) -> str:
    """`size` characters of words with a time phrase every few dozen words and no stop."""
    unit = f"{_WORDS} on friday {_WORDS} by june 2027 published "
    return (unit * (size // len(unit) + 1))[:size]


def test_the_sentence_read_around_a_time_is_bounded_in_a_long_paste() -> None:
    text = _unpunctuated(200_000)
    start = text.index("by june 2027", 100_000)
    lo, hi = governing._sentence(text, start, start + len("by june 2027"))
    assert lo <= start < hi
    assert hi - lo <= 2 * governing._REACH + len("by june 2027")
    assert text[lo - 1] == " " and text[hi] == " "  # cut between words


def test_a_short_sentence_is_still_read_whole() -> None:
    text = "The minister, who spoke at length, said the council will publish it by June."
    start = text.index("by June")
    assert governing._sentence(text.lower(), start, start + 7) == (0, len(text) - 1)


def test_a_200_kb_paste_without_a_stop_is_read() -> None:
    """Quadratic before (about a minute compiled, several from the sources); now a second
    or two: the call returns under pytest's normal run."""
    got = parse_deadline(_unpunctuated(200_000), SAID, "Europe/London")
    assert isinstance(got, Deadline)
