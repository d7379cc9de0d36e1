"""Issue 13, stop 55 (helper xs55): wrong speakers that are no actor.

A word capitalised only because it opens its sentence ("Safety is the priority ...",
"Work is set to begin ...") was taken for the actor of the sentences after it; the
speaker is the issuer the later steps find. Lone words that may be names stay.
"""

from __future__ import annotations

from bot.core.extract.no_actor import kept
from bot.core.extract.owners import opening_holder
from tests.core.extract_reading import candidate as _candidate


def test_an_abstract_noun_opening_a_sentence_is_not_the_speaker() -> None:
    text = (
        "Ministry of Justice\n\nPress release\n\nSafety is the priority of this government.\n\n"
        "Under the new rules, offenders who are sentenced in future will not be held in "
        "open wards.\n"
    )
    found = _candidate(text, "will not be held in open wards")
    assert found.speaker == "the Ministry of Justice"


def test_work_opening_a_sentence_is_not_the_speaker() -> None:
    text = (
        "Morning Report\n\nHaleakala National Park reported that the coastal road was "
        "damaged by a storm on Sunday.\n\nWork is set to begin in mid-December.\n\n"
        "The lower trail will remain closed until further notice.\n"
    )
    for sentence in ("Work is set to begin", "will remain closed"):
        # the park that reported, whole ("National" had cut it to "Park", stop 56 re-read)
        assert _candidate(text, sentence).speaker == "Haleakala National Park"


def test_lone_words_that_may_be_names_stay() -> None:
    text = (
        "Germany has made funds available. Safety comes first. Mr. Raynsford: We will act. "
        "Later, said Brown, the rest will follow. Fairness matters."
    )
    assert kept("Germany", text) == "Germany"  # a place named only where a sentence opens
    assert kept("Raynsford", text) == "Raynsford"  # after a title
    assert kept("Brown", text) == "Brown"  # inside a sentence
    assert kept("AMS", text) == "AMS"
    assert kept("the House", text) == "the House"
    assert kept("Parliament", "Parliament will sit.") == "Parliament"
    assert kept("Safety", text) is None
    assert kept("Fairness", text) is None
    assert kept(None, text) is None


def test_he_after_an_office_holders_possessive_is_that_holder() -> None:
    text = (
        "On the tour, the Minister will ask council leaders for their views.\n\n"
        "The tour will feed into the new strategy – announced by Chancellor Anna Berg at "
        "last year’s Budget – which will be published in the autumn.\n\n"
        "The Minister’s first stop is a windfarm in Essex.\n\n"
        "He will hear how the sector is growing and will meet staff on Friday.\n"
    )
    assert _candidate(text, "He will hear").speaker == "the Minister"


def test_opening_holder_reads_an_office_not_a_thing() -> None:
    assert opening_holder("The Minister’s first stop is Essex.") == "the Minister"
    assert opening_holder("The Foreign Secretary's visit ends today.") == "the Foreign Secretary"
    assert opening_holder("The Strategy’s aims are set out below.") is None
    assert opening_holder("He will hear how the sector is growing.") is None
