"""A plan's time named before its calling off (issue 12, round 25a; CONVENTIONS 4.1): "The
press briefing scheduled for today at 10:30 a.m. EST on Army budget planning has been
cancelled", "the hearing planned for Friday in Room 3 was called off". The plan's words
stand between the time and the calling off, so `superseded.dropped_after` (the calling off
right after the date) does not see it. Round 27c: a plan that "will not take place" (or
go ahead, proceed, happen, be held) is called off as well. The time goes with the plan; a
new time given in another phrase ("postponed to Thursday") is read as before. Round E: a
time that owns the plan ("Tonight's scheduled work on State Highway 2 has been postponed",
"Friday's hearing was cancelled") is the plan's time as "scheduled for" makes it.

Stop 37b: a plan given up told before its time, "the bridge will no longer be closed to
motorists ... from 10 pm to 6 am", "National Biodiversity Week which was to take place from
today until Friday, 22 May", "The work was due to take place tonight" (round E: "was due
to" is "was to") (a plan seen from the past, not held): every time of the plan,
up to the sentence's next verb of its own, goes with it. A bare start after "no longer" is
the day a change takes effect ("will no longer be accepted from 1 April") and stays read.

Stop 60: a plan in the past perfect ("had planned", "had anticipated", "had intended") is a
plan as it stood, since overtaken, before its time ("Fire managers had already planned to
treat the area ... scheduled for later this month") or after a time heading the sentence
("Next Thursday we had anticipated a Labour debate day"): given up as the rest are.

Only within one clause: no comma or stop between the time and the verb, and no verb of
its own ("will", "which", "that") in the gap ("the meeting scheduled for Friday will
replace the one that was cancelled" keeps Friday). Cheap: runs only when the text holds
a word of calling off, and the plan word must lie just before the phrase.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import holds

# "scheduled for" right before the phrase, or before an earlier time of the same plan
# ("scheduled for Friday at 10 a.m."): at most three words between, no clause mark
_PLANNED_FOR: Final = re.compile(
    r"\b(?:scheduled|planned|set|arranged|timetabled|notified|called)\s+(?:for|on)\s+"
    r"(?:[a-z0-9:']+\s+){0,3}?$"
)
# "Tonight's scheduled work ... has been postponed": a time owning the plan names its time
_OWNING: Final = ("'s ", "’s ")
# the words after the phrase up to the calling off: "a.m." and "p.m." are no stops
_GAP: Final = r"(?:[a-z]\.[a-z]\.|[0-9]:[0-9]|[^,;:!?.()])"
_CALLED_OFF_AFTER: Final = re.compile(
    r"(?P<gap>" + _GAP + r"{0,80}?)\s(?:has|have|had|was|were|is|are)\s+"
    r"(?:now\s+|since\s+|just\s+|already\s+)?(?:been\s+|being\s+)?"
    r"(?:cancell?ed|called\s+off|postponed|scrapped|abandoned|deferred)\b"
    # round 27c: "industrial action notified for this Friday 27 May 2016 will not take place"
    r"|(?P<gap2>" + _GAP + r"{0,80}?)\s(?:will|shall)\s+(?:not|no\s+longer)\s+"
    r"(?:take\s+place|go\s+ahead|proceed|happen|be\s+held)\b"
)
# a clause or verb of its own in the gap: the calling off is told of something else
_OWN_CLAUSE: Final = re.compile(r"\b(?:will|shall|would|which|that|who|and|but|instead)\b")
_CUES: Final = ("cancel", "called off", "postpon", "scrapped", "abandoned", "deferred", "will not")


def plan_called_off(text: str, start: int, end: int) -> bool:
    """Whether the phrase at text[start:end] (`start` before its lead-in words, lower-case
    text) is the time of a plan called off later in its clause."""
    if not any(holds(text, cue) for cue in _CUES):  # once per long text, not per phrase
        return False
    if (
        not text.startswith(_OWNING, end)
        and _PLANNED_FOR.search(text, max(0, start - 60), start) is None
    ):
        return False
    m = _CALLED_OFF_AFTER.match(text, end)
    if m is None:
        return False
    gap = m.group("gap") if m.group("gap") is not None else m.group("gap2")
    return _OWN_CLAUSE.search(gap or "") is None


# a plan told in the past perfect: a plan as it stood, since overtaken (stop 60)
_HAD_PLANNED: Final = (
    r"\bhad\s+(?:already\s+|originally\s+|initially\s+|previously\s+|always\s+)?"
    r"(?:planned|intended|anticipated|envisaged|hoped|meant|aimed)\b"
)
# "will no longer be closed", "will no longer take place"; "was to take place", "were to
# be held": a plan called off, or one seen from the past (fresh63, fresh64)
_GIVEN_UP: Final = re.compile(
    r"\b(?:(?:will|shall)\s+no\s+longer\s+(?:be\s+[a-z]{2,}(?:ed|en)|take\s+place|go\s+ahead"
    r"|proceed|happen|run)\b"
    r"|(?:was|were)\s+(?:originally\s+|initially\s+)?(?:due\s+)?to\s+(?:have\s+)?(?:take|taken"
    r"|be\s+held|been\s+held|go|gone|run|happen|happened)\b(?:\s+(?:place|ahead))?"
    # stop 60: a plan in the past perfect, one overtaken ("Fire managers had already planned
    # to treat the area ... scheduled for later this month")
    r"|" + _HAD_PLANNED + r")"
    # the words between it and the time: no stop ("a.m." is none) and no verb of its own
    r"(?P<gap>(?:[a-z]\.[a-z]\.|[0-9][.:][0-9]|[^.;:!?()])*)$"
)
_OWN_VERB: Final = re.compile(
    r"\b(?:will|shall|would|which|that|who|but|instead|now|is|are|was|were|has|have|had"
    r"|can|must|may)\b"
)
# a start with an end after it: "from 10 pm to 6 am", "from Thursday, October 27, at 7 pm, to"
_WINDOW_END: Final = re.compile(r"[^.;:!?]{0,30}?\b(?:to|until|till|through|thru)\s")
_START_PRE: Final = re.compile(r"\b(?:from|as\s+of|starting|beginning)\s*$")
_GIVEN_UP_CUES: Final = ("no longer", "was to ", "were to ", "due to ", "had ")
# the time heading its sentence, the plan in the past perfect right after it: "Next Thursday
# we had anticipated a Labour debate day" (stop 60)
# (not "Next week, as we had planned, we will launch": an "as" clause that keeps the plan)
_HAD_PLANNED_AFTER: Final = re.compile(
    r"\s*,?\s*(?:(?!(?:as|like|than)\b)[a-z]+\s+){1,3}?" + _HAD_PLANNED
)
_HEAD_BEFORE: Final = re.compile(r"(?:^|[.;:!?]\s+)(?:and\s+|but\s+|so\s+)?$")


def given_up_before(text: str, start: int, end: int, pre: str) -> bool:
    """Whether the phrase at text[start:end] (`start` before its lead-in `pre`, lower-case
    text) is a time of a plan given up before it in its clause (stop 37b). Not a bare start
    after "no longer": "will no longer be accepted from 1 April" names when the change is made."""
    if not any(holds(text, cue) for cue in _GIVEN_UP_CUES):  # once per text, not per phrase
        return False
    if (
        _HEAD_BEFORE.search(text, max(0, start - 8), start) is not None
        and _HAD_PLANNED_AFTER.match(text, end) is not None
    ):
        return True  # "Next Thursday we had anticipated a Labour debate day"
    m = _GIVEN_UP.search(text, max(0, start - 200), start)
    if m is None or _OWN_VERB.search(m.group("gap")) is not None:
        return False
    return not (
        "longer" in m.group()
        and _START_PRE.search(pre) is not None
        and _WINDOW_END.match(text, end) is None
    )
