"""Which of several clock times a day takes (issue 12, round 12).

A sentence that names one day and lists times for it ("on May 11 ... from 1 p.m. to 3
p.m., and from 6 p.m. to 8 p.m.", "the launch times Friday are 6:41 p.m., 6:51 p.m. and
7:01 p.m.") is a schedule for that day, and a schedule falls due at its end: the latest
time counts. A time after a deadline word ("by 11 a.m.") is the deadline whatever else the
day holds; a time the sentence denies ("not at 3 p.m.") was dropped before (gate).
"""

from __future__ import annotations

from datetime import time

from bot.core.deadlines import clauses
from bot.core.deadlines.context import _Candidate, _Ctx


def latest(text: str, times: list[_Candidate], ctx: _Ctx) -> _Candidate:
    """The time of the day's schedule that counts; `times` is never empty."""
    if len(times) == 1:
        return times[0]  # most texts: one day, one time
    marked = [c for c in times if clauses.deadline_word(c.pre)]
    if len(marked) == 1:
        return marked[0]
    return max(times, key=lambda c: _local_time(c, ctx))  # denied times never reach here


def _local_time(cand: _Candidate, ctx: _Ctx) -> time:
    due = cand.res.due
    return due.astimezone(ctx.zone).time() if due is not None else time.min
