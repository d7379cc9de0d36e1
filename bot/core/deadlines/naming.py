"""Words that name a kind or a person's day, not a time (issue 12, round 26d).

- "short-term weather conditions", "short term measures", "a short-term CR": "short-term"
  before a noun says what kind of thing it is; only "in the short term", or "short-term" with
  no noun after it, is the vague window.
- "Let me give you an update on the President's day", "the President's day-to-day": "the"
  before a singular possessive is one person's day (its schedule), not Presidents' Day, which
  is written without the article or with a word of the holiday after it ("the Presidents'
  Day weekend").
- "day-to-day": the old spelling "to-day" inside the compound is no day word.
- "the leaders of tomorrow", "the skills of today" (stop 59): a plural noun before "of" names
  a generation or an age; "the sittings of tomorrow" and the like still name the day.

Each is read by readers.py, where the reader of that kind of phrase returns nothing.
"""

from __future__ import annotations

import re
from typing import Final

# a word of a noun phrase after "short-term": not a joining word, a verb or the end
_NOUN_AFTER: Final = re.compile(
    r"[\s-]+(?!(?:and|or|to|than|is|are|was|were|will|would|be|but|as|in|on|at|for|by|from"
    r"|with|of|the|a|an|it|we|they|that|which|this|these|those)\b)[a-z][a-z'-]*"
)
# "the president's day", "the mayor's day", not "presidents' day" or "president's day"
_OWN_DAY: Final = re.compile(r"the\s+[a-z]+'s\s+day")
# a word that makes it the holiday after all: "the President's Day weekend"
_HOLIDAY_WORD: Final = re.compile(
    r"[\s-]+(?:holiday|weekend|break|recess|sale|parade|observance)s?\b"
)


def term_adjective(text: str, end: int, core: str) -> bool:
    """ "short-term <noun>": a kind of thing, no window of time."""
    return (
        core.startswith("short")
        and core.endswith("term")
        and _NOUN_AFTER.match(text, end) is not None
    )


def own_day(text: str, end: int, core: str) -> bool:
    """ "the President's day": one person's day, not the holiday."""
    return _OWN_DAY.fullmatch(core) is not None and _HOLIDAY_WORD.match(text, end) is None


# (stop 59) "the leaders of tomorrow", "the skills of today": a plural noun right before "of"
# names a generation, no day ("the business of tomorrow", "the sittings of to-morrow" name one)
_GENERATION: Final = re.compile(r"[a-z]{3,}[^s\W']s\s+of\s+(?:the\s+)?$")
_DAY_BUSINESS: Final = re.compile(
    r"\b(?:sittings|proceedings|orders|debates|votes|meetings|hearings|sessions|results"
    # a count of time units before "of today" counts from today: "within two weeks of today"
    r"|seconds|minutes|hours|days|weeks|fortnights|months|years)\s+of\s+$"
)


def generation(text: str, start: int, end: int, word: str) -> bool:
    """ "<plural noun> of tomorrow/today": a generation or an age, not a day."""
    if word not in ("tomorrow", "today") or text.startswith(("'s", "\u2019s"), end):
        return False  # "the results of tomorrow's vote" name that day's vote
    before = text[max(0, start - 40) : start].lower()
    return _GENERATION.search(before) is not None and _DAY_BUSINESS.search(before) is None


def day_to_day(text: str, start: int) -> bool:
    """ "day-to-day": "to-day" inside the compound."""
    return text.endswith("day-", 0, start)
