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


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            # A gerund after "by" is what the plan does, not who unveils it.
            "Minister Ana Diaz spoke on Monday. A new plan to grow the economy by cutting "
            "red tape across industry will be unveiled today.",
            "will be unveiled",
            "Ana Diaz",
        ),
    ],
)
def test_a_verb_phrase_is_no_speaker(text: str, words: str, speaker: str) -> None:
    hit = quoted(found(text), words)
    assert hit is not None, found(text)
    assert hit.speaker == speaker, hit


def test_a_noun_after_to_stays_the_actor() -> None:
    # "to" before a body's name is a preposition: "the grant to the Harbour Trust".
    text = "Under the deal the Harbour Trust will repair the north pier by June."
    hit = quoted(found(text), "repair the north pier")
    assert hit is not None, found(text)
    assert hit.speaker == "the Harbour Trust", hit


def test_a_range_from_one_to_another_keeps_its_actor() -> None:
    # "to large manufacturers" ends a range opened by "from", not a verb phrase: the speaker
    # is kept (it is the range's end, not the head "Employers": a known imperfection; without
    # the range check it was None and the pledge had no actor at all)
    text = (
        "Employers from small charities to large manufacturers will publish pay gap "
        "reports by April."
    )
    hit = quoted(found(text), "Employers from small")
    assert hit is not None and hit.speaker is not None, found(text)
