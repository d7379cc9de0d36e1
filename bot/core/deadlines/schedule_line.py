"""A line of a day's schedule told in the present (issue 12, round 26b): "Rumsfeld delivers
remarks to ... at 9:30 a.m. EST in the Kenney Auditorium", "Secretary Gates conducts a brief
media availability with ... at 9 a.m. EDT". A schedule of the day is published that day,
often stamped later than its first events: the present tense names that day, so a bare
clock time that has just gone by is today's, not tomorrow's as a bare "by 5pm" would be.

Only the one clock time of the text, when it heads no day of its own, the sentence opens
with a name (capitalised words) and its verb is a present form ending in -s ("delivers",
"conducts", "hosts") but no verb of a limit ("Voting closes at 9 a.m." is the next 9
a.m.), with no future or plan ("will", "is to") and no deadline word ("by") before the
time, and the time gone by less than `_GONE_BY` before the moment of reading.
The start of an event held that day (labels.held_start: "In a debate starting at 8:45, MEPs
will give their input", "Parliament will hold urgent debates, from around 10:00"), in any
tense, is a day's programme too: gone by less than `_EVENT_GONE_BY`, it is today's.
Everything else keeps the next occurrence. Cheap: a test of the candidates' count and kind
before any pattern runs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.context import Candidate, Ctx
from bot.core.deadlines.labels import held_start

_A_DAY: Final = timedelta(days=1)
_GONE_BY: Final = timedelta(hours=12)
# a day's programme read a little after its first item: the start of a debate or a meeting
# held that day ("In a debate starting at 8:45, MEPs will ...") gone by this long is today's
_EVENT_GONE_BY: Final = timedelta(hours=2)
# a name opening the line, then its present verb: "Secretary Gates conducts", "The President
# receives", "Rumsfeld delivers" (not "is", "has", "was", "does", nor a verb of a limit:
# "Voting closes at 9 a.m." is tomorrow's when 9 a.m. has gone); "The" alone is no name
# ("The polls close at 9am": "polls" is a noun, not the verb of a name); nor a verb of a
# state kept ("Liftoff remains on schedule for 10:44 p.m.": a plan still ahead, stop 66)
_LINE: Final = re.compile(
    r"\s*(?:The\s+)?(?!The\b)(?:[A-Z][\w.'’-]*\s+){1,4}(?!(?:is|was|has|does|says|closes|expires"
    r"|opens|reopens|starts|begins|finishes|resumes|remains|stays|continues)\b)[a-z]{3,}[^su\W]s\b"
)
# a future, a plan or its timetable before the time ("is on schedule for", "slated for")
_AHEAD: Final = re.compile(
    r"\b(?:will|shall|(?:is|are|plans?|expects?|going|hopes?|aims?)\s+to|tomorrow|tonight"
    r"|(?:on\s+(?:schedule|track|course)|scheduled|slated|planned|targeted)\s+for)\b",
    re.I,
)


def today_line(text: str, cands: list[Candidate], ctx: Ctx) -> list[Candidate]:
    """The one bare clock time of a present schedule line, read for the next day though it
    went by a little while ago, moved back to the day of the line."""
    if len(cands) != 1 or cands[0].kind not in ("time", "clock"):
        return cands  # most texts: not one clock time alone
    cand = cands[0]
    due = cand.res.due
    if due is None or cand.res.precision == "day" or ctx.past or clauses.deadline_word(cand.pre):
        return cands  # "submits the report by 9 a.m.": a limit, not the line's event
    back = due - _A_DAY
    if not (ctx.reference - _GONE_BY <= back < ctx.reference):
        return cands  # not rolled over to tomorrow, or gone long ago
    if back >= ctx.reference - _EVENT_GONE_BY and held_start(
        text.lower(), cand.start, cand.end, cand.pre.lower()
    ):
        return [replace(cand, res=replace(cand.res, due=back))]  # "a debate starting at 8:45"
    line = _LINE.match(text)
    if line is None or _AHEAD.search(text, line.end(), cand.start) is not None:
        return cands
    return [replace(cand, res=replace(cand.res, due=back))]
