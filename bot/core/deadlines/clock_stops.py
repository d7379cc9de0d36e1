"""The full stop of "a.m." or "p.m." that also ends a sentence (issue 12, stop 36).

"Closing date: 11 December 2026, 10 a.m. Helpline open until 8 p.m.": written once, the
stop of the abbreviation is the sentence's stop too. The readers of clauses (clauses.py,
stops.py) cannot tell it from the stop inside "p.m. CDT", so a clock time of the next
sentence, about another thing, was joined with the deadline ("the later end of a range"),
a wrong time with no warning.

The case of the word after it tells: a new sentence opens with a capital and a small
letter ("The portal reopens", "Helpline open"). A month, a weekday, a zone, "Time",
"Noon", "Midnight", "Sharp" or "Local" after the clock time ("9 a.m. Monday", "5 p.m.
Eastern Time") belongs to it, a month only by its name or short form ("Mayor" does not);
words in capitals ("p.m. CDT", "A.M. THE") are left as they are. Such a stop is marked in the
lowered text by turning the space or line break after it into ";": every reader then sees
the sentence end. The text keeps its length, so the spans read from it stay where they were.
"""

from __future__ import annotations

import re

from bot.core.deadlines.vocabulary import _ZONE_WORDS
from bot.core.deadlines.words import MONTH, MONTH_FULL, WEEKDAY

# "a.m. The", "p.m. Helpline": the stop of a clock time, a space, a word opening a sentence
_STOPPED = re.compile(r"\b[apAP]\.[mM]\.(\s+)([A-Z][a-z]+)")
# a month only by its name or short form ("May", "Dec", "Sept"): "Mayor", "Market" and
# "Junior" open a new sentence, whose clock time must not be joined with this one
_KEPT = re.compile(
    r"(?:" + WEEKDAY + r"|" + MONTH_FULL + r"|" + MONTH + r"t?|time|noon|midnight|sharp|local)",
)


def marked(source: str, lowered: str) -> str:
    """`lowered` with the space or line break after an "a.m."/"p.m." that ends a sentence
    made ";"."""
    if (".m. " not in lowered and ".m.\n" not in lowered) or len(source) != len(lowered):
        return lowered  # most texts, and "by 5 p.m." at the end: no such stop (cheap tests)
    ends = [
        m.start(1)
        for m in _STOPPED.finditer(source)
        if _KEPT.fullmatch(word := m[2].lower()) is None and word not in _ZONE_WORDS
    ]
    for at in ends:
        lowered = lowered[:at] + ";" + lowered[at + 1 :]
    return lowered
