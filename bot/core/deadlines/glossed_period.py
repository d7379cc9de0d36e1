"""Dates in brackets that spell out the period named before them (issue 12, stop 64, f1).

"On Thursday 25 June, bookings open ... for the 2020/2021 season (1 July 2020 – 30 June
2021).": the bracket gives the first and last day of the season the noun names, the time
of what is booked, not of the act undertaken; the later end of its range had won over the
act's own day, a year late with no warning (fresh190). A bracket right after a noun of a
period (season, year, period, term, ...) that holds nothing but dates and the words or
dashes joining them glosses that noun: its times are noted "event", so that another time of
the sentence counts, or none. A bracket with a deadline or act word in it ("(closing 30
June)"), a single date ("the next reporting period (28 July 2025)": its last day) or a
period bounding an act ("by the end of the season (...)") is left to the other rules, as is
a bracket after any other noun.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import MONTH, WEEKDAY_STEMS

# the noun of a period, right before the opening bracket
_PERIOD_NOUN: Final = re.compile(
    r"\b(?:season|year|period|term|session|cycle|quarter|semester|half)\s*\($", re.IGNORECASE
)
# what the bracket may hold: numbers, the names of months and weekdays, the words and
# dashes joining them (the text comes lowercased)
_NAME: Final = r"(?:" + MONTH + "|" + "|".join(WEEKDAY_STEMS) + r")[a-z]*\.?"
_GLOSS: Final = re.compile(
    r"\((?:[0-9]{1,4}(?:st|nd|rd|th)?|"
    + _NAME
    + r"|and|to|until|through|-|\u2013|\u2014|,|/|\s)+\)",
    re.IGNORECASE,
)
# the bracket spans the period, first day to last: one date alone restates a day of it ("by
# the end of the next reporting period (28 July 2025)", fresh160: the deadline itself)
_JOINER: Final = re.compile(r"[-\u2013\u2014/]|\b(?:to|until|through)\b")
# the period bounds an act: "by the end of the 2020/21 season (...)", "until the period
# (...)": its days are the act's
_BOUNDED: Final = re.compile(
    r"\b(?:by|until|till|before|deadline|(?:end|close|start|beginning)\s+of)\b[^.;:!?]*$"
)
_REACH: Final = 80


def glossed(text: str, start: int, end: int) -> bool:
    """The time at text[start:end] lies in a bracket of dates glossing a period's noun."""
    opening = text.rfind("(", max(0, start - _REACH), start + 1)
    if opening < 0 or _PERIOD_NOUN.search(text, max(0, opening - 20), opening + 1) is None:
        return False
    gloss = _GLOSS.match(text, opening)
    return (
        gloss is not None
        and gloss.end() >= end
        and _JOINER.search(gloss.group()) is not None
        and _BOUNDED.search(text, max(0, opening - _REACH), opening) is None
    )
