"""Issue 13, stop 60 precision tuner x2 (branch issue13t2-s60): false candidates of general
kinds and cut speakers.

- "<body> of <portfolio> <title> <name>" names the person ("U.S. Department of Energy
  Secretary Rick Perry"), and "<body kind> of <Name>" is the body's whole name ("Department
  of State"), not the cut "U.S. Department"."""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from bot.core.extract.speakers import normalise
from tests.core.releases import candidate

RELEASE = (
    "LONDON, 3 March 2026 - The Department for Trade today set out its plans for the year.\n\n"
)


def test_a_body_before_a_titled_person_names_the_person() -> None:
    sentence = (
        "Tomorrow, U.S. Department of Commerce Secretary Jane Doyle will visit two "
        "research laboratories in Ohio."
    )
    mine = candidate(RELEASE, sentence)
    assert same_speaker(mine.speaker, "Jane Doyle"), mine.speaker


@pytest.mark.parametrize(
    ("phrase", "short"),
    [
        ("U.S. Department of Commerce Secretary Jane Doyle", "Jane Doyle"),
        ("U.S. Department of State", "U.S. Department of State"),
        ("Department of Homeland Security", "Department of Homeland Security"),
        ("Ministry of Defence spokesman John Reid", "John Reid"),
        ("Mark Osei of Northline", "Mark Osei"),
        ("the Department of Energy", "the Department of Energy"),
    ],
)
def test_a_body_named_with_of_keeps_its_whole_name(phrase: str, short: str) -> None:
    assert normalise(phrase) == short
