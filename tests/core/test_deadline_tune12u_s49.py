"""Issue 12, stop 49, tuner u: a vague word after an opening condition. Said on Wednesday
2 December 2026 at 10:00, London (tests/core/reading.py).

- "If our understanding is mistaken, firms will notify us immediately", "In the event such
  gunfire does occur, shelter should immediately be sought", "Once Congress passes the
  bill, it will soon need to ...": the sentence opens on a condition or an event not yet
  dated, and the vague word of the main clause counts from it, not from the moment of
  speaking (CONVENTIONS 5.2: "without delay once the inquiry reports" is `event`).
- A condition of one word names no event ("If possible,", "If necessary,", "If elected,"),
  nor does "Once again,": the vague word is counted from now; a date after the condition
  keeps its own reading (the condition rule of clauses.py), and so does a vague word in a
  later sentence.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "If our understanding is mistaken, we expect firms to notify us immediately.",
        "In the event such gunfire does occur, shelter should immediately be sought.",
        "Once Congress passes the bill, it will soon need to address the debt limit.",
        "If the talks fail, we will act without delay.",
        "Should the vote be lost, the Government will respond as soon as possible.",
        "If the inquiry finds fault, we will act in the coming weeks.",
        "“If the deal collapses, we will move immediately,” she said.",
    ],
)
def test_a_vague_word_after_an_opening_condition_waits_for_it(text: str) -> None:
    assert refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("We will act immediately.", "2026-12-09 23:59"),
        ("If possible, we will publish the report shortly.", "2027-01-31 23:59"),
        ("If necessary, we will act immediately.", "2026-12-09 23:59"),
        # "if need be" is "if necessary" in two words: no event either (final review, stop 49)
        ("If need be, we will act immediately.", "2026-12-09 23:59"),
        ("If elected, we would immediately scrap the tax.", "2026-12-09 23:59"),
        ("Once again, we will publish the figures shortly.", "2027-01-31 23:59"),
        ("If the report is published, we will respond by Friday.", "2026-12-04 23:59"),
        ("If the weather allows, the road will reopen on Friday.", "2026-12-04 23:59"),
        (
            "If you have any questions, please contact us. We will publish the report shortly.",
            "2027-01-31 23:59",
        ),
    ],
)
def test_other_readings_stay(text: str, when: str) -> None:
    assert due(text) == when
