"""Countdowns (issue 12, stop 39k): time said to be left from now ("only 8 days remaining",
"Only one week remains for residents to register", "have 30 days left to sign up", "There is
only one week to go until the 2011 Census").

A span followed by "remain(s/ing)", "left" or "to go" is the time left from the moment of
speaking, whatever follows the count: the act it leaves time for ("left to sign up", "remains
... to register"), who has it ("remains for any resident"), the period it is left in ("left in
the session", "left on his contract") or the event it counts down to ("to go until the
Census"). The count is what dates them, so it falls due at the span's end (CONVENTIONS 1.1),
and it is no amount of time (cues.py's `_an_amount`). Not a count:

- "left" with an object ("two weeks left him exhausted"): a past verb;
- time left after an event ("two weeks left after the recess"): it counts from that event.

The object of a countdown's "until"/"before" ("to go until the 2011 Census") is the event
counted down to: the count dates it, so a year naming that event is no limit of its own
(name_years.py reads "until the 2011" as one).
"""

from __future__ import annotations

import re

# the words right after a span that make it time left from now
_LEFT = re.compile(
    r"\s+(?:remain(?:s|ing)?|left|to\s+go)\b(?!\s+(?:after|him|her|them|us|me|it)\b)"
)
# "<count> <unit> to go until", "a week left before": the count right before a phrase's
# deadline word ("until the 2011 Census")
_COUNTED_TO = re.compile(
    r"\b(?:days?|weeks?|fortnights?|months?|years?|hours?|minutes?)\s+"
    r"(?:remain(?:s|ing)?|left|to\s+go)\s+(?:until|till|before|to)\s+$"
)


def time_left(text: str, end: int) -> bool:
    """Whether the span ending at `end` is followed by words that make it time left from
    now ("one week remains", "30 days left to sign up")."""
    return _LEFT.match(text, end) is not None


def counted_to(text: str, start: int, pre: str) -> bool:
    """Whether the phrase at `start` (its deadline word `pre` read with it) is what a
    countdown counts to ("one week to go until the 2011 Census")."""
    if not pre:
        return False  # most phrases: no deadline word, no countdown's object
    before = text[max(0, start - 40) : start] + pre
    return _COUNTED_TO.search(before) is not None
