""" "The coming year" said as a year is about to begin (issue 12, stop 59): that year.

A body that publishes its plan in the last weeks of a year ("During the coming year we will
continue this trend", a business plan published on 30 March in London, where the fiscal year
starts on 1 April; "in the coming year" in a December statement) means the year that starts
next, and its plan is checked at that year's end. Read as a year counted from the moment of
speaking, it fell due a day to a month early ("the coming year" said on 30 March 2017: 30
March 2018, not 31 March), and "this coming year" read as the next calendar year fell due
nine months late in March (31 December 2020, not 31 March 2020).

Only within `_NEAR` days before the end of a calendar year or of the server's fiscal year
(`Ctx.fy_end`): elsewhere the readings stay as they were.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from bot.core.deadlines.context import Ctx, last_day

# how close to a year's end "the coming year" names the year that starts next
_NEAR: Final = 31


def _end_in(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, last_day(year, month).day))


def next_year_end(ctx: Ctx) -> date | None:
    """The last day of the year about to begin, when the day of speaking is in the last
    `_NEAR` days of a calendar or fiscal year; None elsewhere."""
    today = ctx.today
    for month, day in ((12, 31), ctx.fy_end):
        end = _end_in(today.year, month, day)
        if end < today:
            end = _end_in(today.year + 1, month, day)
        if (end - today).days < _NEAR:
            return _end_in(end.year + 1, month, day)
    return None
