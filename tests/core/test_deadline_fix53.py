"""Issue 12, stop 53, fix12: silent misreadings and a slow paste found in the lead's re-read.
Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test
gives another moment.

- A long paste with no stop: governing.reading, run once for each time phrase the parser
  weighs, read the whole sentence each time (its tokens, its clause, finite_verb's scan), so
  100 kB of unpunctuated words took 15 s of CPU compiled. It reads at most
  governing._REACH characters either side of the time now.
- A past perfect ("had passed", "had been completed") tells of an act done before a past
  moment: a deadline word before its time ("by June") bounds a past, no deadline
  (CONVENTIONS 2.4: `past`). It had been kept as a deadline in June next year. A plan or a
  move told in it ("had been postponed to June", "had agreed to publish by June") and "had
  until" stay ahead.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline, governing, parse_deadline
from tests.core.reading import SAID, due, refusal

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


@pytest.mark.parametrize(
    "text",
    [
        "The minister said that by June the bill had passed.",
        "By June the bill had passed.",
        "The bill had passed by June.",
        "The minister said that by June the work had been completed.",
        "She said the scheme had closed by the end of March.",
        "By Friday the council had taken the decision.",
    ],
)
def test_a_past_perfect_after_a_deadline_word_is_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    "text",
    [
        "The works had been postponed to June.",
        "The council had agreed to publish the plan by June.",
        "The council had until June to respond.",
        "The minister said the bill will pass by June.",
    ],
)
def test_a_plan_a_move_or_a_limit_told_with_had_stays_ahead(text: str) -> None:
    assert due(text) == "2027-06-30 22:59"
