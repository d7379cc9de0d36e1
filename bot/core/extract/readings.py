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
so it is a present plan (`cues.NEED_DEADLINE`): with a day ahead, a pledge; "the Bill
was read a second time" or "a vote is expected" with no time says nothing checkable.
A "vote" in politics at large ("a vote is expected in the autumn on independence") is a
forecast of others, so a vote is read only with a time word after "expected" (its hour or
its day; the deadline reader must then find the time ahead), and a single vote only when
it is named as a sitting's (roll call, recorded, division, first or last); "votes" in the
plural are read without such a name ("votes are expected at 6 p.m.").
Only grammar is read here, never a particular House or Bill.

Whose step it is (stop 61, tuner x2, speakers): the House's. A reading line of the Votes and
Proceedings or a Private Business list follows a line that names the Bill's presenter or a
minister, so the nearest actor named before it went to the presenter, a department or the
Government, whereas every development label of such a line names the House (CONVENTIONS
1.3: a sitting's business is the House's). The vote lines are left as they
are: whose vote it is (House or Senate) is not in the line.
"""

from __future__ import annotations

import re

from bot.core.extract.calendar_names import WEEKDAY

# What may follow the step for it to be timed; the deadline reader decides whether it is.
_TIME_AHEAD = rf"(?=(?:at|between|on|upon|by|tomorrow|today|tonight|next|this)\b|{WEEKDAY}\b)"
_READING = re.compile(
    # "to be read a second time tomorrow", "To be read a Second time upon Tuesday next".
    r"\b(?P<read>(?i:to\s+be\s+read\s+a\s+(?:second|third)\s+time))\s+(?:\w+\s+)?" + _TIME_AHEAD
)
_VOTES = re.compile(
    # "A roll call vote is expected at 5:30 p.m.", "first votes of the week on Tuesday are
    # expected between 9:00 – 10:00 a.m.", "no votes are expected in the House on Monday".
    r"\b(?i:(?:roll\s+call|recorded|division|first|last)\s+votes?|votes)\b"
    r"(?:\s+(?:of|on|in)\s+[^.;:!?]{1,40}?)?\s+(?P<vote>(?:is|are)\s+expected)\s+"
    r"(?:(?:in|on)\s+the\s+(?:House|Senate|Chamber)\s+)?" + _TIME_AHEAD
)


# The House's own step on a Bill, at a cue `reading_acts` or `in_hand.acts_in_hand` read:
# "to be read a second time", "(Second Reading) deferred till".
_HOUSE_STEP = re.compile(r"(?i:to\s+be\s+read\s+a\s+)|(?:deferred|adjourned)$")
_READING_BEFORE = re.compile(r"\b(?:First|Second|Third)\s+Reading\s+$")


def house_step(text: str, start: int, end: int) -> bool:
    """Whether the cue at `start`:`end` of `text` is a Bill's reading ordered or deferred:
    a step of the House itself, whoever presented the Bill."""
    words = text[start:end]
    if _HOUSE_STEP.match(words) is None:
        return False
    return words[0].lower() == "t" or _READING_BEFORE.search(text, 0, start) is not None


def reading_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a House's scheduled step: a plan only with a time."""
    found: list[tuple[str, int, int]] = []
    if "read" in text.lower():  # a word test first: most sentences have neither form
        found += [("present", *m.span("read")) for m in _READING.finditer(text)]
    if "vote" in text.lower():
        found += [("present", *m.span("vote")) for m in _VOTES.finditer(text)]
    return found
