"""A span told as a margin is no time ahead (issue 12, round D).

"A couple of hours one way or the other do not matter a hoot", "a day either way makes no
difference", "the figure is 40 minutes, give or take ten minutes": a span followed by words
of tolerance ("either way", "one way or the other", "give or take", "plus or minus", "either
side") measures how far something may stray from a time, not a time from now. Read as a
span from the moment of speaking it was a deadline a couple of hours ahead (fresh67). Only
a span with no word in front and the margin right after it count: "we will decide within
two weeks one way or the other" gives a time ("within") and says the decision may go
either way, and "a week or so" is an approximate span, still a time ahead.

Read by labels.first_look for spans.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Hit

_MARGIN: Final = re.compile(
    r"\s+(?:either\s+(?:way|side)|one\s+way\s+or\s+(?:the\s+other|another)"
    r"|give\s+or\s+take|plus\s+or\s+minus)\b",
    re.IGNORECASE,
)


def margin(text: str, hit: Hit) -> bool:
    """Whether the span of `hit` is a margin of tolerance (see the module docstring)."""
    return not hit.pre.strip() and _MARGIN.match(text, hit.end) is not None
