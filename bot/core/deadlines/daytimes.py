"""Which of several clock times a day takes (issue 12, round 12).

A sentence that names one day and lists times for it ("on May 11 ... from 1 p.m. to 3
p.m., and from 6 p.m. to 8 p.m.", "the launch times Friday are 6:41 p.m., 6:51 p.m. and
7:01 p.m.") is a schedule for that day, and a schedule falls due at its end: the latest
time counts. A time after a deadline word ("by 11 a.m.") is the deadline whatever else the
day holds; a time the sentence denies ("not at 3 p.m.") was dropped before (gate).

Round 20: times with no day at all ("NASA TV coverage will begin at 6:30 a.m. ET, with the
spacewalk scheduled to begin at 8:10 a.m.") are one day's schedule too, the day of their
next occurrence: the lead-in and the event it leads to fall due at the event, the latest
time of the day, as the sets label the same shape with a day named (fresh6, kinds10,
fresh23: "Coverage of the spacewalk will begin at 6:30 a.m. EDT Aug. 19, ... with the
spacewalk scheduled to begin at 8:05 a.m." is due at 8:05).

Round 21: an hour with no a.m./p.m. and no day ("adjourn during pleasure until eight
o'clock", "until ten minutes past eight", "will be taken at 9 o'clock") is whichever of
its two readings comes first after the moment of speaking: said at 7.25 p.m., 8 p.m. that
evening; said at 10 a.m., "9 o'clock" is 9 p.m. and "11 o'clock" 11 a.m. The sets label
bare hours so (fresh7, kinds10, kinds13, fresh21, fresh27). On a named day the fixed
reading stays (readers._bare: 1 to 7 the afternoon), as the sets label it ("Until about 7
o'clock" on a Tuesday of business is 7 p.m.).

Stop 61: the next occurrence is the first one after the moment of speaking (CONVENTIONS
6.3), not the moment itself: said at 10:00, "This meeting will begin at 10:00 a.m." is
tomorrow's 10:00 (it had fallen due as it was said).
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Final

from bot.core.deadlines import clauses, daily_hours
from bot.core.deadlines.context import Candidate, Ctx, TimeOfDay


def latest(text: str, times: list[Candidate], ctx: Ctx) -> Candidate:
    """The time of the day's schedule that counts; `times` is never empty."""
    if len(times) == 1:
        return times[0]  # most texts: one day, one time
    marked = [c for c in times if clauses.deadline_word(c.pre)]
    if len(marked) == 1:
        return marked[0]
    return max(times, key=lambda c: _local_time(c, ctx))  # denied times never reach here


def _local_time(cand: Candidate, ctx: Ctx) -> time:
    due = cand.res.due
    return due.astimezone(ctx.zone).time() if due is not None else time.min


def keep_latest(cands: list[Candidate], times: list[Candidate], ctx: Ctx) -> list[Candidate]:
    """Of several clock times with no day (`times`, all of `cands` that count), the one of
    the schedule that counts; the others leave the choice. Ordered by time of day, not by
    next occurrence: said at 7:00, "at 6:30 a.m., ... at 8:10 a.m." is today's 8:10. A time
    after a deadline word ("no later than 4.15 p.m.", "until 5 p.m.") leaves the choice to
    the rules of deadlines and orders of business (choose.py, schedules.py)."""
    if any(clauses.deadline_word(c.pre) for c in times):
        return cands
    keep = max(times, key=lambda c: _local_time(c, ctx))
    return [c for c in cands if c is keep or all(c is not t for t in times)]


def next_time(tod: TimeOfDay, ctx: Ctx) -> datetime:
    """The next occurrence of a clock time with no day; of both readings of a bare hour."""
    due = _next_at(tod.when, ctx)
    if tod.either:
        other = _next_at(
            time(tod.when.hour % 12 + (0 if tod.when.hour >= 12 else 12), tod.when.minute), ctx
        )
        return min(due, other)
    return due


def _next_at(when: time, ctx: Ctx) -> datetime:
    """The first `when` after the moment of speaking (that moment itself is no later time)."""
    due = ctx.at(ctx.today, when)
    if due <= ctx.local:
        due = ctx.at(ctx.today + timedelta(days=1), when)
    return due


def kept_daily(text: str, start: int) -> bool:
    """The clock time or range at `start` is hours kept every day (daily_hours.py)."""
    return daily_hours.kept_daily(text, start)


# a clock time's marks: digits, "noon", "midnight", "o'clock", "a.m."/"p.m.", "half past"
_CLOCKED: Final = re.compile(
    r"[0-9]|\b(?:noon|midday|midnight|o'?\s?clock|[ap]\.?\s?m\b|past|half|quarter)"
)


def no_clock(words: str) -> bool:
    """Whether `words` (lower-cased) hold no clock time: a day whose part of the day
    ("early Sunday morning", "on Friday evening") gave it an hour, a window of the day and
    not a time on it (choose._timed_same_day)."""
    return _CLOCKED.search(words) is None
