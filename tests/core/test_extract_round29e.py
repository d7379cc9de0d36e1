"""Issue 13, round 29e: speakers.

A name with a middle initial is one name: "He" after "Secretary of State Maria K. Lund"
is Maria K. Lund, not "Maria" (the title's name pattern stopped at the initial's dot).

The texts are written for the test (the kind comes from blind52's missed speakers), so
that a regression names the rule.
"""

from __future__ import annotations

import pytest

from tests.core.releases import found, quoted


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            # The office's holder, named with the title earlier ("the Secretary").
            "Secretary of State Maria K. Lund will visit Oslo and Bergen on May 4. "
            "The Secretary will meet fishermen there. "
            "She will also open a new consulate next month.",
            "open a new consulate",
            "Maria K. Lund",
        ),
        (
            # A person the text named after a title, in passing.
            "Rain fell across the county on Monday. Talks with Governor Paul R. Webb "
            "went on late. He will sign an emergency order next week.",
            "sign an emergency order",
            "Paul R. Webb",
        ),
    ],
)
def test_a_middle_initial_stays_in_the_name(text: str, words: str, speaker: str) -> None:
    hit = quoted(found(text), words)
    assert hit is not None, found(text)
    assert hit.speaker == speaker, hit

