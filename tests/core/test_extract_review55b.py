"""Issue 13, stop 55, second review: defects found in the stop's last extraction changes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.extract import Candidate, extract_pledges

UTC = ZoneInfo("UTC")
PUBLISHED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _candidate(text: str, sentence: str) -> Candidate:
    for candidate in extract_pledges(text, PUBLISHED, UTC, set_aside=True):
        if sentence in candidate.quote:
            return candidate
    raise AssertionError(f"no candidate for {sentence!r}")


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
