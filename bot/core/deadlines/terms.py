"""A term of office or a programme run from now (issue 12, round 26e; CONVENTIONS 1.1).

A hyphenated span before a noun names a thing ("the three-month period", cues.py), unless
the sentence starts it now: "Both are on five-year terms, beginning today", "a two-year
term starting today" run from the day of speaking and end when the span does, a window from
now due at its end.
"""

from __future__ import annotations

import re

# "five-year terms, beginning today", "a two-year term starting now"
_TERM_FROM_NOW = re.compile(
    r"(?:(?:on|for|of|to|in)\s+)?[a-z0-9]+(?:-[a-z]+)+\s+(?:terms?|mandates?|appointments?|contracts?)\s*,?\s*(?:beginning|starting|commencing"
    r"|effective|from)\s+(?:today|now|immediately)\b"
)


def term_from_now(text: str, start: int) -> bool:
    """The hyphenated span at `start` (past a preposition) measures a term begun now."""
    return _TERM_FROM_NOW.match(text, start) is not None
