"""Issue 13, round 16 of stop 27: speakers of a department's own "we" (sentences of our
own making, one kind per test)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import Candidate, extract_pledges
from bot.core.extract.speakers import same_speaker

PUBLISHED = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)


def _found(text: str) -> list[Candidate]:
    return extract_pledges(text, PUBLISHED, "Europe/London")


def _holding(candidates: list[Candidate], words: str) -> Candidate:
    found = [candidate for candidate in candidates if words in candidate.quote]
    assert len(found) == 1, candidates
    return found[0]


def test_a_department_bulletin_we_is_the_department_its_abbreviation_names() -> None:
    text = (
        "DfT bulletin for local authorities: 4 March 2025\n\n"
        "Published 4 March 2025\n\n"
        "We will publish the revised bus grant allocations by the end of April.\n\n"
        "The DfT guidance on highways maintenance remains in force."
    )
    pledge = _holding(_found(text), "revised bus grant allocations")
    assert same_speaker(pledge.speaker, "DfT"), pledge.speaker
