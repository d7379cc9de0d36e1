"""The new time after the size of a move (issue 12, stop 59): "was delayed by a month to
June", "has been postponed by a year to 2026", "was brought forward by a week to March".

A month or a year standing alone is read as a time only with a word that makes it one ("in
June", "by 2026"): month names are words too ("may", "march"), and a bare year is often a
number. After "<moved> by <size> to" the "to" is that word, as "delayed to June" is one
already, but the scanner's filler words stop at "by <size>": the new time was dropped, and
the size alone ("by a month", counted from an old time the sentence does not date) refused
the whole sentence as an event, or another time in it was taken with no warning.

Only after a verb of moving a time (clauses.delay_size: "delayed", "postponed", "pushed
back", "brought forward by"), "by", a size of one to four words ending in a unit, and "to".
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses

# "by a month to", "by a further two weeks to", "by 18 months to": the size, then "to"
_SIZE_TO: Final = re.compile(
    r"\bby\s+(?:[a-z0-9]+[\s-]+){1,4}?(?:day|week|month|year|quarter)s?,?\s+to\s+$"
)


def moved_to(text: str, start: int) -> bool:
    """Whether the phrase at `start` of `text` (lower case) follows "<moved> by <size> to"."""
    if start < 12 or not text.startswith("to ", start - 3):  # most phrases: no "to" before
        return False
    lo = max(0, start - 60)
    m = _SIZE_TO.search(text, lo, start)
    return m is not None and clauses.delay_size(text[max(0, m.start() - 60) : m.start() + 2])
