"""A term of office or a trip run from now (issue 12, round 26e; CONVENTIONS 1.1).

A hyphenated span before a noun names a thing ("the three-month period", cues.py), unless
the sentence starts it now: "Both are on five-year terms, beginning today", "a two-year
term starting today" run from the day of speaking and end when the span does, a window from
now due at its end. So does a trip its traveller sets off on now: "Minister X leaves for a
three day programme of meetings in Paris" ends on the third day from now.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import STARTING

# "five-year terms, beginning today", "a two-year term starting now"
_TERM_FROM_NOW: Final = re.compile(
    r"(?:(?:on|for|of|to|in)\s+)?[a-z0-9]+(?:-[a-z]+)+\s+"
    r"(?:terms?|mandates?|appointments?|contracts?)\s*,?\s*"
    r"(?:" + STARTING + r"|effective|from)\s+(?:today|now|immediately)\b"
    r"(?!\s+on\b|\s+onwards?\b)"  # "from now on": terms of a standing rule, none begun now
)


def term_from_now(text: str, start: int) -> bool:
    """The hyphenated span at `start` (past a preposition) measures a term begun now."""
    return _TERM_FROM_NOW.match(text, start) is not None


# "leaves for a", "sets off today on a": a traveller setting off now
_SETS_OFF: Final = re.compile(
    r"\b(?:leaves|leaving|departs|departing|sets\s+(?:off|out)|setting\s+(?:off|out))"
    r"\s+(?:for|on)\s+(?:a\s+)?$"
)
# "three day programme", "two-week tour": the span, then the trip it measures
_TRIP: Final = re.compile(
    r"(?:a\s+)?[a-z0-9]+[\s-](?:days?|weeks?)\s+(?:programme|program|visit|trip|tour|mission)s?\b"
)


def trip_from_now(text: str, start: int) -> bool:
    """The span at `start` measures a trip that its traveller sets off on now."""
    return (
        _TRIP.match(text, start) is not None
        and _SETS_OFF.search(text, max(0, start - 40), start) is not None
    )
