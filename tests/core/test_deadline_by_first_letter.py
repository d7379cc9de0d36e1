"""words.by_first_letter: a grouped alternation of whole words finds what the flat one does
(issue 12, stop 48: past_verdict._PAST_CUE, clauses.PAST_VERB and clauses._PAST_ED use it)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.deadlines import clauses, verb_forms
from bot.core.deadlines.words import by_first_letter

_WORDS: list[str] = sorted(clauses._PAST_WORDS | set(clauses._NOT_PAST_ED) | verb_forms.PAST_ONLY)
_PIECES = [*_WORDS, " ", ".", ",", "_", "1", "ed", "s", "x", "un", "'"]


def _forms(words: list[str]) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    flat, grouped = "|".join(sorted(words)), by_first_letter(words)
    return [
        (re.compile(rf"\b(?:{flat})\b"), re.compile(rf"\b(?:{grouped})\b")),
        (
            re.compile(rf"\b(?!(?:{flat})\b)[a-z]{{3,}}ed\b"),
            re.compile(rf"\b(?!(?:{grouped})\b)[a-z]{{3,}}ed\b"),
        ),
        (re.compile(rf"(?:{flat})\s+"), re.compile(rf"(?:{grouped})\s+")),
    ]


_PAIRS = _forms(_WORDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), st.integers(0, 60))
def test_grouped_finds_what_flat_finds(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    for flat, grouped in _PAIRS:
        assert [m.span() for m in flat.finditer(text, pos)] == [
            m.span() for m in grouped.finditer(text, pos)
        ], text


def test_groups_by_first_letter() -> None:
    assert by_first_letter(["was", "were", "had", "has"]) == "h(?:ad|as)|w(?:as|ere)"
    assert by_first_letter(["said"]) == "said"


def test_only_words_of_letters() -> None:
    with pytest.raises(ValueError):
        by_first_letter(["put forward"])
