"""Issue 12, stop 45, tuner p: past facts and descriptions of how things stand that hold a
time word. Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py).

- "Today is Wednesday, 2 December.", "Today's the 2nd", "Today is the 2nd of December": the
  sentence says what day it is. Neither "today" nor the day named after it dates an act, so
  neither is a deadline; another time of the sentence still counts, and "Today is the last
  day to apply" is still due today.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "Today is Wednesday, 2 December.",
        "Today is Wednesday 2 December 2026.",
        "Today is December 2nd.",
        "Today is the 2nd.",
        "Today is the 2nd of December.",
        "QUESTION: Today's the 2nd --",
        "Today is Wednesday.",
        "Tonight is Wednesday, 2 December.",
    ],
)
def test_the_day_of_speaking_named_is_no_deadline(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # another time of the sentence counts
        ("Today is Wednesday, and the report will be published on Friday.", "2026-12-04 23:59"),
        ("Today is the 2nd of December and the consultation closes today.", "2026-12-02 23:59"),
        # a day named as the one to act on keeps its time: unchanged
        ("Today is the last day to apply.", "2026-12-02 23:59"),
        ("The deadline is Friday.", "2026-12-04 23:59"),
        ("The closing date today is 4 December.", "2026-12-04 23:59"),
    ],
)
def test_other_times_of_the_sentence_still_count(text: str, when: str) -> None:
    assert due(text) == when
