"""Lead-ins that look open-ended but name the act's own time (issue 12, round 26b).

A one-off change said to begin on a day: "Garrison releases will be
reduced from 30,000 cfs to the fall rate of 20,000 cfs beginning September 10", "fares will
be raised by 5% starting 1 March". The change is made that day, as a change "from <date>"
is (CONVENTIONS 3.1, conventions.open_ended): the day is its deadline, not only the earliest
moment of something that goes on. An activity given only its start ("the service will run
beginning September 10", "applications will be accepted starting 3 June") stays a start,
and so does a change with its end given ("reduced beginning 10 September through 30
October": a window).

A clock time "shortly after", "just after" or "soon after" ("walkout shortly after 4 p.m.")
is that time, give or take minutes: the act's own time, not the start of an open window
that "after 4 p.m." alone would be.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Hit
from bot.core.deadlines.words import STARTING

_LOOK_BACK: Final = 160
# the lead-in of the phrase: "beginning", "starting on"
_BEGINNING: Final = re.compile(r"\b" + STARTING + r"(?:\s+on)?\s*$")
# a future change of a level or rate in the sentence before: "will be reduced", "to be
# raised", "shall increase"
_CHANGE_AHEAD: Final = re.compile(
    r"\b(?:will|shall|to)\s+(?:be\s+)?(?:reduc|increas|rais|lower|decreas|cut\b|adjust"
    r"|chang)[a-z]*\b[^.;:]*$"
)
# an end given after the day: a window, not a change made once
_END_AFTER: Final = re.compile(r"[\s,]*(?:through|thru|until|till|to|and\s+(?:end|run|last))\b")


def change_begins(text: str, hit: Hit) -> bool:
    """The phrase, led in by "beginning"/"starting", is the day a future change is made."""
    if "ing" not in hit.pre or _BEGINNING.search(hit.pre) is None:
        return False
    lead = text[max(0, hit.start - _LOOK_BACK) : hit.start]
    return _CHANGE_AHEAD.search(lead) is not None and _END_AFTER.match(text, hit.end) is None


# "shortly after", "just after": the time itself, give or take minutes
_CLOSE_AFTER: Final = re.compile(r"\b(?:shortly|just|soon|right|immediately)\s+$")
_CLOCK_KINDS: Final = ("time", "clock")


def close_after(text: str, hit: Hit) -> bool:
    """The clock time is led in by "shortly after" ("walkout shortly after 4 p.m.")."""
    if hit.kind not in _CLOCK_KINDS or not hit.pre.rstrip().endswith("after"):
        return False
    return _CLOSE_AFTER.search(text, max(0, hit.start - 12), hit.start) is not None
