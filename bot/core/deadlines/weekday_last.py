"""'<weekday> last': the older British order for the last such day (issue 12, stop 39).

"on Monday last", "the Returns up to Saturday last", "on Monday last at 10am", "on Friday
last week": "last" put after the weekday names the one before the reference, as "Tuesday
next" names the next (joins.weekday_next). Read as a bare weekday it was next Monday, a
deadline the words never gave. The weekday is the past, and a clock time right after goes
with it (combine's `_join`).

"last" is postposed when nothing follows it, or punctuation, "week", a clock time, or a
word of a closed class (an article, a pronoun, a preposition or conjunction) that starts
what comes next; before an open-class word it is that word's adjective and the weekday is
left alone ("by Friday last thing", "on Saturday last orders are at 11").
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import PAST, Ctx, Hit

_LAST: Final = re.compile(
    r"\s+last\b(?![-'’])(?=\s*(?:$|[^\w\s]|[0-9]|(?:week|at|on|in|by|to|from|and|or|but|when"
    r"|the|a|an|i|we|you|he|she|it|they|there|this|that)\b))"
)


def mark(text: str, hits: list[Hit], ctx: Ctx) -> None:
    """Turn each "<weekday> last" into the past, its words taking the "last"."""
    if ctx.past or " last" not in text:
        return  # most texts; said-on reading already takes the latest such day
    for hit in hits:
        if hit.kind != "weekday" or hit.res is None or hit.res.past:
            continue
        if (m := _LAST.match(text, hit.end)) is not None:
            hit.note, hit.past_at, hit.res, hit.end = "past", hit.res.due, PAST, m.end()
