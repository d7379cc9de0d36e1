"""Fiscal years: where a server's fiscal year ends, and the phrases that name one.

A fiscal year is named by the calendar year it ends in, as governments and companies
write it: with a 31 March year end "FY27", "FY 2026/27" and "the 2026-27 financial year"
all end on 31 March 2027; with a 30 September year end (US federal) "FY2026" ends on
30 September 2026. "this financial year" is the one that contains the reference day.

Japan names a fiscal year by the calendar year it begins in: "fiscal 2017" and "FY2017" run
from April 2017 to 31 March 2018. So on a server in Japan's zone whose fiscal year ends in
January to March (the setting: the default there stays 31 December, where both namings
agree), a single year named is the year the fiscal year begins (stop 58: "by the end of
fiscal 2017" had been 31 March 2017, a year early, and "fiscal 2016" said in December 2016
refused as past). A run of two years ("2017-18") still ends in its later year.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

from bot.core.deadlines import clauses
from bot.core.deadlines.context import PAST, SKIP, Ctx, Hit, Res, last_day, nearest_century
from bot.core.deadlines.countries import country
from bot.core.deadlines.periods import QUARTER_ORDINALS, Window, apply_modifier
from bot.core.deadlines.vocabulary import MONTHS

_SPACES: Final = re.compile(r"\s+")  # compiled once, not looked up in re's cache per phrase


# The default year end by the country of the server's time zone (issue 12): GB 31 March,
# AU 30 June, US federal 30 September, everywhere else 31 December.
@lru_cache(maxsize=256)
def default_fiscal_year_end(tz: str | ZoneInfo) -> tuple[int, int]:
    """(month, day) the fiscal year ends on for a server in `tz`, before any setting."""
    return {"GB": (3, 31), "AU": (6, 30), "US": (9, 30)}.get(country(tz), (12, 31))


def parse_fiscal_year_end(text: str) -> tuple[int, int] | None:
    """ "03-31", "31 March", "March 31", "30/6" -> (month, day); None when unreadable."""
    words = text.strip().lower().replace(",", " ")
    if m := re.fullmatch(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})", words):
        a, b = int(m[1]), int(m[2])
        month, day = (a, b) if a <= 12 and (b > 12 or "-" in words) else (b, a)
    elif m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)", words):
        day, month = int(m[1]), MONTHS.get(m[2][:3], 0)
    elif m := re.fullmatch(r"([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?", words):
        month, day = MONTHS.get(m[1][:3], 0), int(m[2])
    else:
        return None
    if not 1 <= month <= 12 or not 1 <= day <= last_day(2001, month).day:
        return None  # 29 February is no year end: most years have none
    return (month, day)


def _year_end(year: int, ctx: Ctx) -> date:
    month, day = ctx.fy_end
    return date(year, month, min(day, last_day(year, month).day))


def _named_year(a: str | None, b: str | None, today: int) -> int | None:
    """The calendar year a named fiscal year ends in: "2025-26" -> 2026, "27" said in 2026
    -> 2027, "96" said in 1996 -> 1996."""
    if b:
        end = int(b)
        if end < 100:
            start = int(a) if a else None
            if start is not None and start >= 100:
                end += start // 100 * 100
                end += 100 if end < start else 0  # "1999-00"
            else:
                end = nearest_century(end, today)
        return end
    if a:
        if len(a) not in (2, 4):
            raise ValueError(a)  # "FY0", "FY120": no year we can name; refused, not dropped
        year = int(a)
        return nearest_century(year, today) if year < 100 else year
    return None


def read_fiscal(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if ctx.past:
        return None
    if m["fy_other"]:
        # "during academic year 2025 to 2026", "in time for the 2019/20 summer season": a
        # year of another calendar after a time word is left unread and named in a refusal
        # when nothing else is read; with no time word it only names which year's thing ("As
        # we begin the 2016-2017 winter season"); a date beside it still stands ("for the
        # 2013 to 2014 academic year on 1 May"; stop 68)
        if hit.pre:
            hit.note = "number"
        return SKIP
    if (m["fy_a5"] or m["fy_a6"]) and _named_then_past(m, hit):
        return PAST  # "2016 to 2017 has been challenging", "The ACMF 2014 to 2015 round 1 was"
    if a5 := m["fy_a5"]:
        quarter = _quarter_number(m["fy_q3"])
        return _bare_years(int(a5), int(m["fy_b5"]), m["fy_mod"] or "", ctx, quarter)
    if a6 := m["fy_a6"]:  # "from 2022 to 2025": not open-ended, due at the later end
        hit.open = False
        if _gov_uk_year(m, int(a6), int(m["fy_b6"]), ctx):
            return _bare_years(int(a6), int(m["fy_b6"]), m["fy_mod"] or "", ctx)
        first, last = int(a6), int(m["fy_b6"])
        if first - 50 <= last < first:  # "from 2030 to 2027": no range runs backwards, a
            # target moved to the year named last (CONVENTIONS 4.1; stop 67)
            return _part(Window(date(last, 1, 1), date(last, 12, 31), "year", "year"), "", ctx)
        return _year_range(first, last, ctx)
    if (m["fy_tax"] or m["fy_tax2"]) and ctx.fy_end == (3, 31):
        ctx = replace(ctx, fy_end=(4, 5))  # the UK tax year ends on 5 April
    named = _named_year(
        m["fy_a"] or m["fy_a2"] or m["fy_a3"] or m["fy_a4"],
        m["fy_b"] or m["fy_b2"] or m["fy_b3"],
        ctx.today.year,
    )
    rel = m["fy_rel"] or ""
    if named is not None and _named_by_start(ctx) and not (m["fy_b"] or m["fy_b2"] or m["fy_b3"]):
        named += 1  # Japan's "fiscal 2017": April 2017 to March 2018 (see the module)
    if named is not None:
        end = _year_end(named, ctx)
    else:
        if not (rel or m["fy_mod"] or hit.pre or hit.whole):
            return None  # "the financial year" with nothing around it is just a noun
        end = _year_end(ctx.today.year, ctx)
        if end < ctx.today:
            end = _year_end(ctx.today.year + 1, ctx)
        if rel in ("next", "following", "coming"):
            end = _year_end(end.year + 1, ctx)
        elif rel in ("last", "previous"):
            return PAST
    start = _year_end(end.year - 1, ctx) + timedelta(days=1)
    window = Window(start, end, "year", "year")
    quarter = _quarter_number(m["fy_q"] or m["fy_q2"])  # "Q1 FY26", "FY2027 Q2"
    return _part(window, m["fy_mod"] or "", ctx, quarter)


# the past of the clause a bare range of years stands in: "was", "were", "has been"
_PAST_AFTER: Final = re.compile(
    r"^(?:[\sa-z0-9]{0,30}?\s)?(?:was|were|has\s+been|have\s+been|had\s+been)\b"
)


def _named_then_past(m: re.Match[str], hit: Hit) -> bool:
    """A range of years with no time word before it that names what its clause then tells
    in the past: the year of a programme or a review ("The ACMF 2014 to 2015 round 1 was
    open", "2016 to 2017 has been challenging"), not a time ahead (stop 59). A lone year so
    placed is never read (periods: a year wants a time word)."""
    if hit.pre or hit.whole:
        return False
    return _PAST_AFTER.match(clauses.clause_after(m.string, m.end())) is not None


# GOV.UK writes the financial year 2023-24 as "2023 to 2024"; "from 2023 to 2024" and
# "between 2023 and 2024" stay a range of calendar years
_RANGE_OPENS: Final = re.compile(r"\b(?:from|between)\s+$")
_TO_WORD: Final = re.compile(r"\s+to\s+")


def _gov_uk_year(m: re.Match[str], first: int, second: int, ctx: Ctx) -> bool:
    """ "by 2023 to 2024" on a server with a 31 March year end: the financial year 2023-24
    (stop 58), not the calendar years 2023 and 2024."""
    return (
        second == first + 1
        and ctx.fy_end == (3, 31)
        and _TO_WORD.fullmatch(m.string, m.end("fy_a6"), m.start("fy_b6")) is not None
        and _RANGE_OPENS.search(m.string, max(0, m.start("fy_a6") - 12), m.start("fy_a6")) is None
    )


_START_NAMED_ZONES: Final = ("Asia/Tokyo", "Japan")


def _named_by_start(ctx: Ctx) -> bool:
    """Whether a single year names the fiscal year beginning in it: Japan's zone with a year
    end in January to March (see the module)."""
    key = getattr(ctx.zone, "key", "") or ""
    return ctx.fy_end[0] <= 3 and key in _START_NAMED_ZONES


def _quarter_number(q: str | None) -> int:
    """The quarter "Q<n>" names, 0 for none."""
    if q is None:
        return 0
    if not 1 <= int(q) <= 4:
        raise ValueError(q)  # "Q7 FY27": no quarter; refused, not dropped
    return int(q)


# "the second quarter of", "the end of the third quarter of" (fy_mod): the quarter, and
# what is said of it in front
_QUARTER: Final = re.compile(r"(?P<pre>.*?)(?:the )?(?P<nth>[a-z0-9]+) quarter of")


_HALF: Final = re.compile(r"(?:the )?(?:first|second) half of$")


def _part(window: Window, named: str, ctx: Ctx, quarter: int = 0) -> Res:
    """The fiscal year, or the part of it named in front ("the first half of", "early",
    "mid-", "the end of", "the second quarter of") or by "Q<n>" (`quarter`): a half is six
    months, a quarter three, early, mid and late their thirds. A quarter is one of the
    fiscal year's: of the twelve months up to the window's end (stop 53, fix12: "the third
    quarter of FY2026-27" had been read as the third calendar quarter of 2027, "In the
    second quarter of 2002-03" as that of 2002)."""
    mod = _SPACES.sub(" ", named).strip()
    if (q := _QUARTER.fullmatch(mod)) is not None:
        quarter, mod = QUARTER_ORDINALS[q["nth"]], q["pre"].strip() or "end of"
    if quarter:
        first = window.end + timedelta(days=1) + relativedelta(months=3 * (quarter - 1) - 12)
        window = Window(first, first + relativedelta(months=3, days=-1), "quarter", "quarter")
    if mod.endswith("half of"):
        # "the first half of": due at its end; "the end of the first half of" (stop 58) too,
        # and "the start of the second half of" at that half's start
        mod = _HALF.sub("", mod).strip() or "end of"
        middle = _half(window)
        if "first" in named:
            window = Window(window.start, middle, "quarter", "half")
        else:
            window = Window(middle + timedelta(days=1), window.end, "quarter", "half")
    return apply_modifier(window, mod, ctx)


def _bare_years(first: int, second: int, mod: str, ctx: Ctx, quarter: int = 0) -> Res | None:
    """ "2024-25": a fiscal year where fiscal years straddle two calendar years (GB, AU,
    US), else the two calendar years; either way due at the later end. A part named in
    front ("early 2024-25", "the first half of 2026-2030") is that part of the years named
    (stop 52): their thirds or halves, by months."""
    if second > 999 and second != first + 1:
        if quarter or "quarter" in mod:
            raise ValueError(mod)  # "Q2 2026-2030": no one quarter; refused, not dropped
        return _year_range(first, second, ctx, mod)  # "2026-2030": a programme's years
    if second not in (first + 1, (first + 1) % 100):
        return None  # "2024-27" is no year's name
    if ctx.fy_end == (12, 31):
        window = Window(date(first, 1, 1), date(first + 1, 12, 31), "year", "year")
    else:
        end = _year_end(first + 1, ctx)
        window = Window(_year_end(first, ctx) + timedelta(days=1), end, "year", "year")
    return _part(window, mod, ctx, quarter)


def _year_range(first: int, last: int, ctx: Ctx, mod: str = "") -> Res | None:
    """ "from 2022 to 2025", "2026-2030": the calendar years of a programme, due at the end
    of the last one (or of the part named in front: "early 2026-2030")."""
    if not first < last <= first + 50:
        return None
    return _part(Window(date(first, 1, 1), date(last, 12, 31), "year", "year"), mod, ctx)


def _half(window: Window) -> date:
    """The last day of the window's first half, by months (six of a year's twelve)."""
    months = (window.end.year - window.start.year) * 12 + window.end.month - window.start.month
    month = window.start.month + (months + 1) // 2 - 1
    year = window.start.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return last_day(year, month)
