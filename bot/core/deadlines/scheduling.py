"""A day that was scheduled is still ahead (issue 12, round 18): minutes tell the act of
scheduling in the past ("Members agreed to schedule the motion for Tuesday 27 September",
"two further statements had been scheduled for Monday 26 September"), but the day scheduled
is the one the calendar gives. The past tense belongs to the act of putting the item in the
programme, not to the item.

Read by past_reading.py for a phrase it would otherwise call past. Two shapes:
- the decision to schedule ("agreed to schedule", "decided to timetable", "scheduling"),
  the scheduled item its object, the time after it: any day ahead counts, a bare weekday
  too ("agreed to schedule the motion for Tuesday");
- the participle ("was scheduled for", "was timetabled for"): only a named date ahead
  counts, since "the meeting was scheduled for Tuesday" said on a Wednesday is as likely the
  Tuesday gone; after "had (been)" only when the pluperfect is reported speech told back
  ("Members noted that ... had been scheduled for"), as "The vote had been scheduled for 9
  December" alone is a plan as it was (told.past_expectation).
A year-less date over half a year ahead is the one gone (past_reading's rule stands), and a
scheduling denied ("No business had been scheduled for ...") stays as it was.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.clauses import REACH
from bot.core.deadlines.context import DATED, NAMED_YEAR, Ctx, Hit, Res, holds

# the scheduling verb, its object if any (no new clause: no comma, no finite verb), then the
# "for"/"on" that introduces the time; a plan's own verb after the participle ("scheduled to
# close on May 30") is no scheduling of a day, left to the past checks
_OBJECT: Final = r"(?:(?!\b(?:was|were|is|are|has|have|had|and|but|which|who|that)\b)[^,.;:!?()])"
_SCHEDULED: Final = re.compile(
    r"\b(?:(?P<decided>(?:re)?schedul(?:e|es|ing)|timetabl(?:e|es|ing))\b" + _OBJECT + r"{0,100}?"
    r"|(?:(?:re)?scheduled|timetabled|set\s+down|pencilled\s+in)\s+(?!to\b)"
    + _OBJECT
    + r"{0,100}?)"
    r"\b(?:for|on)\s*$"
)
_DENIED: Final = re.compile(r"\b(?:no|not|nothing|never)\b|n't\b")
_CUES: Final = ("sched", "timetabl", "set down", "pencilled")
# "Members noted that ... had been scheduled for": the pluperfect of reported speech, a
# present perfect told back ("has been scheduled"), not a plan given up
_REPORTED: Final = re.compile(
    r"\b(?:noted|reported|advised|informed|told|confirmed|indicated|explained|stated|said"
    r"|announced|heard)\b[^.;!?]*?\bthat\b[^.;!?]*$"
)
_REACH: Final = 160  # the scheduling verb and its object lie within this many characters


def set_ahead(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """Whether the phrase is the time an item was scheduled for, and it lies ahead."""
    if res.day is None or res.day < ctx.today or not any(holds(text, w) for w in _CUES):
        return False
    base = max(0, hit.start - _REACH)
    before = text[base : hit.start] + hit.pre
    m = _SCHEDULED.search(before)
    if m is None or _DENIED.search(text, max(0, base + m.start() - 60), base + m.start()):
        return False
    if before[max(0, m.start() - 10) : m.start()].endswith(("had been ", "had ")) and not (
        _REPORTED.search(text, max(0, base + m.start() - REACH), base + m.start())
    ):
        return False  # "The vote had been scheduled for 9 December": a plan as it was
    dated = hit.kind in DATED
    yearless = dated and NAMED_YEAR.search(hit.core) is None
    if yearless and (res.day - ctx.today).days > 182:
        return False  # a year-less date over half a year ahead: the one gone
    return dated or m.group("decided") is not None
