"""Days guessed within a period just named (issue 12, stop 57): "the Dáil will be told
during the week, possibly to-morrow or Thursday".

The period is what is undertaken; the days after "possibly", "perhaps", "probably" or
"maybe" are guesses inside it, alternatives of which the later, the period's end, counts
(CONVENTIONS 6.2). Read as a day, the guess beat the week as the more definite time, a wrong
date with no warning. A day after the period's end is no guess within it and stays.

Stop 61: the first day of a series run within the period is no deadline either: "bookings
open over several days this week, starting with Heaphy and Milford tracks today" falls due
when the week ends, not today. The day after "starting with" or "beginning with" (and the
item that starts) is where the series begins inside the period; read as a day, it beat the
week as the more definite time, a wrong date with no warning.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Candidate

# between the period and the guessed day: a comma, the hedge, and at most a few words of
# other guesses ("possibly to-morrow or ")
_HEDGE: Final = re.compile(
    r"\s*,?\s*(?:possibly|perhaps|probably|maybe)\b[^.;:!?()]{0,40}", re.IGNORECASE
)
# ... or the first of a series: ", starting with Heaphy and Milford tracks "
_FIRST: Final = re.compile(
    r"\s*,?\s*(?:starting|beginning|commencing)\s+with\b[^.;:!?()]{0,60}", re.IGNORECASE
)
_PERIODS: Final = frozenset({"week", "month"})


def drop_guesses(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` without the days guessed within a week or month named just before them, or
    named as where a series within it starts."""
    periods = [
        c
        for c in cands
        if c.kind == "period" and c.res.precision in _PERIODS and c.res.due is not None
    ]
    if not periods or len(cands) < 2:
        return cands
    hedged = "ly" in text or "maybe" in text
    first = " with " in text
    if not (hedged or first):
        return cands
    out = []
    for cand in cands:
        due = cand.res.due
        guessed = due is not None and any(
            period.end <= cand.start
            and period.res.due is not None
            and due <= period.res.due
            and (
                (hedged and _HEDGE.fullmatch(text, period.end, cand.start + len(cand.pre)))
                or (first and _FIRST.fullmatch(text, period.end, cand.start + len(cand.pre)))
            )
            for period in periods
        )
        if not guessed:
            out.append(cand)
    return out
