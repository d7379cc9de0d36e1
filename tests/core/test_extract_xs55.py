"""Issue 13, stop 55 (helper xs55): wrong speakers that are no actor.

A word capitalised only because it opens its sentence ("Safety is the priority ...",
"Work is set to begin ...") was taken for the actor of the sentences after it; the
speaker is the issuer the later steps find. Lone words that may be names stay.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.extract import Candidate, extract_pledges
from bot.core.extract.no_actor import kept

UTC = ZoneInfo("UTC")
PUBLISHED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _candidate(text: str, sentence: str) -> Candidate:
    for candidate in extract_pledges(text, PUBLISHED, UTC, set_aside=True):
        if sentence in candidate.quote:
            return candidate
    raise AssertionError(f"no candidate for {sentence!r}")


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
        assert _candidate(text, sentence).speaker != "Work"


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
