"""A day's sessions (issue 12, round 27e): one day, then the clock times of its parts.

"DATE & TIME: Monday, June 28, 2010, 10 a.m.--12 p.m. CDT (Morning Session), 1-4 p.m. CDT
(Afternoon Session)": the notice gives one day and the hours of each of its sittings. The
day's business is over when its last sitting ends, so it falls due at the latest of those
times on that day (CONVENTIONS 6.1), not at the end of the first range read with the date.

A part of the day told before its date ("available Friday afternoon, May 17", "on the
afternoon of Friday 4 December") is that part of that date; the date read alone would fall
due at its end, after the afternoon has passed.

Two things stood in the way. "Morning" and "afternoon" before "session" or "sitting" name
a sitting, not a part of the day that ends at noon or 18:00: they are dropped here. And a
date already joined with the first clock time is no longer a bare day that combine.py's
loose join gives a time to: the lone times after it are put on its day here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.context import DATED, Candidate

# "(Morning Session)", "the afternoon sitting", "evening sessions"
_SESSION_AFTER: Final = re.compile(r"[\s-]*(?:session|sitting)s?\b")
# "Morning", "during the morning" ("During the morning session, the committee will ...")
_PART_NAME: Final = re.compile(
    r"(?:(?:during|in|at|for)\s+)?(?:the\s+)?(?:morning|afternoon|evening)"
)
_LONE: Final = frozenset({"time", "clock"})
_REACH: Final = 90  # characters from the day to its last sitting: one line of a notice


def settle(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with session names dropped, a part of the day put on the date that
    follows it, and a timed day's later sittings put on it; `text` is lowered. Most texts
    have no lone time after a date and leave at once."""
    if ("session" in text or "sitting" in text) and cands:
        cands = [c for c in cands if not _names_session(text, c)]
    if len(cands) < 2:
        return cands
    if "noon" in text or "ning" in text:  # "afternoon", "morning", "evening"
        cands = _part_of_date(text, cands)
    if all(c.kind not in _LONE for c in cands):
        return cands
    return _later_sittings(text, cands)


def _names_session(text: str, cand: Candidate) -> bool:
    return (
        cand.kind in _LONE
        and _PART_NAME.fullmatch(text[cand.start : cand.end].strip()) is not None
        and _SESSION_AFTER.match(text, cand.end) is not None
    )


def _later_sittings(text: str, cands: list[Candidate]) -> list[Candidate]:
    usable = [c for c in cands if not (c.res.skip or c.res.past or c.res.invalid)]
    days = [c for c in usable if c.kind in DATED]
    if len(days) != 1 or days[0].res.precision not in ("hour", "minute"):
        return cands  # a bare day is the loose join's (combine.py); a timed day is ours
    day = days[0]
    times = [c for c in usable if c is not day]
    if (
        day.res.due is None
        or not times
        or any(c.kind not in _LONE or c.start < day.end or c.res.due is None for c in times)
        or any(clauses.deadline_word(c.pre) for c in (day, *times))  # "Apply by 3 p.m. on"
        # "...; the office closes at 5 p.m.", "at 10:00. The portal reopens at 16:00"
        or not clauses.same_sentence(text, day.end, times[-1].start)
        or times[-1].end - day.end > _REACH
    ):
        return cands
    best, best_due = day, day.res.due
    for cand in times:
        due = cand.res.due
        assert due is not None
        moved = due + timedelta(days=(day.res.due.astimezone(due.tzinfo).date() - due.date()).days)
        if moved > best_due:
            best, best_due = cand, moved
    if best is day:
        return cands
    res = replace(day.res, due=best_due, precision=best.res.precision, earliest=None)
    joined = Candidate(day.start, best.end, res, day.kind, day.pre)
    return [c for c in cands if c is not day and all(c is not t for t in times)] + [joined]


# "Friday afternoon, May 17", "on the afternoon of Friday 4 December": the part of the day
# is the date's; the date alone would fall due at its end, after the part has passed; so is
# a range's end ("through the afternoon of September 16", stop 56)
_PART_WORDS: Final = re.compile(
    r"(?:(?:on\s+|in\s+|through\s+|until\s+|till\s+)?the\s+|[a-z]+day\s+)?"
    r"(?:morning|afternoon|evening)\s*$"
)
_PART_TO_DATE: Final = re.compile(r"\s*,\s*|\s+of\s+")


def _part_of_date(text: str, cands: list[Candidate]) -> list[Candidate]:
    for i, (part, day) in enumerate(zip(cands, cands[1:], strict=False)):
        if (
            day.kind not in DATED
            or day.res.day is None
            or part.res.due is None
            or part.res.precision != "hour"
            or _PART_WORDS.fullmatch(text, part.start, part.end) is None
            or _PART_TO_DATE.fullmatch(text, part.end, day.start) is None
        ):
            continue
        local = part.res.due.astimezone(day.res.due.tzinfo if day.res.due else None)
        if part.kind == "weekday" and local.weekday() != day.res.day.weekday():
            continue  # "Friday afternoon, 5 December" (a Saturday); the date says which Friday
        shift = timedelta(days=(day.res.day - local.date()).days)
        earliest = part.res.earliest + shift if part.res.earliest is not None else None
        res = replace(day.res, due=part.res.due + shift, precision="hour", earliest=earliest)
        joined = Candidate(part.start, day.end, res, day.kind, part.pre)
        # and each part of a date after it ("the morning of September 15 and the morning of
        # September 17": the second date was read alone, at its end, stop 56)
        return [*cands[:i], joined, *_part_of_date(text, cands[i + 2 :])]
    return cands
