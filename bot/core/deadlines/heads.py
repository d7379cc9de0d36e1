"""Phrases read as part of another, not alone (issue 12, stop 39k): a phrase the scanner
found on its own that is the head or the object of a neighbour, which reads it whole.

- "the week" as the head of "the week of <day>" after a start word ("from the week of 13
  January 2025"): the day after it reads the whole phrase (cues.py's `_week_of_day`, a
  start there), so "the week" alone, this week, is no start of its own. It is dropped as an
  earliest bound without a start, which gives way to the day's.

`note` is one prefix test for most phrases.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Hit

_OF_A_DAY: Final = re.compile(r"\s+of\s+(?:the\s+)?[a-z]*\s*[0-9]")


def note(text: str, hit: Hit) -> str | None:
    """The note of a phrase that another reads whole, or None to read it alone."""
    if not hit.pre:
        return None  # most phrases: no deadline or start word before them
    if hit.open and hit.core == "the week" and _OF_A_DAY.match(text, hit.end):
        return "earliest"  # "from the week of 13 January": a start the day gives
    return None
