"""A date that splits what comes before it from what comes on or after it (issue 12, stop 59):
"All applications started before 31 January, but submitted on or after this date, will be
subject to the new fees", "submitted before 31 January ... and then resubmitted on or after 31
January". The two halves name a change that takes effect on the date (CONVENTIONS 3.1a), not a
deadline the day before it (3.5, "before <date>" read alone). "before 31 January" had been
chosen and fell due on the 30th with no warning.

Only a chosen "before <date>" whose sentence goes on to "on or after" the same words, or "this
date", "that date", "the same date" (or "day"); any other date after "on or after" is no
cut-over at the first. The date's day is the day after the one "before" gave.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.choose import Outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.words import phrase_at

_BEFORE: Final = re.compile(r"before\s+(?P<date>.+)", re.I | re.S)
_SAME: Final = r"(?:this|that|the\s+same)\s+(?:date|day)\b"


def reread(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """`found` moved to its date when "on or after" that date answers it; None to keep it."""
    cand = found.cand
    if cand is None or cand.res.due is None or "or after" not in text:
        return None
    m = _BEFORE.fullmatch(found.matched)
    if m is None:
        return None
    at = phrase_at(text, found.matched, cand.start)
    if at < 0:
        return None
    rest = clauses.sentence_after(text, at + len(found.matched))  # not cut at "e.g."
    answer = re.compile(
        r"\bon\s+or\s+after\s+(?:" + _SAME + "|" + re.escape(m["date"]) + r"\b)", re.I
    )
    if answer.search(rest) is None:
        return None
    local = cand.res.due.astimezone(ctx.zone)
    due = (local.replace(tzinfo=None) + timedelta(days=1)).replace(tzinfo=ctx.zone)
    res = replace(cand.res, due=due, earliest=None, day=due.date())
    reason = f"“{found.matched}” and “on or after” it: a change on that date"
    return replace(found, cand=replace(cand, res=res), reason=reason)
