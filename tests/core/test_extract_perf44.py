"""Issue 13's speed target on a paste of summary bullets (stop 44): a sentence's subject is
read once per position, not once for its actor and again for its cue's speaker. Counted,
not timed, so that a regression fails on any machine."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import extract_pledges, speakers
from bot.core.extract.extractor import Extractor

PUBLISHED = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
LINES = 40
PASTE = "".join(
    f"• Minister Ann Lee{i} will open depot{i} by May {i % 28 + 1}.\n"
    f"Officer Bo{i} will visit site{i} on June {i % 28 + 1}.\n"
    for i in range(LINES)
)


def test_a_subject_is_read_once_per_position(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[tuple[int, int]] = []
    real = Extractor._read_subject

    def counting(self: Extractor, index: int, position: int) -> str | None:
        reads.append((index, position))
        return real(self, index, position)

    monkeypatch.setattr(Extractor, "_read_subject", counting)
    found = extract_pledges(PASTE, PUBLISHED, "UTC", set_aside=True)
    assert len(found) >= LINES  # the paste is read as pledges: the speaker is asked
    assert len(reads) == len(set(reads))
    assert len(reads) <= 2 * LINES + 2  # one verb a sentence; twice each before the memo


def test_the_words_before_a_verb_are_read_once() -> None:
    speakers._subject_ending.cache_clear()
    extract_pledges(PASTE, PUBLISHED, "UTC", set_aside=True)
    info = speakers._subject_ending.cache_info()
    # The score, the speaker and the sentence's actor ask about the same words: the
    # extractor keeps its answer per position (stop 47), so the reader is asked once a
    # sentence, not again when the cue is scored (the shared cache of recent phrases
    # forgot them on a paste of more than a thousand sentences).
    assert info.misses <= 2 * LINES + 2
    assert info.hits + info.misses <= 2 * LINES + 2
