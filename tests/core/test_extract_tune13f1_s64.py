"""Issue 13, stop 64 (tuner f1, blind150-151 first-run misses): a reporter's turn printed
with a bare "Q" and no colon, and a subject set off from its verb by ", along with ...,".

The texts are written for the test (the kinds come from the development splits' false
candidates); the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import found, quoted

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
