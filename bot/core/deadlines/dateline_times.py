"""Whether a "Today, we are ...ing" sentence names another time (issue 12, stop 64).

clauses.speaking_now reads "Today, on 13 September, we are publishing ... and will consult
until March" as a dateline: "today" is the moment of speaking and the other time holds the
pledge. With no other time, "today" dates the act of the day (CONVENTIONS 2.1). Words that
only look like a time word in such a sentence name no time, and the act of the day was lost
with them ("Today we are making our first change to our Code since its major overhaul in
2018" had no date at all):

- "by" that names the doer of a passive, not a limit: "the recommendations made by the
  review body", "people affected by the pandemic". A limit's "by" is followed by a time:
  a number, a month or weekday, or a noun of time ("by the end of", "by next spring");
- a length that describes a noun ("the proposed one year extension", "our two-year
  goals"): a count and its unit joined by a hyphen, or followed straight by a word that is
  no function word, name the noun's kind, not a time ahead;
- a year, or a month of a year, before that of speaking ("since its overhaul in 2018", "for
  implementation from April 2020" said in July 2020): it is past, and no pledge falls due
  in it.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Final

from bot.core.deadlines.vocabulary import MONTHS
from bot.core.deadlines.words import MONTH_FULL, WEEKDAY

_ANOTHER_TIME: Final = re.compile(
    r"\b(?:(by)|within|until|before|in\s+the\s+coming|next|soon|shortly|later|end\s+of"
    r"|(" + MONTH_FULL + r")(?:,?\s+([0-9]{4}))?|([0-9]{4})|" + WEEKDAY + r"|tomorrow"
    r"|(weeks?|months?|years?))\b"
)
# what follows a "by" of time (past "the", "this", "next", "early", ...)
_BY_TIME: Final = re.compile(
    r"\s+(?:(?:the|this|that|next|early|late|mid|mid-)\s+)?(?:[0-9]|" + MONTH_FULL + r"|"
    r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|close"
    r"|middle|start|beginning|time|deadline|latest|weekend|summer|autumn|fall|winter|spring"
    r"|new\s+year|christmas|easter|tomorrow|tonight|then|now|year|month|week|day|morning"
    r"|afternoon|evening|noon|midnight|first|second|third|last|mid)[a-z]*\b)"
)
# a count right before a unit ("one year", "two-year", "12 month")
_COUNT_BEFORE: Final = re.compile(
    r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,3})"
    r"(\s+|-))$"
)
# the words that may follow a length of time: it is then a time, not a noun's kind
_AFTER_LENGTH: Final = frozenset(
    (
        "of from to and or after before ago later time times on in at by until when which that"
        " the a we i you they he she it is are was were will would has have ahead earlier hence"
        " since old now more less for with as so but"
    ).split()
)
# how far before the unit its count is looked for: the count's words and a few spaces (a
# search from the text's start read the whole text again for every unit: a 100 kB paste
# took minutes)
_COUNT_REACH: Final = 24
_NEXT_WORD: Final = re.compile(r"\s+([a-z]+)")


def _names_time(text: str, m: re.Match[str], today: date) -> bool:
    by, month, month_year, year, unit = m.groups()
    if by is not None:  # "by": of time, not of a doer
        return _BY_TIME.match(text, m.end()) is not None
    if month_year is not None:  # "from April 2020" said in July 2020: past
        return (int(month_year), MONTHS[month[:3]]) >= (today.year, today.month)
    if year is not None:
        return int(year) >= today.year
    if unit is not None and (
        count := _COUNT_BEFORE.search(text, max(0, m.start() - _COUNT_REACH), m.start())
    ):
        if count.group(1) == "-":
            return False  # "a two-year plan"
        after = _NEXT_WORD.match(text, m.end())
        return after is None or after.group(1) in _AFTER_LENGTH  # not "one year extension"
    return True


def another_time(text: str, at: int, today: date) -> bool:
    """`text` (lowered) names a time after `at` that may hold the pledge, said on `today`."""
    return _last_time(text, today) >= at


@lru_cache(maxsize=4)
def _last_time(text: str, today: date) -> int:
    """Where the last time `another_time` counts begins, -1 when there is none. Found once a
    text: read from each "today" on, a paste of many datelines and no time was read again
    whole for each (100 kB: 12 s, against half a second before stop 64)."""
    return max(
        (m.start() for m in _ANOTHER_TIME.finditer(text) if _names_time(text, m, today)),
        default=-1,
    )
