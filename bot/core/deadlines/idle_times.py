"""Time words that set no time for an act (issue 12, round 27d).

- the day as the subject of "marks" ("today marks the 15th anniversary", "This week marks
  ten years since ..."): the day is named for what it is, nothing falls due on it;
- a time taken off ("We are just going to take the morning off", "I'll take the day
  off"): the time is kept free of work, the opposite of a time to act.
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"\s+(?:also\s+)?(?:marks|marked)\b")
_OFF = re.compile(r"\s+off\b")
_TAKE = re.compile(r"\btak(?:e|es|ing)\s+(?:the\s+|a\s+|this\s+)?$")


def idle(text: str, start: int, end: int) -> str | None:
    """ "past" when the time at text[start:end] (its core, past filler words) is the
    subject of "marks", "negated" when it is taken off; else None."""
    if text.startswith(" ", end):
        nxt = text[end + 1 : end + 2]
        if nxt == "m" and _MARKS.match(text, end) is not None:
            return "past"  # "today marks the 15th anniversary": the day named, no act
        if nxt == "o" and _OFF.match(text, end) and _TAKE.search(text, max(0, start - 16), start):
            return "negated"  # "take the morning off": kept free of work
    return None
