"""Floor time handed out in a sitting is no deadline (issue 12, round 25a; CONVENTIONS 1.3):
"There will be up to 8 hours for debate equally divided ...", "The Republicans will
control the first 30 minutes and the Majority will control the next 30 minutes", "Senator
X will be recognized for up to 20 minutes". The minutes and hours count from when the
debate or the speech begins, which the words do not date, so they are read like a limit
that runs from an undated event ("event"), never from the moment of speaking.

Only spans of hours or minutes, and only when the span is the time of the debate ("hours
for debate", "minutes of debate") or what a member controls, is recognized for or speaks
for. "The debate will end within two hours" or "We will vote in 30 minutes" stay read
from now. Cheap: the span's own words must name minutes or hours, and the text one of the
cue words, before any pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Final

from bot.core.deadlines.context import Candidate, Ctx, Hit, Res, holds

_CUES: Final = ("debate", "control", "recogni", "speak", "yield")
# "8 hours for debate", "30 minutes of general debate"
_OF_DEBATE: Final = re.compile(r"\s+(?:of|for)\s+(?:general\s+)?(?:debate|discussion|argument)\b")
# "will control the first 30 minutes", "be recognized for up to 20 minutes", "speak for 10
# minutes" (the span's lead-in words may hold "for up to")
_GIVEN_THE_FLOOR: Final = re.compile(
    r"\b(?:control(?:s|led|ling)?|recogni[sz]ed|speak(?:s|ing)?|yield(?:s|ed|ing)?)\s+"
    r"(?:the\s+)?(?:for\s+)?(?:up\s+to\s+|no\s+more\s+than\s+|not\s+more\s+than\s+)?$"
)
_SHARE: Final = re.compile(r"(?:the\s+)?(?:first|next|remaining|last|final)\s")
_CONTROLLED: Final = re.compile(r"\bcontrol(?:s|led|ling)?\b[^.;:!?]*$")
_NOW_BEFORE: Final = re.compile(r"\bnow\b")
# a limit for every speaker, which stays "recurring"
_EACH: Final = re.compile(r"\s+each\b")


def allotted(text: str, hit: Hit) -> bool:
    """Whether the span of hours or minutes at `hit` is floor time given in a sitting."""
    if "minute" not in hit.core and "hour" not in hit.core:
        return False
    if not any(holds(text, cue) for cue in _CUES):
        return False
    if _EACH.match(text, hit.end):
        return False  # "permitted to speak for up to 10 minutes each": a standing limit
    at = hit.start + len(hit.pre)
    if _OF_DEBATE.match(text, hit.end):
        # "There will now be up to 1 hour for debate": opened now, it ends its length from
        # now (CONVENTIONS 1.1)
        return _NOW_BEFORE.search(text, max(0, at - 30), at) is None
    if _GIVEN_THE_FLOOR.search(text, max(0, at - 40), at) is not None:
        return True
    # "... will control the first 20 minutes and the Government the next 20 minutes": a
    # share of the time whose verb went before
    share = not hit.pre.strip() and _SHARE.match(hit.core) is not None
    return share and _CONTROLLED.search(text, max(0, at - 80), at) is not None


# between the stated time and the floor time: one sentence, no new clock time
_SAME_SENTENCE: Final = re.compile(r"[^.;!?]*")
SpanReader = Callable[[str, Hit, datetime, Ctx], Res | None]


def from_clock(
    text: str, best: Candidate, hits: list[Hit], ctx: Ctx, read_span: SpanReader
) -> Candidate | None:
    """ "At 2:15pm, Senator X will be recognized for up to 20 minutes": the floor is given
    at a stated time, so the window closes its length later (CONVENTIONS 1.1)."""
    res = best.res
    if res.due is None or res.precision not in ("minute", "hour") or res.vague or best.words:
        return None
    if not any(holds(text, cue) for cue in _CUES):
        return None
    for hit in hits:
        if hit.kind != "span" or hit.start < best.end or hit.note != "event":
            continue
        at = hit.start + len(hit.pre)
        if (
            _GIVEN_THE_FLOOR.search(text, max(0, at - 40), at) is None
            or _SAME_SENTENCE.fullmatch(text, best.end, hit.start) is None
            or _EACH.match(text, hit.end)
        ):
            return None
        moved = read_span(text, hit, res.due, ctx)
        if moved is None or moved.due is None:
            return None
        finer = moved.precision if res.precision == "hour" else res.precision
        out = replace(res, due=moved.due, earliest=res.due, day=None, precision=finer)
        return replace(
            best, end=hit.end, res=out, words=((best.start, best.end), (hit.start, hit.end))
        )
    return None
