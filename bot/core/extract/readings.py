"""A House's next step told without its actor: a Bill's next reading, the votes to come.
Issue 13, round 31b (recall). The record of a sitting and a whip's notice schedule the
House's business in the passive or with "expected", and no cue read them:
- the Votes and Proceedings after a first reading: "Bill read the first time; to be read
  a second time tomorrow, and to be printed", "To be read a Second time upon Tuesday
  next.";
- a floor log or a whip's notice: "A roll call vote is expected at 5:30 p.m. on the
  motion to invoke cloture", "first votes of the week on Tuesday are expected between
  9:00 – 10:00 a.m.".
Each is the House's own order of business (CONVENTIONS 1.3: sittings, a business line),
so it is a present plan (`cues._NEED_DEADLINE`): with a day ahead, a pledge; "the Bill
was read a second time" or "a vote is expected" with no time says nothing checkable.
A "vote" in politics at large ("a vote is expected in the autumn on independence") is a
forecast of others, so only a vote with its hour or its day is read, and only "votes" of
a sitting (roll call, recorded, division, first or last of the week/day).
Only grammar is read here, never a particular House or Bill.
"""

from __future__ import annotations

import re

_TIME_AHEAD = (
    r"(?=(?:at|between|on|upon|by|tomorrow|today|tonight|next|this)\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
_READING = re.compile(
    # "to be read a second time tomorrow", "To be read a Second time upon Tuesday next".
    r"\b(?P<read>(?i:to\s+be\s+read\s+a\s+(?:second|third)\s+time))\s+(?:\w+\s+)?" + _TIME_AHEAD
)
_VOTES = re.compile(
    # "A roll call vote is expected at 5:30 p.m.", "first votes of the week on Tuesday are
    # expected between 9:00 – 10:00 a.m.", "no votes are expected in the House on Monday".
    r"\b(?:(?:roll\s+call|recorded|division|first|last)\s+votes?|votes)\b"
    r"(?:\s+(?:of|on|in)\s+[^.;:!?]{1,40}?)?\s+(?P<vote>(?:is|are)\s+expected)\s+"
    r"(?:(?:in|on)\s+the\s+(?:House|Senate|Chamber)\s+)?" + _TIME_AHEAD
)


def reading_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a House's scheduled step: a plan only with a time."""
    found = [("present", *m.span("read")) for m in _READING.finditer(text)]
    return found + [("present", *m.span("vote")) for m in _VOTES.finditer(text)]
