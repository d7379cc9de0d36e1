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
from bisect import bisect_left, bisect_right
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
# how each begins, up to the words' free gap: with the period's end it fixes where the gap
# starts, so a day further than the gap after that is no guess within the period (a long text
# of many periods and days pairs each day only with the periods just before it; issue 12)
_HEDGE_OPENS: Final = re.compile(r"\s*,?\s*(?:possibly|perhaps|probably|maybe)", re.IGNORECASE)
_FIRST_OPENS: Final = re.compile(r"\s*,?\s*(?:starting|beginning|commencing)\s+with", re.IGNORECASE)
_GAP: Final = 60  # the longer of the two free gaps above


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
    opened = _opened(text, periods, hedged, first)
    if not opened:
        return cands
    gaps = [gap for gap, _, _ in opened]
    out = []
    for cand in cands:
        due = cand.res.due
        words = cand.start + len(cand.pre)
        near = opened[bisect_left(gaps, words - _GAP) : bisect_right(gaps, words)]
        guessed = due is not None and any(
            period.end <= cand.start
            and period.res.due is not None
            and due <= period.res.due
            and pattern.fullmatch(text, period.end, words)
            for _, period, pattern in near
        )
        if not guessed:
            out.append(cand)
    return out


def _opened(
    text: str, periods: list[Candidate], hedged: bool, first: bool
) -> list[tuple[int, Candidate, re.Pattern[str]]]:
    """The periods a hedge or a series' first follows, each with where the words' free gap
    starts and the pattern to match, in the order of those starts."""
    opened = []
    for period in periods:
        if hedged and (lead := _HEDGE_OPENS.match(text, period.end)) is not None:
            opened.append((lead.end(), period, _HEDGE))
        elif first and (lead := _FIRST_OPENS.match(text, period.end)) is not None:
            opened.append((lead.end(), period, _FIRST))
    opened.sort(key=lambda entry: entry[0])
    return opened
