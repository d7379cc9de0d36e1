"""'the following year' and 'the following month' after a dated phrase (issue 12, stop 53).

"between October 1974 and September 1975 and 1,098,000 tonnes the following year", "will
open in 2028 and expand the following year": "the following" counts from the date its
sentence gave last, not from the moment of speaking. The phrase falls due at the end of the
year (or month) after that date's; told of the past (the end gone by), it is past. With no
dated phrase before it, it is read as before (a year or month from now).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from typing import Final

from bot.core.deadlines.context import PAST, Ctx, Res

_FOLLOWING: Final = re.compile(r"the\s+following\s+(?P<unit>year|month)")


def from_anchor(core: str, anchor: datetime | None, ctx: Ctx) -> Res | None:
    """The reading of `core` ("the following year") counted from `anchor`, the due time of
    the dated phrase before it, or None to read it as before."""
    if anchor is None or not core.startswith("the following "):
        return None  # the cheap test first
    m = _FOLLOWING.fullmatch(core.rstrip(" .,;"))
    if m is None:
        return None
    day = anchor.astimezone(ctx.zone).date()
    if m["unit"] == "year":
        last = date(day.year + 1, 12, 31)
    else:
        year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
    due = ctx.end_of(last)
    if due < ctx.reference:
        return PAST
    return Res(due=due, precision="year" if m["unit"] == "year" else "month")
