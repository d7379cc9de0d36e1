"""A date that names the thing moved (issue 12, stop 56): "will reschedule his January 2003
trip to Africa until later in the year", "has postponed the 9 December vote until next week",
"will move its March meeting to May". The date stands inside the noun phrase after a verb of
moving, so it is the old time, called off; the time after "to" or "until" is the new one,
and it counts (CONVENTIONS 4.1). The date had been chosen over the new time ("an explicit
date beats a relative span"), so the move was dropped with no warning.

Only a date right after the verb and its determiner, a noun right after the date, and a
"to", "until" or "till" later in the same clause; "moved from 7th to 21st December" is
moved.py's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_outcome
from bot.core.deadlines.context import Ctx

_CUES: Final = ("move", "postpon", "reschedul", "re-schedul", "delay", "defer", "push", "put")
# the verb of moving and the determiner of the thing moved, just before the date
_MOVE_THE: Final = re.compile(
    r"\b(?:move[sd]?|moving|postpone[sd]?|postponing|reschedule[sd]?|rescheduling"
    r"|re-schedule[sd]?|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|push(?:es|ed|ing)?\s+back"
    r"|put(?:s|ting)?\s+back|put(?:s|ting)?\s+off)\s+(?:the|his|her|its|their|our|this|that|a)"
    r"\s+$",
    re.I,
)
# a noun right after the date ("trip", "vote", "meeting"), not a word of time or place
_NOUN_AFTER: Final = re.compile(
    r"\s+(?!(?:to|until|till|from|at|on|in|by|for|and|or|of|with|the|a|an|as|when|after"
    r"|before|deadline)\b)[a-z][a-z-]{2,}\b",
    re.I,
)
# the new time, later in the clause
_NEW_TIME: Final = re.compile(r"\s(?:to|until|till)\s", re.I)
_CLAUSE_END: Final = re.compile(r"[.;:!?]\s|[.;:!?]$")
_REACH: Final = 120


def reread(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The sentence read again with the date that names the thing moved blanked, when that
    date was chosen; None to keep `found`."""
    cand = found.cand
    if cand is None or not any(cue in text for cue in _CUES):
        return None
    words = found.matched
    if words.lower().startswith("the "):
        words = words[4:]  # "the 9 December" after "postponed": the determiner is the verb's
    at = text.find(words)
    if at < 0 or _MOVE_THE.search(text, max(0, at - 40), at) is None:
        return None
    end = at + len(words)
    if _NOUN_AFTER.match(text, end) is None:
        return None
    stop = _CLAUSE_END.search(text, end, end + _REACH)
    limit = stop.start() if stop is not None else min(len(text), end + _REACH)
    if _NEW_TIME.search(text, end, limit) is None:
        return None
    blanked = text[:at] + " " * len(words) + text[end:]
    again = read_outcome(blanked, ctx, FLOOR_SLACK)
    if again is None or again.cand is None:
        return None
    reason = f"chosen over “{words}”: that date names the thing moved, the old time"
    return replace(again, reason=reason)
