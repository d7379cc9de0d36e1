"""stops.py's clause and sentence ends are the plain alternations they stand in for: the
same spans, in the same order, from any start and end of a text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.deadlines import clauses, stops
from tests.core.deadline_cases import CASES

# the patterns as they were written before stops.py (alternatives tried at every position)
_PLAIN_BOUNDARY = re.compile(stops.STOP + r"|[;:!?()\"]|,|\s-\s|\b(?:but|so|whereas|although)\b")
_PLAIN_SENTENCE = re.compile(stops.STOP + r"|[;:!?]")
_PAIRS = ((stops.BOUNDARY, _PLAIN_BOUNDARY), (stops.SENTENCE, _PLAIN_SENTENCE))

# the characters and words the patterns turn on, and some that sit beside them
_PIECES = [
    *" .;:!?()\",-\t\n_1éxaA",
    "but", "so", "whereas", "although", "hon.", "mr.", "mrs.", "dr.", "st.", "no.", "rt.",
    " - ", "also", "sob", "abut", "_so", "1but", "é.",
]  # fmt: skip


def _spans(pattern: re.Pattern[str], text: str, pos: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, end)]


def _agree(text: str, pos: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    for fast, plain in _PAIRS:
        assert _spans(fast, text, pos, end) == _spans(plain, text, pos, end), (text, pos, end)


def test_clauses_use_the_fast_forms() -> None:
    assert clauses._BOUNDARY is stops.BOUNDARY
    assert clauses.SENTENCE is stops.SENTENCE


def test_the_labelled_phrasings_and_their_ends_agree() -> None:
    for case in CASES:
        text = case.text.lower()
        _agree(text)
        _agree(text, len(text) // 3, 2 * len(text) // 3 + 1)


def test_words_are_ends_only_on_their_own() -> None:
    # "so" inside "also" or after "_" is no boundary; "Mr." and "hon." end nothing
    assert _spans(stops.BOUNDARY, "also _so so", 0, 11) == [(9, 11)]
    assert _spans(stops.SENTENCE, "the hon. member. mr. x", 0, 22) == [(15, 16)]
    assert _spans(stops.BOUNDARY, "a - b -c", 0, 8) == [(1, 4)]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.integers(0, 200),
    st.integers(0, 200),
)
def test_generated_text_agrees(text: str, pos: int, end: int) -> None:
    pos, end = min(pos, end, len(text)), min(max(pos, end), len(text))
    _agree(text)
    _agree(text, pos, end)


def _plain_last_end(pattern: re.Pattern[str], text: str) -> int:
    last = 0
    for m in pattern.finditer(text):
        last = m.end()
    return last


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_last_end_is_the_scans_last_end(text: str) -> None:
    # the scan for the last clause end starts after the last mark: the same end
    for sentence, pattern in ((False, stops.BOUNDARY), (True, stops.SENTENCE)):
        assert stops.last_end(text, sentence) == _plain_last_end(pattern, text), text


def test_last_end_on_the_labelled_phrasings() -> None:
    for case in CASES:
        text = case.text.lower()
        for cut in range(0, len(text) + 1, 7):
            assert stops.last_end(text[:cut]) == _plain_last_end(stops.BOUNDARY, text[:cut])
