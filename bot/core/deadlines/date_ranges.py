"""A range of dates across two months, the year written once after its end (issue 12,
round 24a): "April 8–November 30, 2016", "September 26–October 7, 2016", "8 April–30
November 2016", "from April 8 to November 30, 2016". The scanner reads each end as a date of
its own; the start, given no year, would be its next occurrence, which once it has passed is
in the year after the end, and as the later date it would be taken for the deadline ("chosen
over 'November 30, 2016': the later end of a range counts"), a wrong date with no warning.

The year written at the end belongs to both ends: the start is the last such day on or
before the end ("December 15–January 15, 2017" starts on 15 December 2016). A range whose end
has no year either lies where its end falls ("April 8–November 30", said in June, runs from
this April to this November). The range's due is its end; the end, read with the start
before it, carries the start as its earliest moment. Read by readers.py for the calendar
dates written with a month name ("date_mdy", "date_dmy").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Final

from bot.core.deadlines.context import Ctx, Res, day_res, month_of, occurrence_of, valid
from bot.core.deadlines.words import DAY_ORD, MONTH_WORD

_MONTH: str = MONTH_WORD
_DAY: str = DAY_ORD
# the words between the two ends: a dash (the text reaches us with its dashes made "-"), or
# a word of range
_JOIN: str = r"\s*(?:-|to|through|thru|until|till)\s*"
_END_AFTER: Final = re.compile(
    _JOIN + rf"(?:(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?:,?\s+(?P<y>[0-9]{{4}})(?![0-9]))?"
    rf"|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>[0-9]{{4}})(?![0-9]))?)"
)
_START_BEFORE: Final = re.compile(
    rf"(?:(?P<m>{_MONTH})\s+(?P<d>{_DAY})|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH})){_JOIN}$"
)
_LEAD: Final = frozenset("-tu")  # how every join opens, past its spaces
_JOIN_WORDS: Final = ("-", "to", "through", "thru", "until", "till")  # how every join ends
_DIGITS: Final = re.compile(r"[0-9]+")


def ranged(m: re.Match[str], res: Res, year: int | None, ctx: Ctx) -> Res:
    """A calendar date read alone, as one end of a range across months: a year-less start
    takes its year from the end after it; an end keeps the start before it as its earliest."""
    if res.day is None:
        return res
    if year is None and (start := start_day(m.string, m.end(), res.day, ctx)):
        return day_res(start, ctx)
    if first := range_start(m.string, m.start(), res.day):
        return replace(res, earliest=ctx.start_of(first))
    return res


def start_day(text: str, end: int, read: date, ctx: Ctx) -> date | None:
    """The day a year-less start of a range names (`read` alone), given the end written
    after it at `end`: in the end's year, or the year before when the start's day comes
    later in the year than the end's. None when no end of a range follows."""
    rest = text[end : end + 40].lstrip()
    if not rest or rest[0] not in _LEAD:
        return None  # most dates: nothing of a range after them
    m = _END_AFTER.match(text, end)
    if m is None:
        return None
    last = _end_of(m, ctx)
    if last is None:
        return None
    month, day = read.month, read.day
    year = last.year if (month, day) <= (last.month, last.day) else last.year - 1
    return date(year, month, day) if valid(year, month, day) else None


def range_start(text: str, start: int, end_day: date) -> date | None:
    """The start of the range whose end, `end_day`, is written at `start` ("April 8–" before
    "November 30, 2016"): the last such day on or before the end."""
    if start < 4 or not text[max(0, start - 9) : start].rstrip().endswith(_JOIN_WORDS):
        return None  # most dates: nothing of a join just before them
    m = _START_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.end() != start:
        return None
    month, day = _month_day(m)
    year = end_day.year if (month, day) <= (end_day.month, end_day.day) else end_day.year - 1
    if not valid(year, month, day) or date(year, month, day) >= end_day:
        return None
    return date(year, month, day)


def _end_of(m: re.Match[str], ctx: Ctx) -> date | None:
    """The end's day: its own year, or (not reading the past) its next occurrence."""
    month, day = _month_day(m)
    year = m["y"] or m["y2"]
    if year is None:
        return None if ctx.past else occurrence_of(month, day, ctx)
    return date(int(year), month, day) if valid(int(year), month, day) else None


def _month_day(m: re.Match[str]) -> tuple[int, int]:
    digits = _DIGITS.match(m["d"] or m["d2"])
    assert digits is not None  # a day is digits first
    return month_of(m["m"] or m["m2"]), int(digits.group())
