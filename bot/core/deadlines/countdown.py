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
  tests/core/test_deadline_kinds.py): an amount of time until it, as before.

A count until an event named with its year ("There is only seven days to go until the 2011
Census", said 2 August 2011) dates that event: the count from now fixes its day, and the
year agrees with it (`counted_until`, stop 57). Read alone, "until the 2011" was the end of
2011 and the count was dropped as counting from an undated event. When the count's end does
not fall in the named year, nothing is read from it (as before). Any thing named after the
year dates so, not only a proper name or a listed event ("two days to go until the 2026
budget": stop 58, it fell due at the end of 2026); a period after the year ("the 2026
financial year") is read as that period.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import name_years
from bot.core.deadlines.words import located

# the words right after a span that make it time left from now
_LEFT: Final = re.compile(
    r"\s+(?:remain(?:s|ing)?|left|to\s+go)\b(?!\s+(?:after|before|until|till|him|her|them|us|me|it)\b)"
)


# a count right before "until/before the <year>": "seven days to go until the 2011", "ten
# days left before the 2027"
_COUNT: Final = re.compile(
    r"\b(?P<count>(?:[0-9]{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|twenty|thirty)\s+(?:days?|weeks?|months?))"
    r"(?:\s+(?:to\s+go|left|remain(?:s|ing)?))?\s+$"
)
_UNTIL_YEAR: Final = re.compile(r"(?:until|till|before)\s+the\s+(?P<year>[0-9]{4})$")


def counted_until(text: str, matched: str) -> tuple[int, int, str, int] | None:
    """For a chosen "until the 2011" with a count right before it ("seven days to go until
    the 2011 Census"): where the count starts, where the chosen words end, the count's words
    ("seven days") and the year; None otherwise. The caller reads the count from now and
    keeps it only in that year, and only when a name follows the year (name_years)."""
    if not matched[-1:].isdigit() or (year := _UNTIL_YEAR.search(matched.lower())) is None:
        return None
    place = located(text, matched)
    if place is None or year.start() != 0:
        return None
    lowered, start, end, _ = place
    count = _COUNT.search(lowered, max(0, start - 40), start)
    if count is None:
        return None
    return count.start(), end, count["count"], int(year["year"])


def time_left(text: str, end: int) -> bool:
    """Whether the span ending at `end` is followed by words that make it time left from
    now ("one week remains", "30 days left to sign up")."""
    return _LEFT.match(text, end) is not None


# a period after the year, not a thing: "until the 2026 financial year", "the 2027 season"
_PERIOD_AFTER: Final = re.compile(
    r"\s+(?:financial|fiscal|tax|academic|school|calendar|budget\s+years?|years?|seasons?"
    r"|quarters?|q[1-4]|h[12]|fy|halves|half|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
_WORD_AFTER: Final = re.compile(r"\s+[A-Za-z]")


def named_after(text: str, end: int) -> bool:
    """Whether a thing the count runs until follows the year ending at `end` ("the 2011
    Census", "the 2026 budget"), not a period ("the 2026 financial year")."""
    if name_years.names_after(text, end):
        return True
    return _WORD_AFTER.match(text, end) is not None and _PERIOD_AFTER.match(text, end) is None
