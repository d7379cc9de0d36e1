"""Issue 12, stop 51, fixer: silent misreadings left by stop 50's review. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py).

- waits.py: equivalent conditions read alike. Only a vague word waits (CONVENTIONS 5.2); a
  window ("within a week") counts from now after any condition, so the pairs below use
  "immediately", where the two readings differ.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

_A_WEEK = "2026-12-09 23:59"  # "immediately": vague, 7 days (CONVENTIONS 5.1)


# CONVENTIONS 5.2: a vague word hung on an undated event is `event`. A win or a success the
# speaker hopes for is such an event, named or not ("If we win, ..." is "If we win the vote,
# ..."); only the speaker's own election, named, is the one-word "If elected," that round 17
# keeps at its window (waits.py).
@pytest.mark.parametrize(
    "text",
    [
        "If we win the vote, we will act immediately.",
        "If we win, we will act immediately.",
        "Should we win, we will act immediately.",
        "If I win, I will immediately scrap the tax.",
        "If we succeed, we will act immediately.",
        "When we win, we will act immediately.",
    ],
)
def test_a_win_or_a_success_waits_for_it_named_or_not(text: str) -> None:
    assert refusal(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "If we are re-elected, we will act immediately.",
        "If we win the election, we will act immediately.",
        "If we win the next general election, we will act immediately.",
        "Should we be elected, we will act immediately.",
        "Should we be re-elected, we will act immediately.",
        "If elected, we would immediately scrap the tax.",
    ],
)
def test_the_speakers_election_named_keeps_the_window(text: str) -> None:
    assert due(text) == _A_WEEK


# A window counts from now after a condition, whichever (a vague word only waits).
@pytest.mark.parametrize(
    "text",
    [
        "If we win the vote, we will act within a week.",
        "If we win, we will act within a week.",
    ],
)
def test_a_window_after_a_condition_counts_from_now_alike(text: str) -> None:
    assert due(text) == _A_WEEK
