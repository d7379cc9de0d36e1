"""Round 11 of issue 12: the date among several in one sentence.

A sentence that lists its times in order ("by the end of this year; and ... by the end of
1955 or early in 1956", "by the end of 1990 ... and ... in 1991", "About next April and
early in 1963, respectively") falls due at its later end, like a range or a schedule, when
the later time names its year: a year written out is the speaker's own last word on when.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import attrgetter
from typing import Final

from bot.core.deadlines.context import YEAR_IN, Candidate

# the words between two items of one list: "and", a semicolon; not a new sentence, and not
# "or" ("by Friday or pay a fine in 2026": alternatives, which orders.py weighs)
_JOINED: Final = re.compile(r"\band\b|;")
_SENTENCE_END: Final = re.compile(r"[.!?](?:\s|$)")
# not a start: "a decade to begin in 2015", "a commencement date ... of January 2013"
_CALLED_DEADLINE: Final = re.compile(r"\b(?:deadline|closing\s+date|due\s+date)\b")
_START_BEFORE: Final = re.compile(
    r"\b(?:begin|began|start|commenc|from|open|launch)[a-z]*\b"
    # "pass the bill by Christmas and it will come into force in 2027": its start, too
    r"|\b(?:come|comes|came|coming)\s+into\s+(?:force|effect|operation)\b|\btakes?\s+effect\b"
)


def drop_earlier_of_list(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Of two times joined in a list, the earlier is dropped when the later names its year."""
    if YEAR_IN.search(text) is None:  # the caller has two candidates or more
        return cands
    dropped: set[int] = set()
    for first, second in live_pairs(cands):
        a, b = first.res, second.res
        assert a.due is not None and b.due is not None
        if (
            not (a.invalid or b.invalid)
            and a.due < b.due
            # "The deadline for comments is 1 September, and ...": called the deadline
            and _CALLED_DEADLINE.search(text, max(0, first.start - 40), first.start) is None
            and YEAR_IN.search(text, second.start, second.end) is not None
            and _JOINED.search(text, first.end, second.start) is not None
            and _SENTENCE_END.search(text, first.end, second.start) is None
            and _START_BEFORE.search(text, max(first.end, second.start - 50), second.start) is None
        ):
            dropped.add(id(first))
    return without(cands, dropped)


def live_pairs(cands: list[Candidate]) -> Iterator[tuple[Candidate, Candidate]]:
    """Neighbours in the order of the text, both read as a time ahead (orders.py uses it too)."""
    ordered = sorted(cands, key=attrgetter("start"))
    for first, second in zip(ordered, ordered[1:], strict=False):
        a, b = first.res, second.res
        if a.due is not None and b.due is not None and not (a.skip or a.past or b.skip or b.past):
            yield first, second


def without(cands: list[Candidate], dropped: set[int]) -> list[Candidate]:
    return [c for c in cands if id(c) not in dropped] if dropped else cands
