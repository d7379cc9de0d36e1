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
strike on Monday" may tell when they did it).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import DATED, NAMED_YEAR, Ctx, Hit, Res, holds

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


def committed_ahead(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """Whether the phrase is the time of an act a past verb of commitment governs, and it
    lies ahead (see the module)."""
    if hit.kind not in DATED or res.day is None or res.day < ctx.today:
        return False  # a date only: "agreed to call off the strike on Monday" may be past
    if not any(holds(text, w) for w in _CUES):
        return False
    before = text[max(0, hit.start - _REACH) : hit.start] + hit.pre
    if _COMMITTED.search(before.lower()) is None:
        return False
    if NAMED_YEAR.search(hit.core) is None:
        return (res.day - ctx.today).days <= 182  # a year-less date: its nearer occurrence
    return True
