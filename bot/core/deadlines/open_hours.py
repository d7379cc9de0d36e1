"""Opening times kept as a standing rule (issue 12, round 23b): a day named as the exception
to, or an instance of, a schedule that runs every day ("open every day except December
25", "available any time of the year, whether that's on Christmas Day"), and hours kept on
weekdays listed with "and" ("open to the public Monday and Wednesday, 8:45 A.M.- 5 P.M.").
Neither names a day on which anything falls due: standing.py refuses them as "recurring".
A one-off event on named days ("The hearing will be held Monday and Wednesday") keeps its
day, and so does a date the schedule runs to ("open every day until 10 January")."""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import (
    CLOCK_AMPM_RANGE,
    EVERY_DAY,
    HOURS_FROM,
    HOURS_TO,
    WEEKDAY_OR_SHORT,
)

# a schedule that runs every day or all year; then, close after it, a word that names a day
# as its exception or its instance
_EVERY_DAY: Final = (
    r"\b(?:every\s+day\s+of\s+the\s+(?:year|week)|"
    + EVERY_DAY
    + r"|365\s+days\s+a\s+year|all\s+year(?:\s+round)?|year[\s-]round"
    r"|(?:at\s+)?any\s+time\s+of\s+(?:the\s+)?year)\b"
)
_BUT_OR_EVEN: Final = (
    r"\b(?:except|excluding|apart\s+from|other\s+than|save\s+for|but\s+not|even"
    r"|including|whether)\b"
)
# a word each schedule of _EVERY_DAY holds ("every day", "seven days a week", "all year")
_SCHEDULE_WORDS: Final = ("every", "each", "daily", "seven", "365", "year")
_EXCEPTED: Final = re.compile(_EVERY_DAY + r"[^.;:]{0,20}?" + _BUT_OR_EVEN)
# what may stand between the exception word and the day: "whether that's on", "even on",
# "except for"
_TO_THE_DAY: Final = re.compile(
    r"[\s,]*(?:(?:that|that's|that’s|it's|it’s|it\s+is|for|on|the|or|and|even)[\s,]+){0,4}"
)


# a word of exception or instance, as _BUT_OR_EVEN has them
_EXCEPTION_WORDS: Final = (
    "xcep", "xclud", "even", "includ", "whether", "other than", "apart from", "save for",
    "but not",
)  # fmt: skip


def _may_name_an_exception(text: str) -> bool:
    """A cheap test before _EXCEPTED: a day or year word, a word of the schedules of
    _EVERY_DAY and a word of exception."""
    return (
        ("day" in text or "year" in text)
        and any(word in text for word in _SCHEDULE_WORDS)
        and any(word in text for word in _EXCEPTION_WORDS)
    )


def excepted(lowered: str, start: int) -> bool:
    """The phrase at `start` is a day named beside a schedule kept every day: "open every
    day except December 25", "available any time of the year, whether that's on Christmas
    Day, or even New Year's Eve" (the later of the days listed counts as well)."""
    if not _may_name_an_exception(lowered):
        return False  # most texts: no word that names a day beside a schedule
    for m in _EXCEPTED.finditer(lowered, 0, start):
        gap = _TO_THE_DAY.match(lowered, m.end(), start)
        if gap is not None and gap.end() == start:
            return True
        # a list of days after the word: "whether that's on Christmas Day, or even ..."
        between = lowered[m.end() : start]
        if (
            len(between) <= 60
            and _ONLY_DAYS.fullmatch(between) is not None
            and _OWN_CLAUSE.match(lowered, start) is None
        ):
            return True
    return False


_ONLY_DAYS: Final = re.compile(r"[^.;:]*?,?\s*(?:or|and)(?:\s+even)?\s+(?:on\s+)?")
# after the day, a subject and a verb of a clause of its own: the rule ended at the comma
# ("open every day except Christmas, and on 2 January it moves to ...": one day, one move)
_OWN_CLAUSE: Final = re.compile(r"[^.;:,]{0,40}?\b(?:it|we|they|he|she|i|you|this|there)\s+[a-z]")

# hours on weekdays listed with "and": "Monday and Wednesday, 8:45 A.M.- 5 P.M.", "Tue, Thu
# and Sat, 10 a.m. to 4 p.m.", "Tuesday and Thursday from 10 a.m. to 4 p.m."
_DAY = WEEKDAY_OR_SHORT
_DAY_LIST = _DAY + r"(?:\s*,\s*" + _DAY + r")*\s*,?\s*(?:and|&)\s*" + _DAY + r"(?![a-z])"
# or two clock times with minutes, no a.m./p.m.: "from 8:30 to 12:30", "9.00-17.00"
_HHMM_RANGE = HOURS_FROM + r"[0-9]{1,2}[:.][0-9]{2}" + HOURS_TO + r"[0-9]{1,2}[:.][0-9]{2}(?![0-9])"
_LISTED_HOURS: Final = re.compile(
    r"\b" + _DAY_LIST + r"[,\s]*(?:" + CLOCK_AMPM_RANGE + r"|" + _HHMM_RANGE + r")"
)
# kept as a standing rule: present tense, a verb of being open; no "will", which makes a
# one-off event of the days ("will be open Monday and Wednesday")
_KEPT: Final = re.compile(
    r"\b(?:(?:is|are)\s+(?:open|available|staffed|welcome)|opens|open\s+to\s+the\s+public"
    r"|operates|hours\s+are)\b"
)
_ONCE: Final = re.compile(r"\b(?:will|shall|next|this\s+week|only)\b")


def listed_days_hours(text: str) -> bool:
    """ "are open to the public Monday and Wednesday, 8:45 A.M.- 5 P.M.": hours kept on
    weekdays joined by "and", a standing schedule."""
    return (
        ("open" in text or "availab" in text or "staffed" in text or "welcome" in text)
        and _LISTED_HOURS.search(text) is not None
        and _KEPT.search(text) is not None
        and _ONCE.search(text) is None
    )
