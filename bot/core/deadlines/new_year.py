"""A span after an opening that dates its own start at the new year (issue 12, stop 51,
tuner a): "When the new year begins, we will publish the plan within a week", "Once the
new year starts, the council will decide within two weeks", "At the start of the new year,
... within a month". The span counts from 1 January, the day the opening names, not from
the moment of speaking (it had been read from today without a word: a silent misreading).
Said in January, the new year has begun, and the span counts from the moment of speaking as
before (not from the next 1 January, a year on).

Only an opening of the sentence that holds the span, closed by a comma before it, and only
a span the reader counted from the moment of speaking. "In the new year" names a vague
window, no start, and is left alone; so is a span with a start of its own ("within a week
of the vote").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.choose import Outcome, read_from
from bot.core.deadlines.context import Ctx

# the opening, up to its comma: "When the new year begins,", "At the start of the New Year,"
_OPENING: Final = re.compile(
    r"[\s\"“‘'(]*(?:(?:when|once|as\s+soon\s+as|after)\s+the\s+new\s+year\s+"
    r"(?:begins|starts|arrives|comes|is\s+here|gets\s+under\s*way|dawns)"
    r"|(?:at|from)\s+the\s+(?:start|beginning|turn|outset)\s+of\s+the\s+new\s+year)"
    r"\s*,",
    re.IGNORECASE,
)
_CUES: Final = ("ew year", "ew Year", "EW YEAR")  # a substring test first: most texts stop here


def verdict(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """`found` (a span read from now) read again from 1 January when its sentence opens on
    the new year's beginning; None to keep it."""
    cand = found.cand
    if cand is None or cand.kind != "span" or not any(cue in text for cue in _CUES):
        return None
    begin = clauses.sentence_start(text, cand.start, clauses.REACH)
    m = _OPENING.match(text, begin, cand.start)
    if m is None:
        return None
    if ctx.today.month == 1:
        return None  # said in January, the new year has begun: the span counts from now
    first = date(ctx.today.year + 1, 1, 1)
    again = read_from(text, m.start(), m.end(), ctx, first)
    if again is None:
        return None
    return replace(again, reason="it counts from the new year the sentence opens on")
