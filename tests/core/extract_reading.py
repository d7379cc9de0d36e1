"""How the extraction tests of stop 55 read a text: published 2 March 2026 09:00 UTC, and
the candidate (shown or set aside) whose quote holds a given sentence."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.extract import Candidate, extract_pledges

UTC = ZoneInfo("UTC")
PUBLISHED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def candidate(text: str, sentence: str) -> Candidate:
    """The candidate whose quote holds `sentence`; fails the test when there is none."""
    for found in extract_pledges(text, PUBLISHED, UTC, set_aside=True):
        if sentence in found.quote:
            return found
    raise AssertionError(f"no candidate for {sentence!r}")
