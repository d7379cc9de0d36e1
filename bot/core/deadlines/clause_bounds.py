"""The clause governing.reading reads a time in, and the word classes it is bounded by (split
from governing.py at stop 63, which had grown near the layout's 700 lines).

A clause is bounded by subordinators such as "that", "which", "when", by ";" and ":", and by
"and"/"but"/"or" before a new finite verb; a ", which ... ," aside is passed over (see
`clause`). In a long text with no stop, each time's window holds hundreds of words, and each
scan passed over all of them for each of thousands of times (stop 63: 100 kB of "June 21,
23, and 24, and ..." spent most of 13.7 s of the sources in this scan and in
governing.finite_verb's). There, an `Index` of the words that may act (reader_words.marked,
made once per text) lets the scans jump from one to the next: they weigh the same words with
the same tests, and pass over only words that no test takes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Final

from bot.core.deadlines import reader_words
from bot.core.deadlines.reader_words import Words
from bot.core.deadlines.verb_forms import NOT_ED, PAST_EITHER, PAST_ONLY, PRESENT_VERBS
from bot.core.deadlines.words import MODAL_VERBS

SUBORDINATORS: Final = frozenset(
    "that which who whom whose when whenever because if unless while whereas although though"
    " once where whilst".split()
)
COORDINATORS: Final = frozenset(("and", "but", "or"))
# words.MODAL_VERBS and the splitter's "cannot", "'ll", "won't"; not "may", often the month:
# finite_verb tells it (after a pronoun, before a word: "it may close"), _tense_of reads it
MODALS: Final = frozenset(MODAL_VERBS + "cannot 'll won't".split())
_RELATIVES: Final = frozenset(("which", "who"))
# every word that may be a comma, open an aside or bound a clause (_boundary, _aside): clause
# passes over the others without a call, as the reader's window of a long paste with no stop
# holds hundreds of words for each phrase (stop 61: a 100 kB paste of "on 1 May the Board
# will ", 2.4 s of its 2.8 s of the sources in these scans and the tokens)
_CLAUSE_MARKS: Final = SUBORDINATORS | COORDINATORS | _RELATIVES | frozenset((",", ";", ":"))
_PRESENT_S: Final = re.compile(r"[a-z]{3,}[^su\W]s")


def strong(word: str) -> bool:
    return (
        word in MODALS
        or word in ("is", "are", "am", "was", "were", "has", "have", "had", "did", "does")
        or word.endswith("'ll")
    )


def ed(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and word not in NOT_ED


def past(word: str) -> bool:
    """A past form, regular or not ("agreed", "met", "made")."""
    return ed(word) or word in PAST_ONLY or word in PAST_EITHER


def _finite_ahead(words: Words, i: int) -> bool:
    """A finite verb within the five words from `i`, before any comma ("and will report",
    "but we met", "and reports on", "and a new hearing is timetabled")."""
    for word, _ in words[i : i + 5]:
        if word == ",":
            return False
        if strong(word) or word in PAST_ONLY or word in PRESENT_VERBS:
            return True
    # "and reports on 30 September": a present verb right after the linking word
    return i < len(words) and _PRESENT_S.fullmatch(words[i][0]) is not None


def _boundary(words: Words, i: int) -> bool:
    word = words[i][0]
    return (
        word in SUBORDINATORS
        or word in (";", ":")
        or (word in COORDINATORS and _finite_ahead(words, i + 1))
    )


def _aside(words: Words, i: int, kinds: frozenset[str]) -> bool:
    """Word `i` opens a ", which ... ," or ", who ... ," aside (of `kinds`)."""
    return words[i][0] in kinds and i > 0 and words[i - 1][0] == ","


def _may_bound(words: Words, i: int) -> bool:
    """Word `i` of a text's words may bound a clause or open an aside in a window of them:
    all that `_boundary` takes, a linking word whatever the words after it (a window may end
    within the five `_finite_ahead` weighs, and then reads its present verb test alone)."""
    word = words[i][0]
    return (
        word in SUBORDINATORS
        or word in (";", ":")
        or (
            word in COORDINATORS
            and (
                _finite_ahead(words, i + 1)
                or (i + 1 < len(words) and _PRESENT_S.fullmatch(words[i + 1][0]) is not None)
            )
        )
    )


def _comma(words: Words, i: int) -> bool:
    return words[i][0] == ","


class Index:
    """The words of a window cut from a long text's words (reader_words.window) that may act
    in a scan: `bounds` may bound a clause, `commas` are commas, `verbs` may be a finite
    verb (governing's test); the text's indices of each, from word `base` of the text."""

    def __init__(self, low: str, base: int, verb_test: Callable[[Words, int], bool]) -> None:
        self.base = base
        self.bounds = reader_words.marked(low, _may_bound)
        self.commas = reader_words.marked(low, _comma)
        self.verbs = reader_words.marked(low, verb_test)

    def next(self, marks: list[int], i: int, hi: int) -> int:
        """The window's index of the first of `marks` at `i` or after, `hi` when none is
        before `hi`."""
        k = bisect_left(marks, self.base + i)
        return min(marks[k] - self.base, hi) if k < len(marks) else hi

    def prev(self, marks: list[int], i: int) -> int:
        """The window's index of the last of `marks` at `i` or before, -1 when none."""
        k = bisect_right(marks, self.base + i)
        return max(marks[k - 1] - self.base, -1) if k > 0 else -1


def clause(words: Words, first: int, last: int, index: Index | None = None) -> tuple[int, int]:
    """The word indices [lo, hi) of the clause holding words first..last; an aside
    closed before the time ("The agency, which runs the ports, expanded ... in March") or
    after it ("In March, the agency, which runs the ports, expanded") is passed over. Given
    the window's `index`, only its marked words are weighed."""
    lo = 0
    comma = -1
    i = first - 1
    while i >= 0:
        if index is not None:
            at = index.prev(index.bounds, i)
            # the first comma the scan would have met on its way down to the next mark
            if comma < 0 and (seen := index.prev(index.commas, i)) > at:
                comma = seen
            if at < 0:
                break
            i = at
        if words[i][0] not in _CLAUSE_MARKS:
            i -= 1
            continue  # most words: no comma, aside nor boundary (stop 61, see _CLAUSE_MARKS)
        if words[i][0] == "," and comma < 0:
            comma = i
        if _aside(words, i, SUBORDINATORS) and comma > i:
            comma = -1
            i -= 1
            continue
        if _boundary(words, i):
            lo = i + 1
            break
        i -= 1
    hi = len(words)
    i = last + 1
    while i < len(words):
        if index is not None and (i := index.next(index.bounds, i, len(words))) >= len(words):
            break
        if words[i][0] not in _CLAUSE_MARKS:
            i += 1
            continue
        if _aside(words, i, _RELATIVES):
            if index is not None:
                i = index.next(index.commas, i + 1, len(words))
            else:
                i = next((j for j in range(i + 1, len(words)) if words[j][0] == ","), len(words))
            continue
        if _boundary(words, i) and not _joins_subjects(words, lo, i):
            hi = i
            break
        i += 1
    return lo, hi


def _joins_subjects(words: Words, lo: int, i: int) -> bool:
    """Word `i`, "and", ends a list of subjects, no clause: no verb before it in its clause
    ("Today the minister, the institutions and I had a meeting", stop 59)."""
    return words[i][0] == "and" and not any(
        strong(w) or past(w) or w in PRESENT_VERBS for w, _ in words[lo:i]
    )
