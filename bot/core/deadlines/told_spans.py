"""Time words that tell of a length, and set no time for an act (issue 12, stop 55, tuner
12c). Each look gives the span of the sentence to hide; second_looks.revisit reads the
sentence again without it, so that another time of the sentence still counts:

- "for years to come", "for many decades to come", "for generations to come": for as long as
  one can see, no window that closes (CONVENTIONS 1: a window falls due at its end; this one
  has none). "in the years to come" keeps the vague window of "the coming years".
- "up to two years", "up to 3 minutes", "for up to 8 weeks": a bound on how long a thing may
  last, each time it happens or from its own undated start ("whiplash claims with an injury
  duration of up to two years", "can provide comments up to 3 minutes", "the grant period
  will remain open for up to 8 weeks"): no window that closes at a known time (CONVENTIONS
  1.3, "a suspect may be held for up to 28 days"). "within up to", "in up to" and "by" are
  other phrases and are read as before; so is a span opened now ("There will now be up to 1
  hour for debate", 1.1), a span opened on a day named before it ("Today we are opening a
  consultation for up to 12 weeks", 1.1) and a time limit given to an actor ("The council
  has up to eight weeks to decide", 1.2).
- a day word closing a clause told in the past ("the phone call was arranged today"):
  fact_days.py (stop 55, dw55); with no other time, second_looks refuses it as past.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import fact_days

_TO_COME: Final = re.compile(
    r"\bfor\s+(?:many\s+|several\s+|some\s+|a\s+few\s+|the\s+)?(?:more\s+)?"
    r"(?:years|decades|generations|months)\s+to\s+come\b",
    re.IGNORECASE,
)


# "up to two years", "up to 3 minutes": a bound on how long, each time (the chosen phrase
# itself, so "within up to two weeks" is no match)
_UP_TO: Final = re.compile(
    r"up\s+to\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|[a-z]+teen|[a-z]+ty|[0-9]+)(?:\s+(?:working|business|calendar|more|further|additional))?"
    r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?)$",
    re.IGNORECASE,
)


_NOW: Final = re.compile(r"\bnow\b", re.IGNORECASE)
# a time limit given to an actor: "has up to eight weeks to", "will be given up to 30 days"
_GIVEN: Final = re.compile(
    r"\b(?:have|has|had|having|get|gets|got|given|gives|give|allowed|allows|allow)\s+"
    r"(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)


# a day the window opens on, named before it in the sentence: "Today we are opening a
# consultation for up to 12 weeks", "On Monday the road will close for up to three weeks"
_OPENS_ON: Final = re.compile(
    r"\b(?:today|tonight|tomorrow|(?:on|from)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"[^.!?;]*$",
    re.IGNORECASE,
)


def up_to(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The chosen "up to two years"; else None."""
    if _UP_TO.fullmatch(text, start, end) is None:
        return None
    if _OPENS_ON.search(text, max(0, start - 160), start) is not None:
        return None  # a window opened on a named day runs from it (1.1): read as before
    if _NOW.search(text, max(0, start - 30), start) is not None:
        return None  # "There will now be up to 1 hour for debate": opened now (1.1)
    if _GIVEN.search(text, max(0, start - 30), start) is not None:
        return None  # "The council has up to eight weeks to decide": a time limit (1.2)
    return start, end


def years_to_come(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span "for years to come" when the chosen phrase lies in it; else None."""
    if "to come" not in text:
        return None  # the cheap test first
    for m in _TO_COME.finditer(text):
        if m.start() <= start and end <= m.end():
            return m.start(), m.end()
    return None


def hidden(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of `text` to hide for the chosen phrase (from `start` to `end`), or None."""
    return (
        years_to_come(text, start, end)
        or up_to(text, start, end)
        or fact_days.span(text, start, end)
    )
