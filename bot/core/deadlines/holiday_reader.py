"""The reading of a holiday's name (the scanner's "holiday" phrases): the next occurrence of
the feast, the latest one for a phrase about the past, the one of a year written after it
("Christmas 2027"), and the one of the following year after "next". Moved out of readers.py
at stop 66 (identical readings) so that a weekend named by its holiday can be read here."""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import naming
from bot.core.deadlines.context import Ctx, Hit, Res, day_res
from bot.core.deadlines.holidays import HOLIDAY_BY_NAME

_SPACES: Final = re.compile(r"\s+")


def read_holiday(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if naming.own_day(m.string, m.end(), hit.core):
        return None  # "an update on the President's day": his day, not the holiday
    holiday = HOLIDAY_BY_NAME[_SPACES.sub(" ", m["hol"].replace("'", ""))]
    if m["hol_y"]:
        return day_res(holiday.on(int(m["hol_y"])), ctx)
    today = ctx.today
    years: tuple[int, ...]
    if ctx.past:
        years = (today.year, today.year - 1)
    elif m["hol_rel"] == "next":
        years = (today.year + 1,) if holiday.on(today.year) <= today else (today.year,)
    else:
        years = (today.year, today.year + 1)
    for year in years:
        found = holiday.on(year)
        if (found <= today) if ctx.past else (found >= today):
            return day_res(found, ctx)
    return None
