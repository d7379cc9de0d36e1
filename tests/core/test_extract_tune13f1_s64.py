"""Issue 13, stop 64 (tuner f1, blind150-151 first-run misses): a reporter's turn printed
with a bare "Q" and no colon, and a subject set off from its verb by ", along with ...,".

The texts are written for the test (the kinds come from the development splits' false
candidates); the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.core.releases import found, kept, quoted

BRIEFING = (
    "THE WHITE HOUSE\n\nOffice of the Press Secretary\n\n"
    "PRESS BRIEFING BY ANNA BERG\n\n"
    "MS. BERG: The President leaves for Lisbon on Saturday.\n\n"
)


@pytest.mark.parametrize(
    "turn",
    [
        # a reporter's question, cut off by the briefer or ending in a question mark
        "Q Does the President have a bilateral program in Lisbon, and if he has, will "
        "they discuss --",
        "Q    Will the Secretary join him in Lisbon on Monday?",
    ],
)
def test_a_bare_q_turn_is_no_pledge(turn: str) -> None:
    text = BRIEFING + turn + "\n\nMS. BERG: He will see the Prime Minister on Monday.\n"
    assert quoted(found(text), turn[5:30].strip()) is None, found(text)
    kept(text, "He will see the Prime Minister")


def test_a_line_opening_with_q_and_no_question_stays() -> None:
    # "Q Street" heads a statement, not a question: only a turn that asks is set off
    text = BRIEFING + "Q Street will be closed to traffic on Saturday, the Secret Service said.\n"
    kept(text, "Q Street will be closed")


RELEASE = "Office of the Spokesperson\n\nThe Department of State today announced a trip. "


def test_an_along_with_parenthesis_is_passed_over() -> None:
    # the actors in the parenthesis go along; the subject is the thing before it
    sentence = (
        "These talks, along with meetings with senior government officials, will begin on March 11."
    )
    line = quoted(found(RELEASE + sentence + "\n"), "These talks")
    assert line is not None and line.speaker == "the Department of State", line


def test_an_along_with_parenthesis_after_a_person_keeps_the_person() -> None:
    sentence = "Secretary Anna Berg, along with senior officials, will fly to Lisbon on March 10."
    line = quoted(found(RELEASE + sentence + "\n"), "Secretary Anna Berg")
    assert line is not None and line.speaker == "Anna Berg", line
