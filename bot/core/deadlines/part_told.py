"""A part of today told of an act already done (issue 12, round 24b). told.past_part_of_today
refuses "this morning" as past when a past verb stands just before it ("issued a statement at
9 a.m. this morning"); two more ways to tell the same (a thanks or a welcome for the gathering
itself is courtesy.occasion's, stop 48):

- a past verb whose place or object in brackets stands between it and the part of the day:
  "Polling places opened at 13:00 UTC (8:00 AM EST) this morning";
- "read", whose past is its present, after its subject and before what was read: "I read in
  The Times this morning" (one does not read the paper in a time still to come without a
  "will").
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.clauses import FUTURE

_BRACKETS: Final = re.compile(r"[()\[\]]")


def unbracketed(lead: str) -> str:
    """`lead` with its brackets made spaces, so that a past verb before "(8:00 AM EST)"
    is within reach of the words-before check."""
    if "(" not in lead and "[" not in lead:
        return lead
    return _BRACKETS.sub(" ", lead)


# "I read in The Times", "she read the report": "read" right after its subject, then where
# or what was read
_READ: Final = re.compile(
    r"\b(?:i|we|he|she|they|you)\s+(?:(?:only|just|also|first)\s+)?read\s+(?:in|on|about"
    r"|that|the|a|an|it|this|your|his|her|their|its|our|my)\b"
)


def read_before(words: str) -> bool:
    """Whether the words before the part of the day tell of reading done ("I read in
    The Times")."""
    return "read" in words and _READ.search(words) is not None and FUTURE.search(words) is None
