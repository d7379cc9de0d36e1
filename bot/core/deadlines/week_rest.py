"""A day and the rest of its week (issue 12, stop 55, tuner 12c): "On Wednesday and the
balance of the week, the House will consider several bills", "Monday and the rest of the
week". The business runs from the day named to the end of that day's week (Sunday, as "the
end of the week"), and falls due then (CONVENTIONS 6.1: a schedule falls due at its end).
The weekday alone was chosen and the rest of its week dropped, with no refusal; "the rest of
the week" read alone counts from the moment of speaking, a week earlier when the day named
lies in the next one. "the rest of the week" as a subject ("on Wednesday and the rest of
the week is free") is left as read.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Final

from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.words import WEEKDAY, spelled

_DAY_AND_REST: Final = re.compile(
    rf"\b(?P<day>(?:on\s+)?{WEEKDAY})\s+and\s+(?:for\s+)?the\s+(?:rest|balance|remainder)"
    r"\s+of\s+the\s+week\b(?!\s+(?:is|are|was|were|will|has|have|remains?)\b)",
    re.IGNORECASE,
)


def reread(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The end of the week of the day named, when the chosen phrase is that day followed by
    "and the rest of the week"; else None."""
    if " of the week" not in text:
        return None  # the cheap test first
    for m in _DAY_AND_REST.finditer(text):
        if found.matched.lower() != m.group("day").lower():
            continue
        if found.cand is None or found.cand.res.due is None:
            return None
        day = found.cand.res.due.astimezone(ctx.zone).date()
        sunday = day + timedelta(days=6 - day.weekday())
        again = read_outcome(f"by {spelled(sunday)}", ctx, FLOOR_SLACK)
        if again is None or again.cand is None:
            return None
        return Outcome(again.cand, m.group(), f"{m.group()}, read whole")
    return None
