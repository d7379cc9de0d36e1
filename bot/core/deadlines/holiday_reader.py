"""The reading of a holiday's name (the scanner's "holiday" phrases): the next occurrence of
the feast, the latest one for a phrase about the past, the one of a year written after it
("Christmas 2027"), and the one of the following year after "next". Moved out of readers.py
at stop 66 (identical readings) so that a weekend named by its holiday can be read here."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from bot.core.deadlines import naming
from bot.core.deadlines.context import Ctx, Hit, Res, day_res
from bot.core.deadlines.countries import country
from bot.core.deadlines.holidays import HOLIDAY_BY_NAME, Holiday

_SPACES: Final = re.compile(r"\s+")


def read_holiday(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if naming.own_day(m.string, m.end(), hit.core):
        return None  # "an update on the President's day": his day, not the holiday
    name = _SPACES.sub(" ", m["hol"].replace("'", "")).lower()
    found = _occurrence(HOLIDAY_BY_NAME[name], m["hol_y"], m["hol_rel"], ctx)
    if found is None:
        return None
    if not ctx.past and _WEEKEND.match(m.string, m.end()):
        weekend = _weekend_of(found, name, ctx)
        if weekend is not None:
            first, last = weekend
            return Res(due=ctx.end_of(last), precision="day", earliest=ctx.start_of(first))
    return day_res(found, ctx)


def _occurrence(holiday: Holiday, year: str | None, rel: str | None, ctx: Ctx) -> date | None:
    """The feast's day the phrase names: of the year written after it, else the next (the
    latest for a phrase about the past; the following year's after "next")."""
    if year:
        return holiday.on(int(year))
    today = ctx.today
    years: tuple[int, ...]
    if ctx.past:
        years = (today.year, today.year - 1)
    elif rel == "next":
        years = (today.year + 1,) if holiday.on(today.year) <= today else (today.year,)
    else:
        years = (today.year, today.year + 1)
    for each in years:
        found = holiday.on(each)
        if (found <= today) if ctx.past else (found >= today):
            return found
    return None


# "the Easter weekend", "the Memorial Day (holiday) weekend" (not "weekends": any of them)
_WEEKEND: Final = re.compile(
    r"\s+(?:(?:(?:bank|public|federal)\s+)?holiday\s+)?weekend\b(?!s)", re.IGNORECASE
)
# countries whose Easter weekend runs to Easter Monday, a public holiday there
_EASTER_MONDAY: Final = frozenset(("GB", "IE", "AU"))


def _weekend_of(day: date, name: str, ctx: Ctx) -> tuple[date, date] | None:
    """The first and last day of the weekend a holiday names (stop 66): "the Memorial Day
    weekend" Saturday to the Monday, "the Thanksgiving weekend" Thursday to Sunday, "the
    Easter weekend" Good Friday to Easter Monday where that is a holiday (else to the
    Sunday). None for a feast of a fixed date ("the Christmas weekend": the weekend nearest
    it, or the days off round it?), read as the feast's day as before."""
    if name.startswith("easter") and day.weekday() == 6:
        last = day + timedelta(days=1) if country(ctx.zone) in _EASTER_MONDAY else day
        return day - timedelta(days=2), last
    if name.startswith("thanksgiving") and day.weekday() == 3:
        return day, day + timedelta(days=3)
    if day.weekday() == 0 and HOLIDAY_BY_NAME[name].on(day.year + 1).weekday() == 0:
        return day - timedelta(days=2), day  # a holiday always on a Monday: Saturday to Monday
    return None
