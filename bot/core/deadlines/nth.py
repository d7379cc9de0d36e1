"""The n-th weekday of a month: "the second Tuesday of September", "the first Monday in
June", "the last Friday of the month" (how sittings, sales and elections are fixed)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from dateutil.relativedelta import relativedelta

from bot.core.deadlines.context import (
    INVALID,
    Ctx,
    Hit,
    Res,
    day_res,
    last_day,
    month_of,
    year_of,
)
from bot.core.deadlines.vocabulary import WEEKDAYS

_ORDER: Final = {"fi": 1, "1s": 1, "se": 2, "2n": 2, "th": 3, "3r": 3, "fo": 4, "4t": 4, "5t": 5}


def _count(nth: str) -> int:
    """ "second", "2nd" -> 2 ("fi" is "first", so "fifth" is looked up whole)."""
    return 5 if nth == "fifth" else _ORDER[nth[:2]]


def _nth(month_start: date, weekday: int, nth: str) -> date | None:
    if weekday < 0:  # the nth or last working day: Monday to Friday
        if nth.startswith(("last", "final")):
            day = last_day(month_start.year, month_start.month)
            while day.weekday() >= 5:
                day -= timedelta(days=1)
            return day
        day = month_start - timedelta(days=1)
        for _ in range(_count(nth)):  # "the second working day of October"
            day += timedelta(days=1)
            while day.weekday() >= 5:
                day += timedelta(days=1)
        return day
    if nth.startswith(("last", "final")):
        last = last_day(month_start.year, month_start.month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    n = _count(nth)
    day = month_start + timedelta(days=(weekday - month_start.weekday()) % 7 + 7 * (n - 1))
    return day if day.month == month_start.month else None


def read_nth_weekday(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if ctx.past:
        return None
    weekday = WEEKDAYS[m["nw_wd"].rstrip(".")[:3]] if m["nw_wd"] else -1
    this_month = ctx.today.replace(day=1)
    fixed = True
    if rel := m["nw_rel"]:
        starts = [this_month + relativedelta(months=1 if rel == "next" else 0)]
        if rel == "the":  # "the last Friday of the month": this month's, or next month's
            starts.append(this_month + relativedelta(months=1))
            fixed = False
    else:
        month, year = month_of(m["nw_m"]), year_of(m, "nw", ctx)
        if year is None:
            year, fixed = ctx.today.year, False
            starts = [date(year, month, 1), date(year + 1, month, 1)]
        else:
            starts = [date(year, month, 1)]
    for start in starts:
        day = _nth(start, weekday, m["nw_n"])
        if day is None:
            return INVALID  # "the fifth Monday of February 2026" does not exist
        if fixed or day >= ctx.today:
            return day_res(day, ctx)
    return INVALID
