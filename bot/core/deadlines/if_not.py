"""A day with the following week as its fallback (issue 12, stop 58): "I hope it will be the
18th but, if not, then the following week", "on Friday or the week after". Of alternatives
the later counts (CONVENTIONS 6.2): the Monday-to-Sunday week after the day's, due on its
Sunday. "the following week" had been read as seven days from the moment of speaking and
the day chosen over it, so the fallback was dropped with no warning.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from bot.core.deadlines.choose import Outcome
from bot.core.deadlines.context import DATED, DAYS, Ctx
from bot.core.deadlines.words import phrase_at

_FALLBACK: Final = re.compile(
    r"\s*,?\s+(?:but\s*,?\s*)?(?:if\s+not\s*,?\s*(?:then\s+)?|or\s+(?:else\s+)?(?:in\s+)?)"
    r"the\s+(?:following\s+week|week\s+after)\b",
    re.I,
)


def reread(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The week after the chosen day, when the sentence gives it as the fallback; None to
    keep `found`."""
    cand = found.cand
    if cand is None or cand.res.due is None or "week" not in text:
        return None
    if cand.kind not in DAYS and cand.kind not in DATED:
        return None
    at = phrase_at(text, found.matched, cand.start)
    if at < 0 or (m := _FALLBACK.match(text, at + len(found.matched))) is None:
        return None
    day = cand.res.due.astimezone(ctx.zone).date()
    due = ctx.end_of(day + timedelta(days=13 - day.weekday()))
    res = replace(cand.res, due=due, earliest=None, day=None, tod=None, precision="day")
    reason = f"chosen over “{found.matched}”: of alternatives the later counts"
    return replace(found, cand=replace(cand, res=res), matched=text[at : m.end()], reason=reason)
