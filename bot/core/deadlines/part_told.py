"""A part of today told of an act already done or of the gathering itself (issue 12, round
24b). told.past_part_of_today refuses "this morning" as past when a past verb stands just
before it ("issued a statement at 9 a.m. this morning"); three more ways to tell the same:

- a thanks or a welcome for the act going on as the words are spoken: "Thanks everyone for
  coming in this morning", "Thank you for joining us this afternoon", "Welcome to everyone
  here this morning". Nothing is left to do; an act ahead in the same clause ("Thank you
  for agreeing to publish the figures this morning", "Thanks; I will make a statement this
  morning") keeps the time;
- a past verb whose place or object in brackets stands between it and the part of the day:
  "Polling places opened at 13:00 UTC (8:00 AM EST) this morning";
- "read", whose past is its present, after its subject and before what was read: "I read in
  The Times this morning" (one does not read the paper in a time still to come without a
  "will").
"""

from __future__ import annotations

import re

from bot.core.deadlines.clauses import FUTURE

# the thanks or the welcome that opens the clause holding the part of the day
_THANKS = re.compile(
    r"(?:^|[.;:!?]\s+)(?:(?:and|so|but|well|first(?:ly)?|now),?\s+)?"
    r"(?:thanks|thank\s+you|many\s+thanks|welcome|a\s+warm\s+welcome)\b(?P<rest>[^.;:!?]*)$"
)
# an act still to be done: an infinitive of a verb ("to publish"), not "to everyone"
_ACT_AHEAD = re.compile(
    r"\bto\s+(?!(?:everyone|everybody|all|you|us|the|this|our|my|your|each|both|those"
    r"|these|a|an)\b)[a-z]+\b"
)

# "thanks to the council, ...": what brought a thing about, unless the people thanked are
# the gathering ("thanks to everyone here") or a "for" names what they did
_CAUSE = re.compile(r"\s+to\s+(?!(?:everyone|everybody|all|you)\b)")


def thanked_now(text: str, start: int) -> bool:
    """Whether the part of today at `start` sits in a thanks or a welcome for the present
    gathering ("Thanks everyone for coming in this morning")."""
    if "thank" not in text and "welcome" not in text:
        return False  # the cheap test first
    m = _THANKS.search(text, 0, start)
    if m is None:
        return False
    rest = m["rest"]
    if _CAUSE.match(rest) is not None and " for " not in rest:
        return False  # "Thanks to the council, the bridge reopens this afternoon": a cause
    return FUTURE.search(rest) is None and _ACT_AHEAD.search(rest) is None


_BRACKETS = re.compile(r"[()\[\]]")


def unbracketed(lead: str) -> str:
    """`lead` with its brackets made spaces, so that a past verb before "(8:00 AM EST)"
    is within reach of the words-before check."""
    if "(" not in lead and "[" not in lead:
        return lead
    return _BRACKETS.sub(" ", lead)


# "I read in The Times", "she read the report": "read" right after its subject, then where
# or what was read
_READ = re.compile(
    r"\b(?:i|we|he|she|they|you)\s+(?:(?:only|just|also|first)\s+)?read\s+(?:in|on|about"
    r"|that|the|a|an|it|this|your|his|her|their|its|our|my)\b"
)


def read_before(words: str) -> bool:
    """Whether the words before the part of the day tell of reading done ("I read in
    The Times")."""
    return "read" in words and _READ.search(words) is not None and FUTURE.search(words) is None
