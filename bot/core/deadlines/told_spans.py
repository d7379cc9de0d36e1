"""Time words that tell of a length, and set no time for an act (issue 12, stop 55, tuner
12c). Each look gives the span of the sentence to hide; second_looks.revisit reads the
sentence again without it, so that another time of the sentence still counts:

- "for years to come", "for many decades to come", "for generations to come": for as long as
  one can see, no window that closes (CONVENTIONS 1: a window falls due at its end; this one
  has none). "in the years to come" keeps the vague window of "the coming years".
"""

from __future__ import annotations

import re
from typing import Final

_TO_COME: Final = re.compile(
    r"\bfor\s+(?:many\s+|several\s+|some\s+|a\s+few\s+|the\s+)?(?:more\s+)?"
    r"(?:years|decades|generations|months)\s+to\s+come\b",
    re.IGNORECASE,
)


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
    return years_to_come(text, start, end)
