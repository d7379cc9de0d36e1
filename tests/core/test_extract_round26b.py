"""Issue 13, round 26b: whom a sentence commits when two leaders share it, a pronoun, a
written answer or a passive names them (`speakers`), and schedules and rules missed.

The texts are written for the test (the kinds come from blind36's and blind37's misses),
so that a regression names the rule; the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import Candidate, extract_pledges

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def _found(text: str) -> list[Candidate]:
    return extract_pledges(text, PUBLISHED, "UTC")


def _quoted(candidates: list[Candidate], words: str) -> Candidate | None:
    return next((c for c in candidates if words in c.quote), None)


def _speaker(text: str, words: str) -> str | None:
    found = _quoted(_found(text), words)
    assert found is not None, words
    return found.speaker


# -- two titled leaders: the first named ---------------------------------------------

LEADERS = (
    "Chancellor Brandt and President van der Berg will open the Baltic energy forum in "
    "Riga on 12 March. They will then visit the new interconnector site."
)


def test_two_titled_leaders_give_the_first_named() -> None:
    assert _speaker(LEADERS, "will open the Baltic") == "Brandt"
    assert _speaker(LEADERS, "They will then visit") == "Brandt"


def test_nations_joined_by_and_stay_joined() -> None:
    text = "Norway and Iceland will sign the fisheries accord in Oslo on 20 March."
    assert _speaker(text, "will sign") == "Norway and Iceland"


def test_a_party_accompanying_the_subject_is_not_the_subject() -> None:
    text = (
        "Tomorrow morning, Commissioner Halvorsen, accompanied by Vice-President Marek and "
        "Commissioner Ortiz, will visit the flood defences in Ghent."
    )
    assert _speaker(text, "will visit") == "Halvorsen"
