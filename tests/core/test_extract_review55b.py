"""Issue 13, stop 55, second review: defects found in the stop's last extraction changes."""

from __future__ import annotations

from bot.core.extract.no_actor import kept
from tests.core.extract_reading import candidate as _candidate


def test_he_after_an_office_holders_possessive_is_the_person_that_sentence_names() -> None:
    # "her" is the Minister; the "he" of the next sentence is the mayor the sentence names,
    # as it was read before the office-holder's possessive was taken first (owners.py)
    text = (
        "The Minister's first stop is Leeds, where Mayor John Smith greeted her. "
        "He will announce £5m for the hospital by June."
    )
    assert _candidate(text, "He will announce").speaker == "John Smith"


def test_he_after_an_office_holders_possessive_naming_no_one_else_is_that_holder() -> None:
    text = "The Minister's first stop is Leeds. He will announce £5m for the hospital by June."
    assert _candidate(text, "He will announce").speaker == "the Minister"


def test_a_body_named_by_a_lone_word_ending_like_an_abstract_noun_stays_the_speaker() -> None:
    # "-ty" and "-ment" words that name a body, not a quality, are actors (no_actor.py)
    for body in ("Municipality", "County", "Society", "University", "Charity"):
        text = f"{body} will complete the road works by 30 June."
        assert kept(body, text) == body
        assert _candidate(text, "road works").speaker == body
    assert kept("Management", "Management will review the rota.") == "Management"
    assert kept("Safety", "Safety will improve by 30 June.") is None
