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

A zone written in capitals after a clock time and followed by a full stop ("9 a.m. GMT.
Staff leave at 5 p.m.", "09:00 UTC. The", all in capitals alike: "9 A.M. GMT. STAFF") has no
abbreviation's stop in it: the stop ends the sentence when a capital follows (stop 37).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Hit
from bot.core.deadlines.vocabulary import ZONE_ABBR
from bot.core.deadlines.words import MONTH, MONTH_FULL, WEEKDAY
from bot.core.deadlines.zone_words import ZONES_BY_WORD

# "a.m. The", "p.m. Helpline": the stop of a clock time, a space, a word opening a sentence
_STOPPED: Final = re.compile(r"\b[apAP]\.[mM]\.(\s+)([A-Z][a-z]+)")
# a month only by its name or short form ("May", "Dec", "Sept"): "Mayor", "Market" and
# "Junior" open a new sentence, whose clock time must not be joined with this one
_KEPT: Final = re.compile(
    r"(?:" + WEEKDAY + r"|" + MONTH_FULL + r"|" + MONTH + r"t?|time|noon|midnight|sharp|local)",
)


# "9 a.m. GMT. Staff", "09:00 (UTC). The": a zone after a clock time, its full stop, a capital
_ZONE_STOPPED: Final = re.compile(
    r"(?:[0-9]|[apAP]\.?\s?[mM]\.?)\s*\(?(?:" + ZONE_ABBR.upper() + r")\)?\.(\s+)[A-Z]"
)


def marked(source: str, lowered: str) -> str:
    """`lowered` with the space or line break after an "a.m."/"p.m." or a clock time's zone
    that ends a sentence made ";"."""
    clock = ".m. " in lowered or ".m.\n" in lowered  # "by 5 p.m." at the end: none
    zoned = "T. " in source or "C. " in source  # "GMT. ", "UTC. ", most zones' last letters
    if not (clock or zoned) or len(source) != len(lowered):
        return lowered  # most texts: no such stop (cheap tests)
    ends = []
    if clock:
        ends = [
            m.start(1)
            for m in _STOPPED.finditer(source)
            if _KEPT.fullmatch(word := m[2].lower()) is None and word not in ZONES_BY_WORD
        ]
    if zoned:
        ends += [m.start(1) for m in _ZONE_STOPPED.finditer(source)]
    for at in ends:
        lowered = lowered[:at] + ";" + lowered[at + 1 :]
    return lowered


def cut(marked: str, hits: list[Hit]) -> None:
    """End each phrase at a stop `marked` made: "at 9 a.m. GMT. " was scanned with the space
    after its stop, which hid the sentence's end from the joins that follow (stop 37)."""
    for hit in hits:
        at = marked.find(";", hit.start, hit.end)
        if at > hit.start + len(hit.pre):
            hit.core = hit.core[: len(hit.core) - (hit.end - at)]
            hit.end = at
