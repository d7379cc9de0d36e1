"""Issue 12, stop 63: the reader's words of a long text, cut once (reader_words.py), and its
clause and verb scans over an index of the words that may act (clause_bounds.Index).

Both are to read exactly what the reader read before: a window cut from the text's words is
the list its own tokenising gives, and the scans with the index find the clause and the verb
the plain scans find. These tests check that on long texts built to hold what could part
them (brackets across a window's ends, a "'s been" whose "been" lies past its end, clock
marks, asides, linking words before a verb and near a window's end); never a time.
"""

from __future__ import annotations

import random
from bisect import bisect_left

import pytest

from bot.core.deadlines import clause_bounds, clauses, governing, reader_words

_PIECES = (
    "it 's it\u2019s been already quickly ( ) [ ] 9 am pm 12:30 . , ; : - the we will x "
    "ab'c ' s may 1.5 june"
).split() + [" ", "  ", "\n"]

_WORDS = (
    "that which who when if and but or , , , ; : we it they i the a board will may is was has "
    "had met opened reopens closes runs said announced planned plan to meets close june 21 23 "
    "council adopts its 's been already ( ) reports"
).split()


def _text(pieces: list[str], count: int, seed: int, joiner: str) -> str:
    rng = random.Random(seed)
    return joiner.join(rng.choice(pieces) for _ in range(count))


@pytest.mark.parametrize("seed", range(6))
def test_a_window_cut_from_the_text_words_is_its_own_tokenising(seed: int) -> None:
    low = _text(_PIECES, 3000, seed, "")
    assert len(low) > reader_words.SHARED_FROM
    rng = random.Random(seed)
    cut = 0
    for _ in range(400):
        lo = rng.randrange(len(low))
        hi = rng.randrange(lo, len(low) + 1)
        words, base = reader_words.window(low, lo, hi)
        assert words == reader_words.tokens(low, lo, hi)
        cut += base >= 0
    assert cut > 0  # some windows were cut from the text's words


def test_a_short_text_is_tokenised_window_by_window() -> None:
    low = "the board will meet on 1 may (or 2 may), it's been said"
    assert reader_words.window(low, 0, len(low)) == (reader_words.tokens(low, 0, len(low)), -1)


@pytest.mark.parametrize("seed", range(4))
def test_the_indexed_scans_find_the_plain_scans_clause_and_verb(seed: int) -> None:
    text = _text(_WORDS, 2500, seed, " ")
    low = text.lower()
    rng = random.Random(seed)
    weighed = 0
    for _ in range(300):
        start = low.find(" ", rng.randrange(len(low) - 40)) + 1
        end = low.find(" ", start + 1)
        words, base = reader_words.window(low, *clauses.reading_sentence(low, start, end))
        first = bisect_left(words, start, key=lambda word: word[1])
        last = bisect_left(words, end, key=lambda word: word[1]) - 1
        if base < 0 or first > last:
            continue
        weighed += 1
        index = clause_bounds.Index(low, base, governing._may_act)
        bounds = clause_bounds.clause(words, first, last)
        assert clause_bounds.clause(words, first, last, index) == bounds
        for lo, hi in (bounds, (0, len(words))):
            for fronted in (False, True):
                plain = governing.finite_verb(words, lo, hi, (first, last), fronted, low, text)
                assert plain == governing.finite_verb(
                    words, lo, hi, (first, last), fronted, low, text, index
                )
    assert weighed > 50  # a window with a bracket across an end is tokenised alone
