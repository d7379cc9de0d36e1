"""A clock time set for the business a day owns (issue 12, stop 61): "In relation to
Wednesday's business, it is proposed that the Dáil shall sit at 9.30 a.m.", said on the
Tuesday. The day owns the business the sentence sets, and the clock time is that day's
(CONVENTIONS 6.3: a time of a sitting belongs to its day). The day and the clock time had been
read as the two ends of a range, the later counted, so the day's end was given with no
warning, the hour dropped; "On Wednesday, ... at 9.30 a.m." was already joined.

Only a weekday or day word right before "'s business" (or "'s sitting"), chosen as the
deadline: the rest of its sentence is read headed by the day ("On Wednesday, it is proposed
that ..."), and that reading is kept when it joins the day with a clock time of the
sentence on the chosen day.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.words import phrase_at

_OWNER: Final = re.compile(r"['\u2019]s\s+(?:business|sitting)\b", re.IGNORECASE)
# the sentence's end: not the stop of "a.m." before a lowercase word
_STOP: Final = re.compile(r";|[.?!](?=\s+[A-Z\u201c\"]|\s*$)")
_OWNERS: Final = frozenset({"weekday", "dayword"})


def reread(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The chosen day joined with the clock time its business is set at; None to keep it."""
    cand = found.cand
    if cand is None or cand.res.due is None or cand.kind not in _OWNERS or "s" not in text:
        return None
    at = phrase_at(text, found.matched, cand.start)
    if at < 0 or (owner := _OWNER.match(text, at + len(found.matched))) is None:
        return None
    stop = _STOP.search(text, owner.end())
    rest = text[owner.end() : stop.start() + 1 if stop is not None else len(text)]
    # read as the sentence headed by its day ("On Wednesday, it is proposed that ..."), which
    # joins the day with the clock time that counts
    again = read_outcome(f"On {found.matched}, {rest.lstrip(' ,')}", ctx, FLOOR_SLACK)
    if again is None or again.cand is None or again.cand.res.due is None:
        return None
    if again.cand.res.precision not in ("minute", "hour") or " … " not in again.matched:
        return None
    clock = again.matched.rsplit(" … ", 1)[1]
    day = cand.res.due.astimezone(ctx.zone).date()
    if again.cand.res.due.astimezone(ctx.zone).date() != day or clock not in rest:
        return None
    reason = f"the time “{clock}” is set for the business of “{found.matched}”"
    return Outcome(again.cand, f"{found.matched} … {clock}", reason)
