"""A time of an act a body agreed or undertook to do, told in the past (stop 57, lead's
re-read): "The board agreed to publish the plan by 31 January", "Ministers met on 1
December and agreed to report by 31 January", "The council decided last week to close the
road from 4 January" (said in December). The commitment is past; the act it commits to is
ahead, and its time is the pledge's deadline, as the issue defines a pledge ("an identifiable
actor ... committed ... to a future action"). The past readings of the sentence (a past
verb, "last week") were refusing the whole sentence as about the past.

Only when the verb of commitment governs the phrase through its infinitive, with no other
finite verb between ("agreed to publish the plan by ..."; not "agreed to a plan that ended
on ..."), and the time lies ahead; a year-less date counts ahead only within half a year
(its next occurrence), as scheduling.set_ahead reads one: "agreed to finish it by 30 June"
said in December is the June gone. A commitment reported as given up ("had agreed") is left
to the past readings, and so is a weekday or a day word ("The unions agreed to call off the
strike on Monday" may tell when they did it), unless its own words put it ahead of the moment
of speaking ("tomorrow", "next week", "next Friday", "this coming Monday": no past act can
fall then) or the act agreed is done "again" ("We agreed to meet again on Friday": the
meeting of that day is the one to come). Those were refused as past (stop 58).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import DATED, DAYS, NAMED_YEAR, Ctx, Hit, Res, holds
from bot.core.deadlines.words import WEEKDAY

_CUES: Final = (
    "agreed", "decided", "pledged", "promised", "undertook", "committed", "vowed", "resolved",
)  # fmt: skip
_REACH: Final = 160
# the verb of commitment and its infinitive, then words up to the phrase with no finite verb
# of their own (no auxiliary, no other past form that would end the infinitive's clause)
_COMMITTED: Final = re.compile(
    r"(?<!\bhad\s)\b(?:agreed|decided|pledged|promised|undertook|committed\s+(?:itself|themselves"
    r"|himself|herself)|vowed|resolved)\s+(?:last\s+\w+\s+|on\s+(?:\w+\s+){1,3}|yesterday\s+)?to\s+"
    r"(?!(?:a|an|the|this|that|these|those|its|their|his|her)\b)[a-z]+\b"
    r"(?:(?![.;:!?]|\b(?:is|are|was|were|has|have|had|will|would|which|that|who|but)\b)[^.;:!?])*$"
)


# a time ahead by its own words, or an act done again: see the module
_AHEAD_WORDS: Final = re.compile(r"\b(?:tomorrow|next|coming)\b")
_AGAIN: Final = re.compile(r"\bagain\b")
# the day right before a clock time: "on Friday at ", "tomorrow at ", "next Monday, at "
_DAY_BEFORE_CLOCK: Final = re.compile(
    r"(?:\b(?:on\s+)?(?:(?:next|this|coming)\s+)?(?P<wd>" + WEEKDAY + r")(?:\s+next)?"
    r"|\btomorrow)\s*,?\s*(?:at\s+)?$"
)


def committed_ahead(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """Whether the phrase is the time of an act a past verb of commitment governs, and it
    lies ahead (see the module)."""
    if hit.kind not in DATED:
        return _day_ahead(text, hit, res, ctx)
    if res.day is None or res.day < ctx.today:
        return False
    if not any(holds(text, w) for w in _CUES):
        return False
    before = text[max(0, hit.start - _REACH) : hit.start] + hit.pre
    if _COMMITTED.search(before.lower()) is None:
        return False
    if NAMED_YEAR.search(hit.core) is None:
        return (res.day - ctx.today).days <= 182  # a year-less date: its nearer occurrence
    return True


def _day_ahead(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """A time with no date of its own under a commitment's infinitive, ahead by its words
    ("agreed to meet again next week") or a weekday of an act done again ("agreed to meet
    again on Friday"), and the clock time of such a day ("... on Friday at 2 p.m."); not
    "agreed to call off the strike on Monday" (see the module)."""
    own = hit.pre + " " + hit.core
    weekday = hit.kind == "weekday"
    if hit.kind in ("time", "clock") and res.tod is not None:
        day = _DAY_BEFORE_CLOCK.search(text.lower(), max(0, hit.start - 40), hit.start)
        if day is None:
            return False
        own, weekday = day.group(), day["wd"] is not None
    elif res.due is None or res.due <= ctx.reference:
        return False
    if _AHEAD_WORDS.search(own.lower()) is None and not (hit.kind in DAYS or weekday):
        return False
    if not any(holds(text, w) for w in _CUES):
        return False
    before = (text[max(0, hit.start - _REACH) : hit.start] + hit.pre).lower()
    found = _COMMITTED.search(before)
    if found is None:
        return False
    return _AHEAD_WORDS.search(own.lower()) is not None or (
        weekday and _AGAIN.search(before, found.start()) is not None
    )
