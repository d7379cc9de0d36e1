"""How far back a reader of the words before a time looks in a long text (issue 12, stop 62).

Some readers take the words before a time from the end of the last stop within REACH of it
(clauses.sentence_start); with no stop that near, from the text's start. In a long paste with
no full stop that is all the text before each time, and a pattern searched over it for every
time made the parse quadratic (100 kB of "Thank you, today we adopt its ...": 54 s of the
sources in courtesy.py; of "the minister could publish it in two weeks and ...": 4 s in
hypothetical.py). `head_start` keeps their reading up to LOOK_BACK characters into a text,
and past it reads only the last LOOK_BACK characters before the time: a word further back,
in a sentence that long, no longer governs it.
"""

from __future__ import annotations

from typing import Final

from bot.core.deadlines import clauses

# the longest sentence the extractor passes on (extract.candidate.MAX_SENTENCE_CHARS): no
# text the product reads is cut
LOOK_BACK: Final = 1200


def head_start(text: str, at: int) -> tuple[int, bool]:
    """Where the words before `at` begin, and whether a sentence or the text begins there:
    the end of the last stop within REACH before `at`; with none, the text's start if it is
    within LOOK_BACK, else the first word within LOOK_BACK (no sentence's start)."""
    begin = clauses.sentence_start(text, at, clauses.REACH)
    if begin > 0 or at <= LOOK_BACK:
        return begin, True
    return text.find(" ", at - LOOK_BACK, at) + 1 or at - LOOK_BACK, False
