"""A week's programme told ahead of the week: its bare weekdays name the days of that week.

A Friday briefing gives "the week ahead" ("The schedule for the week of April 25,
2011: On Monday, ... On Friday, the President will welcome ..."), a Friday post
prints "Schedule for the Week of July 7, 2014". Read one sentence at a time, "On
Friday" is the publication's own day and "On Saturday" the next; read as part of the
programme, they are the days of the week it announces. Only a weekday said on its own
is moved, only in the sentences after the week is named, and only onto a week that
starts after the publication.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.core.extract.calendar_names import MONTH_WORDS, WEEKDAYS

MONTH_NUMBERS = {
    name: number for number, names in enumerate(MONTH_WORDS, start=1) for name in names
}
MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_WEEKDAY = "|".join(WEEKDAYS)
# A schedule's title: "Schedule for the Week of July 7, 2014", "schedule for the week of 7 July"
# (a "week of" in running text, "the trial begins the week of April 15", is no programme).
_WEEK_OF = re.compile(
    rf"\bschedule\s+for\s+(?:the\s+)?week\s+of\s+(?:(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH}))\b(?:,?\s+(?P<year>\d{{4}}))?",
    re.I,
)
# "I have a week ahead for you", "the President's week ahead".
_WEEK_AHEAD = re.compile(r"\bweek\s+ahead\b", re.I)
# What the deadline reader matched, when it is only a weekday, or a weekday and its hour:
# "On Friday", "Saturday", "Friday … at 9:00 a.m." (the hour is left out of the day).
_BARE_WEEKDAY = re.compile(
    rf"^\s*(?:on\s+)?(?P<weekday>{_WEEKDAY})(?:\s*…\s*at\s+\d{{1,2}}(?:[:.]\d\d)?\s*"
    r"[ap]\.?m\.?)?\s*$",
    re.I,
)


def announced_week(text: str, published: datetime) -> tuple[int, date] | None:
    """Where a text first names the coming week it announces, and that week's Monday:
    "the week of <day>" (the Monday of the week holding it) or "week ahead" (the Monday
    after the publication); None when the week does not start after the publication."""
    day = published.date()
    found = _WEEK_OF.search(text)
    if found is not None:
        month_word = (found["month"] or found["month2"]).lower()
        year = int(found["year"]) if found["year"] else day.year
        try:
            named = date(year, MONTH_NUMBERS[month_word], int(found["day"] or found["day2"]))
        except ValueError:
            return None
        monday = named - timedelta(days=named.weekday())
        return (found.start(), monday) if monday > day else None
    ahead = _WEEK_AHEAD.search(text)
    if ahead is None or day.weekday() < 4:
        return None
    return ahead.start(), day + timedelta(days=7 - day.weekday())


def day_in_week(matched: str, read: date, monday: date) -> date | None:
    """The day of the week starting `monday` that a bare weekday (`matched`, read alone as
    `read`) names, when `read` falls before that week; None otherwise."""
    found = _BARE_WEEKDAY.match(matched)
    if found is None or read >= monday:
        return None
    return monday + timedelta(days=WEEKDAYS.index(found["weekday"].lower()) % 7)
