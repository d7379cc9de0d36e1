"""An event of a stated number of days from its first day (issue 12, stop 60): "a three-day
U.S.-Africa summit to begin August 4", "the two-day conference, which opens on 9 May". The
date is the event's first day; it falls due at the end of its last (CONVENTIONS 1.1: a window
of a stated length from a given start is due at its end), the first day counted in, so a
three-day summit from 4 August ends on 6 August. The first day had been chosen alone (the
"three-day" before the noun naming a thing, not a span from now), the rest of the event
dropped with no warning (fresh172).

Only a count of days or weeks hyphenated before a noun of up to five words, then a verb of
beginning ("to begin", "begins", "starting", "which opens") and the chosen day right after
it, with no clock time of its own. A period or window ("a 60-day comment period starting Jan.
4") is left to cues.py, which counts it on from its start.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from bot.core.deadlines.choose import Outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.vocabulary import SMALL_WORDS, count_of
from bot.core.deadlines.words import words_before_phrase

_BEGIN: Final = r"(?:begin|start|open|commence)"
_DAYS_LONG: Final = re.compile(
    rf"\b(?:a|an|the|its|their|his|her)\s+(?P<n>[0-9]{{1,2}}|{SMALL_WORDS})-(?P<unit>day|week)"
    r"(?:\s+(?!period\b|window\b|consultation\b|(?:to|will|which|that)\b)[\w.'\u2019-]+){1,5}"
    rf"\s*,?\s+(?:(?:is\s+)?to\s+{_BEGIN}|(?:which|that|will)\s+{_BEGIN}s?|{_BEGIN}s"
    r"|beginning|starting|opening|commencing)(?:\s+on)?\s+$",
    re.I,
)


def reread(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """`found`, the event's first day, moved on to its last; None to keep it."""
    cand = found.cand
    if cand is None or cand.res.due is None or cand.res.tod is not None or "-" not in text:
        return None
    if cand.res.vague or cand.res.precision != "day":
        return None
    m = words_before_phrase(text, found.matched, cand.start, _DAYS_LONG, 120)
    if m is None:
        return None
    n = count_of(m["n"])
    days = n * (7 if m["unit"].lower() == "week" else 1) - 1
    if days <= 0:
        return None  # "a one-day meeting on 4 August": that day
    first = cand.res.due.astimezone(ctx.zone).date()
    last = first + timedelta(days=days)
    res = replace(cand.res, due=ctx.end_of(last), day=None, earliest=None)
    reason = f"the last day of the {m['n']}-{m['unit'].lower()} event beginning “{found.matched}”"
    return replace(found, cand=replace(cand, res=res), reason=reason)
