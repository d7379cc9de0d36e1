"""The words governing.reading reads, tokenised once for a long text (issue 12, stop 63).

The reader takes the words of a time's window (clauses.reading_sentence: its sentence, at
most READER_REACH characters either side of the time), brackets blanked. A long paste with
no stop holds thousands of times, and their windows overlap: tokenised one by one, a 100 kB
paste of "on 1 May the Board will ..." spent a third of its parse making the same words
again. A text longer than SHARED_FROM is tokenised once (brackets blanked in the whole
text), and a window takes its words as a slice of the text's words when that slice is the
very list its own tokenising gives: no blanked bracket and no word crosses either end of the
window, and its last words, tokenised again up to its end, are the same (a "'s" read as
"has" looks ahead for its "been", which may lie past the window's end). Else the window is
tokenised alone, as every window of a shorter text is (the product's texts: no new work).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from bot.core.deadlines.words import blanked

ADVERBS: Final = frozenset(
    "now also already just still then not never today currently finally officially formally"
    " previously recently originally first again jointly".split()
)
_BRACKETS: Final = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# a clock mark goes with its number, never a verb ("at 03:22 am", "at 9am"); "'s been" is
# "has been" ("There's been a shift today", "that's already been made"), its "'s" a word
BEEN_AFTER_S: Final = r"\s+(?:(?:[a-z]+ly|" + "|".join(sorted(ADVERBS)) + r")\s+)?been\b"
TOKEN: Final = re.compile(
    r"[a-z](?:[a-z-]|'(?!s" + BEEN_AFTER_S + r"))*|'s(?=" + BEEN_AFTER_S + r")"
    r"|[0-9]+(?:[.:/-][0-9]+)*(?:\s?[ap]m\b)?|[,;:]"
)
# longer than any text the product reads (a sentence of at most 1,200 characters): those
# are tokenised window by window, as before
SHARED_FROM: Final = 4000
# the words at a window's end tokenised again: a "'s" that looks ahead past the end is at
# most the third last word (its own, "'s", an adverb), so four is enough
_TAIL: Final = 4

Words = list[tuple[str, int]]


def tokens(low: str, lo: int, hi: int) -> Words:
    """The words of `low[lo:hi]` with their offsets, brackets blanked."""
    seg = _BRACKETS.sub(blanked, low[lo:hi]).replace("\u2019", "'")
    words = [(m[0], lo + m.start()) for m in TOKEN.finditer(seg)]
    if "'s" not in seg:  # most windows: no "'s" token to read as "has" (stop 61)
        return words
    return [("has" if word == "'s" else word, at) for word, at in words]


class _Shared:
    """A long text's words and blanked brackets, made once."""

    def __init__(self, low: str) -> None:
        brackets = [m.span() for m in _BRACKETS.finditer(low)]
        self.bracket_starts = [s for s, _ in brackets]
        self.bracket_ends = [e for _, e in brackets]
        self.blank = _BRACKETS.sub(blanked, low).replace("\u2019", "'")
        found = list(TOKEN.finditer(self.blank))
        self.words: Words = [("has" if m[0] == "'s" else m[0], m.start()) for m in found]
        self.starts = [m.start() for m in found]
        self.spans = [m.span() for m in found]
        self.marks: dict[Callable[[Words, int], bool], list[int]] = {}

    def bracket_across(self, at: int) -> bool:
        k = bisect_right(self.bracket_ends, at)
        return k < len(self.bracket_starts) and self.bracket_starts[k] < at

    def slice(self, lo: int, hi: int) -> tuple[Words, int] | None:
        """The words of the window [lo, hi) as its own tokenising gives them and the
        index of the first in the text's words, None when the text's words may differ
        from them there."""
        if self.bracket_across(lo) or self.bracket_across(hi):
            return None
        a = bisect_left(self.starts, lo)
        b = bisect_left(self.starts, hi)
        if (a > 0 and self.spans[a - 1][1] > lo) or (b > 0 and self.spans[b - 1][1] > hi):
            return None  # a word across an end of the window
        k = max(a, b - _TAIL)
        tail = [m.span() for m in TOKEN.finditer(self.blank, self.starts[k] if k < b else lo, hi)]
        if tail != self.spans[k:b]:
            return None
        return self.words[a:b], a


@lru_cache(maxsize=1)  # the text being read: never a hit from an earlier call
def _shared(low: str) -> _Shared:
    return _Shared(low)


def window(low: str, lo: int, hi: int) -> tuple[Words, int]:
    """The words of `low[lo:hi]` with their offsets, brackets blanked (`tokens`), and the
    index of the first in the text's words when they are cut from them (a long text, see
    the module docstring), else -1."""
    if len(low) > SHARED_FROM and (cut := _shared(low).slice(lo, hi)) is not None:
        return cut
    return tokens(low, lo, hi), -1


def marked(low: str, test: Callable[[Words, int], bool]) -> list[int]:
    """The indices of the words of a long text (one `window` has cut words from) that pass
    `test`, found once per text."""
    shared = _shared(low)
    found = shared.marks.get(test)
    if found is None:
        words = shared.words
        found = shared.marks[test] = [i for i in range(len(words)) if test(words, i)]
    return found
