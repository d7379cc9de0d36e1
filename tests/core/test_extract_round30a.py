"""Issue 13, round 30a: who speaks a sentence whose clause names no actor (`speech`).

The texts are written for the test: a letter signed by a secretary whose "I will" is the
writer's, and a notice whose impersonal line is the issuing board's, not the company
named just before it. The contrast: a clause with an actor keeps it.
"""

from __future__ import annotations

from bot.core.extract.speech import writer_of
from tests.core.releases import found, quoted

LETTER = (
    "Letter Signed by the Transport Secretary\n\n"
    "Dear Harbour Masters:\n\n"
    "Thank you for your work on the port safety plans this winter. Ports, along with "
    "local pilots and crews, are the most important partners in keeping ships safe. "
    "I will publish the revised safety code by 30 June 2026.\n\n"
    "Sincerely,\n\nMara Quint\n"
)


def test_a_signed_letters_i_is_its_writer() -> None:
    mine = quoted(found(LETTER), "I will publish")
    assert mine is not None and mine.speaker == "the Transport Secretary"


def test_the_writer_comes_from_the_heading_or_the_signature() -> None:
    assert writer_of(LETTER) == "the Transport Secretary"
    signed = LETTER.replace("Letter Signed by the Transport Secretary\n\n", "")
    assert writer_of(signed) == "Mara Quint"
    assert writer_of("Statement by the Secretary or Deputy Secretary\n\nWe will.") == (
        "the Secretary"
    )
    assert writer_of("Ferry timetables change in spring.\n") is None


def test_a_clause_with_an_actor_keeps_it() -> None:
    text = LETTER.replace("I will publish", "The Coastguard will publish")
    mine = quoted(found(text), "will publish")
    assert mine is not None and mine.speaker == "the Coastguard"
