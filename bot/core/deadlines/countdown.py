"""Countdowns (issue 12, stop 39k): time said to be left from now ("only 8 days remaining",
"Only one week remains for residents to register", "have 30 days left to sign up").

A span followed by "remain(s/ing)", "left" or "to go" is the time left from the moment of
speaking, whatever follows the count: the act it leaves time for ("left to sign up", "remains
... to register"), who has it ("remains for any resident") or the period it is left in ("left
in the session", "left on his contract"). It falls due at the span's end (CONVENTIONS 1.1),
and it is no amount of time (`amounts.an_amount`). Not a count:

- "left" with an object ("two weeks left him exhausted"): a past verb;
- time left after an event ("two weeks left after the recess"): it counts from that event;
- time left before or until an undated event ("There are 42 days left before the recess",
  tests/core/test_deadline_kinds.py): an amount of time until it, as before (the seen
  "one week to go until the 2011 Census" was labelled its end: a conflict left to the lead).
"""

from __future__ import annotations

import re
from typing import Final

# the words right after a span that make it time left from now
_LEFT: Final = re.compile(
    r"\s+(?:remain(?:s|ing)?|left|to\s+go)\b(?!\s+(?:after|before|until|till|him|her|them|us|me|it)\b)"
)


def time_left(text: str, end: int) -> bool:
    """Whether the span ending at `end` is followed by words that make it time left from
    now ("one week remains", "30 days left to sign up")."""
    return _LEFT.match(text, end) is not None
