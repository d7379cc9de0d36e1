"""Issue 13, stop 63 (helper issue13f1, speakers): a statement from the Chair under its own
heading, and act nouns in the plural as a line's subject (blind149's first run).

A Commons record prints "Speaker’s Statement" above the Chair's words with no label of
its own; the impersonal lines of that statement ("Nominations will close at noon") were
given to their subject, to the last body named ("Conservative party") or to a body of the
following answers. The texts are written for the test; the contrasts name what each rule
must leave alone.
"""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from bot.core.extract.actors import is_actor
from tests.core.releases import found, quoted

RECORD = (
    "House of Commons\n\nThursday 5 March 2026\n\nThe House met at half-past Nine o’clock\n\n"
    "[Mr Speaker in the Chair]\n\nSpeaker’s Statement\n\n"
    "I can now announce the arrangements for electing the Chair of the Canals Committee. "
    "Nominations will close at noon on Tuesday 10 March. "
    "Nomination forms will be available from the Table Office.\n\n"
    "Only Members from the Labour party may be candidates in this election. "
    "If there is more than one candidate, the ballot will take place on Wednesday 11 March "
    "in the Aye Lobby. A briefing note with more information will be available from the "
    "Vote Office.\n\n"
    "Oral Answers to Questions\n\nTransport\n\nThe Secretary of State was asked—\n\n"
    "Canal Tolls\n\n"
    "The Canal Authority will publish its new tolls on 1 April.\n"
)


@pytest.mark.parametrize(
    "words",
    [
        "Nominations will close at noon",
        "Nomination forms will be available",
        "the ballot will take place",
        "A briefing note with more information",
    ],
)
def test_an_impersonal_line_of_the_speakers_statement_is_the_speakers(words: str) -> None:
    line = quoted(found(RECORD), words)
    assert line is not None, found(RECORD)
    assert line.speaker is not None and same_speaker(line.speaker, "the Speaker"), line


def test_a_body_named_in_the_answers_after_it_keeps_its_line() -> None:
    line = quoted(found(RECORD), "The Canal Authority will publish")
    assert line is not None and line.speaker == "the Canal Authority", line


@pytest.mark.parametrize("noun", ["Nominations", "Registrations", "Enrolments", "Submissions"])
def test_acts_named_in_the_plural_are_no_actors(noun: str) -> None:
    assert not is_actor(noun, f"{noun} will close at noon.")


@pytest.mark.parametrize(
    "noun", ["Organisations", "Associations", "Institutions", "Delegations", "Governments"]
)
def test_bodies_named_in_the_plural_stay_actors(noun: str) -> None:
    assert is_actor(noun, f"{noun} will close at noon.")
