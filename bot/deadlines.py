"""Deadline words plus the moment they were said -> the moment a pledge falls due.

Why a scanner of our own instead of a general date parser: pledges arrive as deadline
*phrases* ("within two weeks", "by the end of the quarter", "in the coming months"),
often inside a whole sentence, and the product needs more than a timestamp. It needs to
know whether the words were vague, where a window starts and how precise the speaker
was, and it must refuse to guess when the words hold no time frame at all ("after that
meeting takes place"). General parsers answer "which date is this string" and fill the
gaps with today's values, which turns refusals into wrong deadlines. dateutil still does
the calendar work (relativedelta for month arithmetic, easter for the movable feasts).

How it reads text: one precompiled regular expression finds every time phrase it knows
(with the filler words in front, such as "by", "no later than", "within"); each phrase is
then read by the rule that matched it. Neighbouring phrases combine ("5 p.m." + "on 20
August", "two weeks" + "before Christmas"). Of the phrases left, a definite one beats a
vague one, then the longest wins. The whole thing runs at tens of thousands of phrases
per second because the hot path is one regex scan and a few dictionary look-ups.

Conventions, decided here so that every part of the bot reads deadlines alike:

- Minutes and hours are exact instants counted from the reference. Every other span
  ("within two weeks", "in 3 months") lands on a local calendar day and falls due at
  the end of that day (23:59:59 in the server's zone): a speaker who says "two weeks"
  has not broken the pledge at 10:01 on the fourteenth day. Months and years use
  calendar arithmetic (31 January + 1 month = 28 February).
- A range ("two to three weeks", "Q3", "in October", "the weekend") falls due at its
  later end; `earliest` is where the window starts.
- "<weekday>" and "this <weekday>" mean the next such day on or after the reference
  day. "next <weekday>" means that day in the following Monday-to-Sunday week, which is
  the later of the two common readings: a tracker should not call a pledge overdue on
  a reading the speaker may not have meant. "<weekday> week" is a week after
  "<weekday>".
- Weeks run Monday to Sunday: "the end of the week" is Sunday.
- A date without a year is its next occurrence on or after the reference day (for
  `parse_said_on`, its latest occurrence on or before the day it is read).
- Numeric dates: four-digit-year-first is year-month-day; otherwise a part above 12 is
  the day, and when both could be the day `day_first` decides (default day first).
- Vague words are vague windows (`vague=True`) that fall due at the window's end and
  start at the reference: "the coming days", "a few days" and "within days" 7 days;
  "the coming weeks", "a few weeks" and "within weeks" 4 weeks; "the coming months"
  3 months; "the coming years" 3 years; "soon", "shortly", "in due course", "in the
  near future", "as soon as possible" 60 days; "immediately", "right away", "without
  delay" 7 days. These are product choices, not facts about English: a reminder has
  to come at some point, and 60 days is long enough that "soon" is not called broken
  too early and short enough that the pledge is reviewed while people remember it.
- "early / mid / late <period>" split the period in thirds: of a year, January-April,
  May-August, September-December; of a month, days 1-10, 11-20, 21-end; of a quarter
  or season, its months; of a week, Mon-Tue, Wed-Thu, Fri-Sun. "The beginning of"
  reads as "early". "later this <period>" runs from the reference to the period's end.
- Seasons are meteorological (summer = June-August) and flip for zones that observe
  daylight saving time in January or lie in a short list of southern zones.
- Parts of the day end at: morning 12:00, afternoon 18:00, evening and night 23:59:59,
  lunchtime 14:00, close of business 17:00, midnight 23:59:59 of that day. A bare time
  ("by 5pm") is its next occurrence. A zone word after a time ("5pm ET", "17:00 CET")
  makes the whole phrase read on that zone's calendar.
- Business days skip Saturdays and Sundays (not public holidays); counted from a
  weekend they start from the Friday before.
- A span may count from a date that follows it: "two weeks before Christmas", "a week
  from Friday", "the day after Christmas". A span tied to an event we cannot date
  ("within two weeks of the election") makes the whole text unreadable (None): any
  date we printed would be a guess. A phrase after "after", "from", "since" or "every"
  is open-ended and is ignored, and so is "as soon as <event>".
- A result more than a day before the reference is no deadline (it is in the past),
  and a fixed date that does not exist ("February 30") is refused rather than rolled.
- `precision` is how finely the words pin the moment, for display: "minute"/"hour" for
  clock times and exact spans, "day" for days and counted spans, and otherwise the unit
  the words name ("the end of the month" is "month", "early 2026" is "year", "Q3" and
  seasons are "quarter", a vague "few weeks" is "week", "soon" is "month").

The time zone may be an IANA name or a ZoneInfo. An unknown zone name raises ValueError,
as does a naive reference: both are programming errors, so callers should validate a
zone name where it is entered. The *text*, which comes from users, never raises.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

__all__ = [
    "DEADLINE_EXAMPLES",
    "HOLIDAYS",
    "Deadline",
    "Holiday",
    "Precision",
    "parse_deadline",
    "parse_said_on",
]

Precision = Literal["minute", "hour", "day", "week", "month", "quarter", "year"]

DEADLINE_EXAMPLES: tuple[str, ...] = (
    "within two weeks",
    "by Friday",
    "by the end of September",
    "5 p.m. on 20 August",
    "Q3 2026",
    "in the coming months",
)


@dataclass(frozen=True, slots=True)
class Deadline:
    """What a deadline phrase means.

    `due` is always aware UTC so it can be stored and compared without knowing the
    server's zone; `earliest` (also UTC) is set for windows and ranges and is never
    before the reference. `matched` is the part of the text that was understood, so the
    bot can show "understood: within two weeks" and the member can see what was read.
    """

    due: datetime
    vague: bool
    earliest: datetime | None
    matched: str
    precision: Precision


# --------------------------------------------------------------------------------------
# Holidays: a table, so that adding one is one line.


@dataclass(frozen=True, slots=True)
class Holiday:
    """A named day. `names` are lower-case phrasings; an apostrophe is optional."""

    names: tuple[str, ...]
    on: Callable[[int], date]


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _nth_weekday(month: int, weekday: int, n: int) -> Callable[[int], date]:
    """The n-th weekday of a month (n = -1 for the last), as holiday rules are written."""

    def rule(year: int) -> date:
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)

    return rule


def _after_easter(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


def _after(rule: Callable[[int], date], days: int) -> Callable[[int], date]:
    return lambda year: rule(year) + timedelta(days=days)


_THANKSGIVING = _nth_weekday(11, 3, 4)

HOLIDAYS: tuple[Holiday, ...] = (
    Holiday(("christmas eve", "xmas eve"), _fixed(12, 24)),
    Holiday(("christmas day", "christmas", "xmas"), _fixed(12, 25)),
    Holiday(("boxing day",), _fixed(12, 26)),
    Holiday(("new year's eve", "nye"), _fixed(12, 31)),
    Holiday(("new year's day", "new year's", "new year"), _fixed(1, 1)),
    Holiday(("good friday",), _after_easter(-2)),
    Holiday(("easter sunday", "easter day", "easter"), _after_easter(0)),
    Holiday(("easter monday",), _after_easter(1)),
    Holiday(("pentecost", "whitsun"), _after_easter(49)),
    Holiday(("valentine's day", "valentine's"), _fixed(2, 14)),
    Holiday(("st. patrick's day", "st patrick's day", "saint patrick's day"), _fixed(3, 17)),
    Holiday(("may day",), _fixed(5, 1)),
    Holiday(("memorial day",), _nth_weekday(5, 0, -1)),
    Holiday(("juneteenth",), _fixed(6, 19)),
    Holiday(("canada day",), _fixed(7, 1)),
    Holiday(("independence day", "the fourth of july", "fourth of july"), _fixed(7, 4)),
    Holiday(("bastille day",), _fixed(7, 14)),
    Holiday(("labor day", "labour day"), _nth_weekday(9, 0, 1)),
    Holiday(("halloween",), _fixed(10, 31)),
    Holiday(("guy fawkes night", "bonfire night"), _fixed(11, 5)),
    Holiday(("thanksgiving day", "thanksgiving"), _THANKSGIVING),
    Holiday(("black friday",), _after(_THANKSGIVING, 1)),
)

_HOLIDAY_BY_NAME: dict[str, Holiday] = {
    name.replace("'", ""): holiday for holiday in HOLIDAYS for name in holiday.names
}


def _holiday_names_pattern() -> str:
    names = sorted({n for h in HOLIDAYS for n in h.names}, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+").replace("'", "'?") for n in names)


# --------------------------------------------------------------------------------------
# Vocabulary.

_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}
_SMALL = {
    **_ONES, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30,
}
for _word, _n in list(_ORDINAL_WORDS.items()):
    if _n < 10:
        _ORDINAL_WORDS[f"twenty-{_word}"] = 20 + _n
        _ORDINAL_WORDS[f"twenty {_word}"] = 20 + _n
_ORDINAL_WORDS["thirty-first"] = _ORDINAL_WORDS["thirty first"] = 31

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_FULL_WEEKDAYS = frozenset(calendar.day_name[i].lower() for i in range(7))
_SEASON_START_NORTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SOUTHERN_PREFIXES = (
    "Australia/", "America/Argentina/", "America/Sao_Paulo", "America/Santiago",
    "America/Montevideo", "America/Lima", "Africa/Johannesburg", "Pacific/Auckland",
    "Pacific/Fiji", "Antarctica/",
)
_ZONE_WORDS = {
    "utc": "UTC", "gmt": "UTC",
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "eastern": "America/New_York", "new york": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
    "central": "America/Chicago",
    "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver",
    "mountain": "America/Denver",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "cet": "Europe/Paris", "cest": "Europe/Paris", "brussels": "Europe/Brussels",
    "paris": "Europe/Paris", "berlin": "Europe/Berlin",
    "bst": "Europe/London", "uk": "Europe/London", "london": "Europe/London",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
    "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
}

_EOD = time(23, 59, 59)
_NOON = time(12)


@dataclass(frozen=True, slots=True)
class _DayPart:
    """A named time of day: when it starts, when it ends, and a typical moment in it
    (the last is what "said on ... this morning" records)."""

    start: time | None
    end: time
    typical: time
    precision: Precision


_DAY_PARTS: dict[str, _DayPart] = {
    "morning": _DayPart(time(6), _NOON, time(9), "hour"),
    "afternoon": _DayPart(_NOON, time(18), time(15), "hour"),
    "evening": _DayPart(time(18), _EOD, time(19), "hour"),
    "night": _DayPart(time(18), _EOD, time(22), "hour"),
    "noon": _DayPart(None, _NOON, _NOON, "hour"),
    "midnight": _DayPart(None, _EOD, time(0), "hour"),
    "lunch": _DayPart(_NOON, time(14), time(13), "hour"),
    "cob": _DayPart(None, time(17), time(17), "hour"),
    "eod": _DayPart(None, _EOD, time(17), "day"),
}


def _alternation(words: object) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_G = "(?![a-z0-9])"  # end of a word, also after a trailing full stop ("p.m.", "sept.")
_YEAR4 = "(?:19|20|21)[0-9]{2}"
_NUMWORD = (
    rf"(?:(?:{_alternation(_TENS)})(?:[\s-]+(?:{_alternation(_ONES)}))?"
    rf"|{_alternation(_SMALL)})"
)
_NUM = (
    r"(?:[0-9]{1,6}(?:\.[0-9]+)?|(?:a|one)\s+hundred|" + _NUMWORD
    + r"|a\s+couple(?:\s+of)?|couple\s+of|a\s+dozen|dozen|half\s+an?|a\s+half|an?)" + _G
)
_NUMH = rf"{_NUM}(?:\s+and\s+a\s+half)?"
_UNITS = (
    r"(?:minutes?|mins?|hours?|hrs?|h|business\s+days?|working\s+days?|weekdays|days?|d"
    r"|weeks?|wks?|w|fortnights?|months?|mos?|quarters?|years?|yrs?|y|decades?)"
    r"(?:'s|s'|')?" + _G
)
_UNITS_SINGULAR = r"(?:minute|hour|day|week|fortnight|month|quarter|year|decade)" + _G
_MONTH_NAMES = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?" + _G
)
_WEEKDAY_NAMES = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)\.?" + _G
)
_ORDINAL_DAY = rf"(?:[0-9]{{1,2}}(?:st|nd|rd|th)?|{_alternation(_ORDINAL_WORDS)})" + _G
_SEASONS = r"(?:spring|summer|autumn|fall|winter)" + _G
_AMPM = r"(?:a\.?\s?m\.?|p\.?\s?m\.?)" + _G
_HOUR_WORDS = _alternation(w for w, n in _SMALL.items() if n <= 12)
_FEW = r"(?:a\s+few|few|several|a\s+handful\s+of|a\s+number\s+of|a\s+matter\s+of)"
_HOLIDAY_NAMES = f"(?:{_holiday_names_pattern()})" + _G
_ZONES = (
    r"(?:\s*(?P<tm_zone>utc|gmt|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|cet|cest|bst"
    r"|aest|aedt|nzst|nzdt)" + _G
    + r"|\s+(?P<tm_zone_word>eastern|central|mountain|pacific|uk|london|new\s+york|brussels"
    r"|paris|berlin)\s+time" + _G + ")?"
)


def _range(p: str) -> str:
    return rf"(?:between\s+)?(?P<{p}_n>{_NUMH})(?:\s*(?:-|to|or|and)\s*(?P<{p}_n2>{_NUMH}))?"


def _year_spec(p: str) -> str:
    return (
        rf"(?:,?\s+(?:of\s+)?(?P<{p}_y>{_YEAR4}){_G}|\s*'(?P<{p}_y2>[0-9]{{2}}){_G}"
        rf"|(?:\s+of)?\s+(?P<{p}_yrel>this|next|the)\s+year{_G})?"
    )


# Each rule is (kind, pattern). Named groups belong to the rule; the combined scanner
# strips the names, and the rule's own compiled pattern re-reads the matched text.
# Order matters: at one position the first rule that matches wins.
_RULES: tuple[tuple[str, str], ...] = (
    ("refuse", r"as\s+soon\s+as(?!\s+(?:possible|practicable|feasible|practical|we\s+can"
               r"|i\s+can|they\s+can|he\s+can|she\s+can|it\s+can))" + _G),
    ("iso", rf"(?P<iso_y>{_YEAR4})[-/.](?P<iso_m>[0-9]{{1,2}})[-/.](?P<iso_d>[0-9]{{1,2}})"
            r"(?:t(?P<iso_h>[0-9]{2}):(?P<iso_mi>[0-9]{2})(?::(?P<iso_s>[0-9]{2})(?:\.[0-9]+)?)?"
            r"(?P<iso_z>z|[+-][0-9]{2}:?[0-9]{2})?)?(?![0-9])"),
    ("numdate", r"(?P<nd_a>[0-9]{1,2})[/.-](?P<nd_b>[0-9]{1,2})[/.-]"
                rf"(?P<nd_y>{_YEAR4}|[0-9]{{2}})(?![0-9])"),
    ("numdate_short", r"(?P<ns_a>[0-9]{1,2})/(?P<ns_b>[0-9]{1,2})(?![0-9/])"),
    ("date_mdy", rf"(?:(?P<md_wd>{_WEEKDAY_NAMES}),?\s+)?(?:the\s+)?(?P<md_m>{_MONTH_NAMES})"
                 rf"\s*(?:the\s+)?(?P<md_d>{_ORDINAL_DAY})" + _year_spec("md")),
    ("date_dmy", rf"(?:(?P<dm_wd>{_WEEKDAY_NAMES}),?\s+)?(?:the\s+)?(?P<dm_d>{_ORDINAL_DAY})"
                 rf"(?P<dm_of>\s+of)?[\s-]*(?P<dm_m>{_MONTH_NAMES})" + _year_spec("dm")),
    ("period_end", r"(?P<pe_unit>week|month|quarter|year)(?:[\s-]?end|'s\s+end)" + _G
                   + r"|eo(?P<pe_short>[wmqy])" + _G
                   + r"|end-of-(?P<pe_unit2>week|month|quarter|year)" + _G),
    ("period", (
        r"(?:(?P<p_mod>(?:the\s+)?(?:very\s+)?(?:end|close|conclusion|last\s+days?|final\s+days?"
        r"|last\s+weeks?|final\s+weeks?)\s+of|(?:the\s+)?(?:beginning|start|outset|first\s+days?"
        r"|first\s+weeks?)\s+of|(?:the\s+)?middle\s+of|(?:the\s+)?(?:early|late|later|latter)"
        r"\s+(?:part|stages?)\s+of|later\s+in|end|mid|middle|early|late|later)[\s-]*)?"
        r"(?:(?P<p_rel>this|next|the\s+current|current|the|coming)\s+)?(?:"
        rf"(?P<p_unit>weekend|week|month|quarter|year|decade){_G}"
        rf"|q(?P<p_q3>[1-4])\s*-\s*(?P<p_qy>{_YEAR4}){_G}"
        rf"|q(?P<p_q>[1-4]){_G}" + _year_spec("pqq")
        + rf"|(?P<p_qy_first>{_YEAR4})\s*q(?P<p_q2>[1-4]){_G}"
        r"|(?P<p_qord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+quarter" + _G
        + _year_spec("pq")
        + rf"|h(?P<p_h>[12])(?:\s*(?P<p_hy>{_YEAR4}))?{_G}"
        r"|(?P<p_hord>first|second|1st|2nd|latter|last)\s+half" + _G + _year_spec("ph")
        + rf"|(?P<p_month>{_MONTH_NAMES})" + _year_spec("pm")
        # "the summer recess" is an event with a date of its own, not the season.
        + rf"|(?P<p_season>{_SEASONS})(?:\s+(?P<p_sy>{_YEAR4}){_G})?"
        r"(?!\s+(?:recess|break|holidays?|session|term|sitting|vacation|sales?)" + _G + ")"
        rf"|(?P<p_year>{_YEAR4}){_G}"
        ")"
    )),
    ("past", (
        rf"(?:this\s+past|last|previous|past)\s+(?:(?P<pa_wd>{_WEEKDAY_NAMES})"
        rf"|(?P<pa_hol>{_HOLIDAY_NAMES})|(?:{_FEW}|couple\s+of|{_NUM})?\s*{_UNITS}"
        rf"|{_MONTH_NAMES}|{_SEASONS}|night{_G}|weekend{_G})"
        rf"|(?:{_range('pa')})\s*-?\s*(?P<pa_unit>{_UNITS})\s+ago{_G}"
        rf"|{_FEW}\s+{_UNITS}\s+ago{_G}"
        r"|(?P<pa_yday>yesterday|(?:the\s+)?day\s+before\s+yesterday)" + _G
        + r"|earlier\s+(?:today|this\s+(?:week|month|year|morning)|in\s+the\s+(?:week|month"
        r"|year|day))" + _G + r"|recently|the\s+other\s+day"
    )),
    ("span", (
        r"(?:(?:the\s+)?(?P<sp_next>next|coming|following|upcoming)\s+)?" + _range("sp")
        + rf"\s*-?\s*(?P<sp_unit>{_UNITS})(?P<sp_half>\s+and\s+a\s+half)?"
        r"(?:\s+or\s+(?P<sp_or>two|three|2|3|so)" + _G + r")?"
        r"(?:\s+(?:from\s+now|from\s+today|hence|later|time|from\s+the\s+date\s+of\s+(?:this|the)"
        r"\s+(?:pledge|promise|statement|announcement)))?"
        r"(?:\s+(?P<sp_rel>before|after|from|following|prior\s+to|of|since)" + _G + ")?"
        r"|the\s+(?P<sp_next1>next|coming|following|upcoming)\s+(?P<sp_unit1>"
        + _UNITS_SINGULAR + ")"
        + r"|this\s+time\s+next\s+(?P<sp_unit_same>week|month|year)" + _G
        + r"|the\s+(?P<sp_unit_rel>day|week|month)\s+(?P<sp_rel1>before|after)" + _G
        + r"|the\s+(?P<sp_unit_the>hour)" + _G
    )),
    ("vague", (
        rf"(?:(?:the\s+)?(?:coming|next|following|upcoming)\s+(?:(?:few|several|couple\s+of)\s+)?"
        rf"|{_FEW}\s+)(?P<vg_unit>days|weeks|months|years){_G}(?:\s+(?:ahead|to\s+come){_G})?"
        rf"|(?:the\s+)?(?P<vg_unit2>days|weeks|months|years)\s+(?:ahead|to\s+come){_G}"
        rf"|(?P<vg_within>days|weeks|months|years){_G}"
        r"|(?P<vg_soon>soon|shortly|in\s+due\s+course|before\s+(?:too\s+)?long"
        r"|(?:in\s+)?the\s+near\s+future|near\s+future|(?:in\s+)?the\s+short\s+term"
        r"|short[\s-]term|asap|a\.s\.a\.p\.?|as\s+soon\s+as\s+(?:possible|practicable|feasible"
        r"|practical|we\s+can|i\s+can|they\s+can|he\s+can|she\s+can|it\s+can)"
        r"|at\s+the\s+earliest\s+opportunity|any\s+(?:day|time)\s+now|sooner\s+rather\s+than"
        r"\s+later|in\s+short\s+order|imminently|in\s+a\s+while)" + _G
        + r"|(?P<vg_now>immediately|right\s+away|straight\s+away|straightaway|at\s+once"
        r"|forthwith|without\s+delay|urgently|without\s+further\s+delay)" + _G
    )),
    ("holiday", rf"(?:(?P<hol_rel>this|next)\s+)?(?:the\s+)?(?P<hol>{_HOLIDAY_NAMES})"
                rf"(?:,?\s+(?P<hol_y>{_YEAR4}){_G})?"),
    ("dom", rf"(?:{_WEEKDAY_NAMES},?\s+)?(?P<dom_the>the\s+)?(?P<dom_d>[0-9]{{1,2}})"
            r"(?:st|nd|rd|th)" + _G
            + r"(?:\s+of\s+(?P<dom_rel>this|next|the)\s+month" + _G + ")?"
            r"(?!\s+(?:century|centuries|anniversary|birthday|amendment|floor|percentile|time"
            r"|place|edition|session|congress|round|day|week|month|year|minute|hour)" + _G + ")"),
    ("weekday", r"(?:(?P<wd_rel>this\s+coming|this|next|coming|the\s+coming|the\s+next"
                r"|the\s+following|following)\s+)?"
                rf"(?P<wd>{_WEEKDAY_NAMES})(?:\s+(?P<wd_wk>next|this|the\s+following)\s+week{_G}"
                rf"|\s+(?P<wd_week>week){_G})?"),
    ("dayword", r"(?:the\s+)?(?:end\s+of\s+)?(?P<dw>today|tonight|tonite|tomorrow|tomorow|tmrw|tmr"
                r"|(?:the\s+)?day\s+after\s+tomorrow|overmorrow|this\s+(?:morning|afternoon"
                r"|evening)|later\s+today)" + _G),
    ("time", (
        r"(?:(?P<tm_h>[0-9]{1,2})(?:[:.h](?P<tm_m>[0-9]{2}))?\s*(?P<tm_ampm>" + _AMPM + ")"
        r"|(?P<tm_h24>[0-9]{1,2})[:h](?P<tm_m24>[0-9]{2})(?![0-9])"
        rf"|(?P<tm_hw>{_HOUR_WORDS}|[0-9]{{1,2}})\s+o'?\s?clock{_G}"
        r"(?:\s+(?P<tm_part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)" + _G + ")?"
        rf"|(?P<tm_hw2>{_HOUR_WORDS})\s*(?P<tm_ampm2>{_AMPM})"
        r"|(?P<tm_word>(?:12\s+)?noon|midday|midnight|lunch\s*time|lunch"
        r"|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|eod|cob|eob"
        r"|(?:the\s+)?close\s+of\s+(?:business|play)|(?:the\s+)?end\s+of\s+(?:business|play)"
        r"|(?:the\s+)?(?:morning|afternoon|evening|night))" + _G + ")" + _ZONES
    )),
)

_PREFIX_WORDS = (
    r"by\s+no\s+later\s+than|no\s+later\s+than|not\s+later\s+than|no\s+later|by|before"
    r"|up\s+until|up\s+to|until|till|til|within|inside\s+of|inside|in|on|at|during|over"
    r"|around|about|approximately|roughly|circa|sometime|some\s+time|at\s+some\s+point"
    r"|some\s+point|due|deadline:?|at\s+most|no\s+more\s+than|not\s+more\s+than|less\s+than"
    r"|under|in\s+time\s+for|ahead\s+of|prior\s+to|as\s+early\s+as|as\s+late\s+as"
    r"|probably|likely|possibly|hopefully|perhaps|maybe|first\s+thing|latest|@"
)
_OPEN_WORDS = (
    r"after|from|since|starting(?:\s+from|\s+in|\s+on)?|beginning|as\s+of|every|each"
    r"|not\s+before|no\s+earlier\s+than|no\s+sooner\s+than|later\s+than|once|post"
)
_SUFFIX = re.compile(
    r"(?:,?\s+(?:at\s+the\s+(?:very\s+)?latest|or\s+so|or\s+sooner|or\s+earlier|tops"
    r"|max(?:imum)?|at\s+most|latest)" + _G + ")*"
)


def _strip_group_names(pattern: str) -> str:
    return re.sub(r"\(\?P<[a-z0-9_]+>", "(?:", pattern)


# At most four filler words in a row: enough for "at some point in" or "probably by no
# later than", and it keeps the scan linear on text like "by by by by ...".
_SCANNER = re.compile(
    r"(?<![a-z0-9])(?P<pre>(?:(?:(?P<open>" + _OPEN_WORDS + r")|" + _PREFIX_WORDS
    + r")\s+){0,4})(?:"
    + "|".join(f"(?P<{kind}>{_strip_group_names(p)})" for kind, p in _RULES)
    + ")"
)
_RULE_PATTERNS: dict[str, re.Pattern[str]] = {kind: re.compile(p) for kind, p in _RULES}
_NOISE = re.compile(r"[\W_]*")
_DOTTED_END = re.compile(r"\.[A-Za-z]\.$")
_GAP_MERGE = re.compile(r"[\s,]*(?:-\s*)?")
_NORMALISE = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2013": "-",
                            "\u2014": "-", "\u2212": "-", "\u00a0": " "})


# --------------------------------------------------------------------------------------
# Reading context and intermediate results.


@dataclass(frozen=True, slots=True)
class _Ctx:
    reference: datetime  # aware, any zone
    zone: tzinfo
    local: datetime  # reference in `zone`
    today: date
    day_first: bool
    past: bool  # True for parse_said_on: year-less dates and weekdays look back

    def end_of(self, day: date) -> datetime:
        return datetime.combine(day, _EOD, tzinfo=self.zone)

    def start_of(self, day: date) -> datetime:
        return datetime.combine(day, time(0), tzinfo=self.zone)

    def at(self, day: date, when: time) -> datetime:
        return datetime.combine(day, when, tzinfo=self.zone)

    def in_zone(self, zone: tzinfo) -> _Ctx:
        local = self.reference.astimezone(zone)
        return _Ctx(self.reference, zone, local, local.date(), self.day_first, self.past)


@dataclass(frozen=True, slots=True)
class _TimeOfDay:
    when: time  # for deadlines: the moment it ends
    typical: time  # for said-on: a moment inside it
    start: time | None
    precision: Precision


@dataclass(frozen=True, slots=True)
class _Span:
    months: int
    days: int
    seconds: float
    business_days: int
    relation: str | None  # "before"/"after" an anchor that must follow
    precision: Precision  # of an exact (minutes/hours) span: "in 90 minutes" is to the minute


@dataclass(frozen=True, slots=True)
class _Res:
    due: datetime | None
    precision: Precision
    vague: bool = False
    earliest: datetime | None = None
    day: date | None = None  # set when the phrase names one local day (a time may join)
    part: str | None = None  # a part of that day already named ("tonight")
    tod: _TimeOfDay | None = None  # a time of day still looking for its day
    span: _Span | None = None  # a span that counts from an anchor, not the reference
    past: bool = False  # a phrase about the past: never a deadline
    invalid: bool = False  # a date that does not exist
    skip: bool = False  # understood, but carries no deadline (open-ended, conditional)


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    kind: str
    core: str
    pre: str
    open: bool
    whole: bool
    res: _Res | None = None


def _number(text: str) -> float | None:
    text = text.strip()
    half = 0.0
    if text.endswith("and a half"):
        half = 0.5
        text = text[: -len("and a half")].strip()
    if text[0].isdigit():
        return float(text) + half
    words = [w for w in re.split(r"[\s-]+", text) if w not in ("a", "an", "of")]
    if not words:  # "a", "an"
        return 1.0 + half
    if words[0] == "half":
        return 0.5
    if words[-1] == "hundred":
        return 100.0 + half
    special = {"couple": 2, "dozen": 12}
    total = 0
    for word in words:
        value = special.get(word) or _TENS.get(word) or _SMALL.get(word)
        if value is None:
            return None
        total += value
    return total + half


def _unit_of(text: str) -> str:
    text = text.rstrip("'s").strip()
    if text.startswith(("business", "working", "weekday")):
        return "bday"
    if text.startswith("min"):
        return "minute"
    if text.startswith("h"):
        return "hour"
    if text.startswith("decade"):
        return "decade"
    if text.startswith("d"):
        return "day"
    if text.startswith("fortnight"):
        return "fortnight"
    if text.startswith("w"):
        return "week"
    if text.startswith("mo"):
        return "month"
    if text.startswith("q"):
        return "quarter"
    return "year"


_MAX_SPAN_DAYS = 200 * 366


def _span_of(value: float, unit: str, relation: str | None = None) -> _Span | None:
    """Turn "1.5 years" into calendar parts; None when the span is absurdly long."""
    if value < 0:
        return None
    months = days = business = 0
    seconds = 0.0
    if unit == "minute":
        seconds = value * 60
    elif unit == "hour":
        seconds = value * 3600
    elif unit == "bday":
        business = _ceil(value)
    elif unit in ("day", "week", "fortnight"):
        days = _ceil(value * {"day": 1, "week": 7, "fortnight": 14}[unit])
    else:
        in_months = value * {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
        months = int(in_months)
        days = _ceil((in_months - months) * 30)
    if months * 31 + days + business * 2 + seconds / 86400 > _MAX_SPAN_DAYS:
        return None
    precision: Precision = "hour" if unit == "hour" and seconds % 3600 == 0 else "minute"
    return _Span(months, days, seconds, business, relation, precision)


def _ceil(value: float) -> int:
    whole = int(value)
    return whole + (1 if value > whole + 1e-9 else 0)


def _add_business_days(day: date, count: int) -> date:
    # Said at the weekend, the count starts as if said on the Friday before: five
    # business days from a Saturday end on the next Friday.
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    weeks, rest = divmod(count, 5)
    day += timedelta(weeks=weeks)
    while rest:
        day += timedelta(days=1)
        if day.weekday() < 5:
            rest -= 1
    return day


def _shift_day(day: date, span: _Span, sign: int) -> date:
    if span.business_days:
        if sign < 0:
            for _ in range(span.business_days):
                day -= timedelta(days=1)
                while day.weekday() >= 5:
                    day -= timedelta(days=1)
            return day
        return _add_business_days(day, span.business_days)
    return day + relativedelta(months=sign * span.months, days=sign * span.days)


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_of(text: str) -> int:
    return _MONTHS[text[:3]]


def _day_number(text: str) -> int:
    text = text.strip()
    if text[0].isdigit():
        return int(re.match(r"[0-9]+", text).group())  # type: ignore[union-attr]
    return _ORDINAL_WORDS[re.sub(r"\s+", " ", text)]


def _year_of(m: re.Match[str], p: str, ctx: _Ctx) -> int | None:
    """A year from a `_year_spec` group set, or None when the text gave none."""
    if y := m.group(f"{p}_y"):
        return int(y)
    if y2 := m.group(f"{p}_y2"):
        return 2000 + int(y2)
    rel = m.group(f"{p}_yrel")
    if rel == "next":
        return ctx.today.year + 1
    if rel in ("this", "the"):
        return ctx.today.year
    return None


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _occurrence(month: int, day: int, ctx: _Ctx) -> date | None:
    """The next (or, when reading the past, latest) month/day on or after (before) today.

    Eight years cover 29 February across a skipped leap year such as 2100.
    """
    step = -1 if ctx.past else 1
    year = ctx.today.year
    for _ in range(9):
        if _valid(year, month, day):
            found = date(year, month, day)
            if (found <= ctx.today) if ctx.past else (found >= ctx.today):
                return found
        year += step
    return None


def _day_res(day: date, ctx: _Ctx, precision: Precision = "day") -> _Res:
    return _Res(due=ctx.end_of(day), precision=precision, day=day)


_INVALID = _Res(due=None, precision="day", invalid=True)
_PAST = _Res(due=None, precision="day", past=True)
_SKIP = _Res(due=None, precision="day", skip=True)


# --------------------------------------------------------------------------------------
# Rule readers: matched text -> _Res.


def _read_iso(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res:
    year, month, day = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
    if not _valid(year, month, day):
        return _INVALID
    found = date(year, month, day)
    if m["iso_h"] is None:
        return _day_res(found, ctx)
    hour, minute, second = int(m["iso_h"]), int(m["iso_mi"]), int(m["iso_s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return _INVALID
    zone: tzinfo = ctx.zone
    if z := m["iso_z"]:
        if z == "z":
            zone = UTC
        else:
            digits = z[1:].replace(":", "")
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            if offset >= timedelta(hours=24):
                return _INVALID
            zone = _fixed_zone(-offset if z[0] == "-" else offset)
    due = datetime(year, month, day, hour, minute, second, tzinfo=zone)
    return _Res(due=due, precision="minute")


@lru_cache(maxsize=64)
def _fixed_zone(offset: timedelta) -> tzinfo:
    return timezone(offset)


def _read_numeric(a: int, b: int, year: int | None, ctx: _Ctx) -> _Res:
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        month, day = a, b
    elif a <= 12 and b <= 12:
        day, month = (a, b) if ctx.day_first else (b, a)
    else:
        return _INVALID
    if year is None:
        found = _occurrence(month, day, ctx)
        return _INVALID if found is None else _day_res(found, ctx)
    if not _valid(year, month, day):
        return _INVALID
    return _day_res(date(year, month, day), ctx)


def _read_numdate(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res:
    year = int(m["nd_y"])
    if year < 100:
        year += 2000
    return _read_numeric(int(m["nd_a"]), int(m["nd_b"]), year, ctx)


def _read_numdate_short(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    # "24/7" and "1/2" are not dates unless the words around say so.
    if not (hit.pre or hit.whole):
        return None
    return _read_numeric(int(m["ns_a"]), int(m["ns_b"]), None, ctx)


def _read_calendar_date(month: int, day: int, year: int | None, ctx: _Ctx) -> _Res:
    if year is None:
        found = _occurrence(month, day, ctx)
        return _INVALID if found is None else _day_res(found, ctx)
    if not _valid(year, month, day):
        return _INVALID
    return _day_res(date(year, month, day), ctx)


def _read_mdy(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    year = _year_of(m, "md", ctx)
    # "we may first ask", "march second": verbs before an ordinal word are no date.
    if m["md_m"].startswith(("may", "mar")) and not m["md_d"][0].isdigit() and not (
        hit.pre or hit.whole or year is not None
    ):
        return None
    return _read_calendar_date(_month_of(m["md_m"]), _day_number(m["md_d"]), year, ctx)


def _read_dmy(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    if not m["dm_d"][0].isdigit() and not m["dm_of"]:
        return None  # "a second march" is no date; "the second of March" is
    return _read_calendar_date(
        _month_of(m["dm_m"]), _day_number(m["dm_d"]), _year_of(m, "dm", ctx), ctx
    )


def _read_dom(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    if not (m["dom_the"] or hit.pre or hit.whole):
        return None
    day = int(m["dom_d"])
    if not 1 <= day <= 31:
        return _INVALID
    first = ctx.today.replace(day=1)
    if m["dom_rel"] == "next":
        month_start = first + relativedelta(months=1)
        if not _valid(month_start.year, month_start.month, day):
            return _INVALID
        return _day_res(month_start.replace(day=day), ctx)
    step = -1 if ctx.past else 1
    for i in range(13):
        month_start = first + relativedelta(months=step * i)
        if _valid(month_start.year, month_start.month, day):
            found = month_start.replace(day=day)
            if (found <= ctx.today) if ctx.past else (found >= ctx.today):
                return _day_res(found, ctx)
    return _INVALID


def _read_weekday(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    name = m["wd"].rstrip(".")
    rel = re.sub(r"\s+", " ", m["wd_rel"] or "")
    if name not in _FULL_WEEKDAYS and not (rel or hit.pre or hit.whole):
        return None  # "sat", "sun", "wed" are words too
    weekday = _WEEKDAYS[name[:3]]
    today = ctx.today
    if ctx.past:
        if rel or m["wd_wk"] or m["wd_week"]:
            return None
        return _day_res(today - timedelta(days=(today.weekday() - weekday) % 7), ctx)
    ahead = (weekday - today.weekday()) % 7
    if rel in ("coming", "this coming", "the coming", "the next", "the following", "following"):
        ahead = ahead or 7
    elif rel == "next" or m["wd_wk"] in ("next", "the following"):
        ahead = 7 - today.weekday() + weekday
    if m["wd_week"]:
        ahead += 7
    return _day_res(today + timedelta(days=ahead), ctx)


def _read_dayword(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    word = re.sub(r"\s+", " ", m["dw"])
    part = None
    if word.startswith("this "):
        offset, part = 0, word[5:]
    elif word in ("tonight", "tonite"):
        offset, part = 0, "night"
    elif word in ("today", "later today"):
        offset = 0
    elif "after" in word or word == "overmorrow":
        offset = 2
    else:
        offset = 1
    if ctx.past and offset:
        return None
    return replace(_day_res(ctx.today + timedelta(days=offset), ctx), part=part)


def _part_time(part: str) -> _TimeOfDay:
    p = _DAY_PARTS[part]
    return _TimeOfDay(p.end, p.typical, p.start, p.precision)


def _read_time(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    tod = _time_of_day(m)
    if tod is None:
        return _INVALID
    return _Res(due=None, precision=tod.precision, tod=tod)


def _time_of_day(m: re.Match[str]) -> _TimeOfDay | None:
    if word := m["tm_word"]:
        word = re.sub(r"^the\s+|\s+", " ", word).strip()
        if "noon" in word or word == "midday":
            key = "noon"
        elif word.startswith("lunch"):
            key = "lunch"
        elif word in ("cob", "eob") or any(w in word for w in ("business", "working", "play")):
            key = "cob"  # close of business, end of the business day, close of play
        elif word == "eod" or word.endswith("day"):
            key = "eod"
        else:
            key = word
        return _part_time(key)
    minute = 0
    if m["tm_ampm"] or m["tm_ampm2"]:
        hour = int(m["tm_h"]) if m["tm_h"] else _SMALL[m["tm_hw2"]]
        minute = int(m["tm_m"] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if (m["tm_ampm"] or m["tm_ampm2"])[0] == "p" else 0)
    elif m["tm_h24"]:
        hour, minute = int(m["tm_h24"]), int(m["tm_m24"])
        if hour == 24 and minute == 0:
            return _part_time("midnight")
    else:
        raw = m["tm_hw"]
        hour = int(raw) if raw[0].isdigit() else _SMALL[raw]
        part = m["tm_part"] or ""
        if not 1 <= hour <= 12:
            return None
        if "afternoon" in part or "evening" in part or "night" in part:
            hour = hour % 12 + 12
        elif "morning" in part:
            hour %= 12
        elif hour < 7:  # "five o'clock" in a pledge is teatime, not dawn
            hour += 12
    if hour > 23 or minute > 59:
        return None
    when = time(hour, minute)
    return _TimeOfDay(when, when, None, "minute" if minute else "hour")


def _read_span(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    if ctx.past:
        return None  # "in two weeks" cannot be when something was said
    if m["sp_unit_the"] and not (hit.pre or hit.whole):
        return None  # "within the hour" is a span; "the hour is late" is not
    if one := m["sp_unit1"] or m["sp_unit_same"] or m["sp_unit_rel"] or m["sp_unit_the"]:
        value, unit, low = 1.0, _unit_of(one), None
    else:
        value = _number(m["sp_n"])
        if value is None:
            return None
        low = None
        if m["sp_n2"]:
            high = _number(m["sp_n2"])
            if high is None:
                return None
            low, value = min(value, high), max(value, high)
        if m["sp_half"]:
            value += 0.5
        if (or_ := m["sp_or"]) and or_ != "so":
            low, value = value, max(value, float(_SMALL.get(or_) or or_))
        unit = _unit_of(m["sp_unit"])
    relation = None
    if rel := m["sp_rel"] or m["sp_rel1"]:
        relation = "before" if rel.startswith(("before", "prior")) else "after"
    span = _span_of(value, unit, relation)
    if span is None:
        return None
    if relation:
        return _Res(due=None, precision="day", span=span)
    res = _apply_span(ctx.reference, ctx.today, span, 1, ctx)
    if low is not None and low != value:
        low_span = _span_of(low, unit)
        if low_span is not None:
            start = _apply_span(ctx.reference, ctx.today, low_span, 1, ctx)
            earliest = ctx.start_of(start.day) if start.day is not None else start.due
            res = replace(res, earliest=earliest)
    return res


def _apply_span(moment: datetime, day: date, span: _Span, sign: int, ctx: _Ctx) -> _Res:
    if span.seconds and not (span.months or span.days or span.business_days):
        due = moment + sign * timedelta(seconds=span.seconds)
        return _Res(due=due, precision=span.precision)
    return _day_res(_shift_day(day, span, sign), ctx)


def _read_past(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    if not ctx.past:
        return _PAST
    today = ctx.today
    if name := m["pa_wd"]:
        weekday = _WEEKDAYS[name.rstrip(".")[:3]]
        return _day_res(today - timedelta(days=(today.weekday() - weekday) % 7 or 7), ctx)
    if m["pa_yday"]:
        return _day_res(today - timedelta(days=2 if "before" in m["pa_yday"] else 1), ctx)
    if name := m["pa_hol"]:
        holiday = _HOLIDAY_BY_NAME[re.sub(r"\s+", " ", name.replace("'", ""))]
        for year in (today.year, today.year - 1):
            found = holiday.on(year)
            if found < today:
                return _day_res(found, ctx)
        return None
    if unit_text := m["pa_unit"]:
        value = _number(m["pa_n"])
        if m["pa_n2"]:
            value = _number(m["pa_n2"])
        if value is None:
            return None
        span = _span_of(value, _unit_of(unit_text))
        if span is None:
            return None
        return _apply_span(ctx.reference, today, span, -1, ctx)
    return None


_VAGUE_WINDOWS: dict[str, tuple[relativedelta, Precision]] = {
    "days": (relativedelta(days=7), "day"),
    "weeks": (relativedelta(weeks=4), "week"),
    "months": (relativedelta(months=3), "month"),
    "years": (relativedelta(years=3), "year"),
    "soon": (relativedelta(days=60), "month"),
    "now": (relativedelta(days=7), "day"),
}


def _read_vague(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    if ctx.past:
        return None
    if m["vg_within"] and not hit.pre.rstrip().endswith("within"):
        return None  # "within weeks" is a vague window; "weeks" alone is just a word
    if m["vg_soon"]:
        key = "soon"
    elif m["vg_now"]:
        key = "now"
    else:
        key = m["vg_unit"] or m["vg_unit2"] or m["vg_within"]
    delta, precision = _VAGUE_WINDOWS[key]
    return _Res(
        due=ctx.end_of(ctx.today + delta), precision=precision, vague=True,
        earliest=ctx.reference,
    )


def _read_holiday(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    holiday = _HOLIDAY_BY_NAME[re.sub(r"\s+", " ", m["hol"].replace("'", ""))]
    if m["hol_y"]:
        return _day_res(holiday.on(int(m["hol_y"])), ctx)
    today = ctx.today
    if ctx.past:
        years = (today.year, today.year - 1)
    elif m["hol_rel"] == "next":
        years = (today.year + 1,) if holiday.on(today.year) <= today else (today.year,)
    else:
        years = (today.year, today.year + 1)
    for year in years:
        found = holiday.on(year)
        if (found <= today) if ctx.past else (found >= today):
            return _day_res(found, ctx)
    return None


# Periods: a window of days plus how the speaker named it.


@dataclass(frozen=True, slots=True)
class _Window:
    start: date
    end: date
    precision: Precision
    kind: str  # "week", "weekend", "month", "quarter", "half", "year", "decade", "season"
    vague: bool = False


def _window_for_unit(unit: str, rel: str, ctx: _Ctx) -> _Window | None:
    today = ctx.today
    nxt = 1 if rel in ("next", "coming") else 0
    if unit == "week":
        start = today - timedelta(days=today.weekday()) + timedelta(weeks=nxt)
        return _Window(start, start + timedelta(days=6), "week", "week")
    if unit == "weekend":
        start = today - timedelta(days=today.weekday()) + timedelta(weeks=nxt, days=5)
        return _Window(start, start + timedelta(days=1), "day", "weekend")
    if unit == "month":
        start = today.replace(day=1) + relativedelta(months=nxt)
        return _Window(start, _last_day(start.year, start.month), "month", "month")
    if unit == "quarter":
        start = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        start += relativedelta(months=3 * nxt)
        end = start + relativedelta(months=3, days=-1)
        return _Window(start, end, "quarter", "quarter")
    if unit == "year":
        year = today.year + nxt
        return _Window(date(year, 1, 1), date(year, 12, 31), "year", "year")
    if unit == "decade":
        first = today.year // 10 * 10 + 10 * nxt
        return _Window(date(first, 1, 1), date(first + 9, 12, 31), "year", "decade")
    return None


def _quarter_window(q: int, year: int | None, ctx: _Ctx) -> _Window:
    if year is None:
        year = ctx.today.year
        if _last_day(year, q * 3) < ctx.today:
            year += 1
    start = date(year, q * 3 - 2, 1)
    return _Window(start, _last_day(year, q * 3), "quarter", "quarter")


@lru_cache(maxsize=64)
def _southern(zone: tzinfo) -> bool:
    key = getattr(zone, "key", "") or ""
    if key.startswith(_SOUTHERN_PREFIXES):
        return True
    january = zone.utcoffset(datetime(2025, 1, 15))  # noqa: DTZ001 - probing the zone
    july = zone.utcoffset(datetime(2025, 7, 15))  # noqa: DTZ001
    return january is not None and july is not None and january > july


def _season_window(name: str, year: int | None, rel: str, ctx: _Ctx) -> _Window:
    start_month = _SEASON_START_NORTH[name]
    if _southern(ctx.zone):
        start_month = (start_month + 5) % 12 + 1
    today = ctx.today

    def window(y: int) -> _Window:
        start = date(y, start_month, 1)
        end = start + relativedelta(months=3, days=-1)
        return _Window(start, end, "quarter", "season", vague=True)

    if year is not None:
        return window(year)
    for y in (today.year - 1, today.year, today.year + 1):
        w = window(y)
        if (w.start > today) if rel == "next" else (w.end >= today):
            return w
    return window(today.year + 1)


def _read_period(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    if ctx.past:
        return None
    mod = re.sub(r"\s+", " ", m["p_mod"] or "").strip()
    rel = re.sub(r"\s+", " ", m["p_rel"] or "")
    rel = "this" if rel in ("the current", "current") else rel
    context = bool(mod or hit.pre or hit.whole)
    window: _Window | None
    if unit := m["p_unit"]:
        named = rel in ("this", "next", "coming") or (rel == "the" and bool(hit.pre))
        if not (mod or hit.whole or named):
            return None
        window = _window_for_unit(unit, rel, ctx)
    elif q := m["p_q"] or m["p_q2"] or m["p_q3"]:
        year = m["p_qy"] or m["p_qy_first"] or (_year_of(m, "pqq", ctx) if m["p_q"] else None)
        window = _quarter_window(int(q), int(year) if year else None, ctx)
    elif qord := m["p_qord"]:
        q = {"fi": 1, "1s": 1, "se": 2, "2n": 2, "th": 3, "3r": 3}.get(qord[:2], 4)
        window = _quarter_window(q, _year_of(m, "pq", ctx), ctx)
    elif h := m["p_h"] or m["p_hord"]:
        first_half = h in ("1", "first", "1st")
        explicit = m["p_hy"] or _year_of(m, "ph", ctx)
        year = int(explicit) if explicit else ctx.today.year
        if not explicit and _last_day(year, 6 if first_half else 12) < ctx.today:
            year += 1
        start = date(year, 1 if first_half else 7, 1)
        window = _Window(start, _last_day(year, 6 if first_half else 12), "quarter", "half")
    elif name := m["p_month"]:
        month = _month_of(name)
        year = _year_of(m, "pm", ctx)
        # Month names are also words ("may", "march", "jan"): read them only with
        # something around that makes them a time ("in May", "by the end of March").
        if not (context or year is not None or rel in ("this", "next")):
            return None
        if year is None:
            year = ctx.today.year
            if month < ctx.today.month or (rel == "next" and month == ctx.today.month):
                year += 1
        window = _Window(date(year, month, 1), _last_day(year, month), "month", "month")
    elif season := m["p_season"]:
        if not (context or m["p_sy"] or rel in ("this", "next")):
            return None
        year = int(m["p_sy"]) if m["p_sy"] else None
        window = _season_window(season, year, rel, ctx)
    elif year_text := m["p_year"]:
        if not context:
            return None
        year = int(year_text)
        window = _Window(date(year, 1, 1), date(year, 12, 31), "year", "year")
    else:
        return None
    if window is None:
        return None
    return _apply_modifier(window, mod, ctx)


def _thirds(window: _Window) -> list[tuple[date, date]]:
    s, e = window.start, window.end
    if window.kind in ("year", "half", "quarter", "season"):
        months = (e.year - s.year) * 12 + e.month - s.month + 1
        step = max(months // 3, 1)
        cuts = [s, s + relativedelta(months=step), s + relativedelta(months=2 * step)]
    elif window.kind == "month":
        cuts = [s, s.replace(day=11), s.replace(day=21)]
    else:
        size = ((e - s).days + 1) // 3 or 1
        cuts = [s, s + timedelta(days=size), s + timedelta(days=2 * size)]
    ends = [cuts[1] - timedelta(days=1), cuts[2] - timedelta(days=1), e]
    return list(zip(cuts, ends, strict=True))


def _apply_modifier(window: _Window, mod: str, ctx: _Ctx) -> _Res:
    mod = mod.removeprefix("the ").removeprefix("very ")
    if mod.startswith(("end", "close", "conclusion")) or mod in ("last day of", "final day of"):
        return _Res(due=ctx.end_of(window.end), precision=window.precision, day=window.end)
    if mod in ("later", "later in"):
        return _Res(due=ctx.end_of(window.end), precision=window.precision, vague=True,
                    earliest=ctx.reference)
    third = None
    if mod.startswith(("beginning", "start", "outset", "first", "early")):
        third = 0
    elif mod.startswith(("mid", "middle")):
        third = 1
    elif mod.startswith(("late", "latter", "last", "final")):
        third = 2
    if third is not None:
        start, end = _thirds(window)[third]
        return _Res(due=ctx.end_of(end), precision=window.precision, vague=True,
                    earliest=ctx.start_of(start))
    return _Res(due=ctx.end_of(window.end), precision=window.precision, vague=window.vague,
                earliest=ctx.start_of(window.start))


def _read_period_end(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res | None:
    if ctx.past:
        return None
    unit = m["pe_unit"] or m["pe_unit2"]
    if short := m["pe_short"]:
        unit = {"w": "week", "m": "month", "q": "quarter", "y": "year"}[short]
    window = _window_for_unit(unit, "this", ctx)
    return None if window is None else _apply_modifier(window, "end", ctx)


def _read_refuse(m: re.Match[str], hit: _Hit, ctx: _Ctx) -> _Res:
    return _SKIP


_READERS: dict[str, Callable[[re.Match[str], _Hit, _Ctx], _Res | None]] = {
    "refuse": _read_refuse,
    "iso": _read_iso,
    "numdate": _read_numdate,
    "numdate_short": _read_numdate_short,
    "date_mdy": _read_mdy,
    "date_dmy": _read_dmy,
    "period": _read_period,
    "period_end": _read_period_end,
    "past": _read_past,
    "span": _read_span,
    "vague": _read_vague,
    "holiday": _read_holiday,
    "dom": _read_dom,
    "weekday": _read_weekday,
    "dayword": _read_dayword,
    "time": _read_time,
}


# --------------------------------------------------------------------------------------
# Scanning, combining, choosing.


def _scan(text: str) -> tuple[str, list[_Hit]]:
    lowered = text.translate(_NORMALISE).lower()
    hits: list[_Hit] = []
    for m in _SCANNER.finditer(lowered):
        kind = m.lastgroup
        if kind is None:  # pragma: no cover - every alternative is a named group
            continue
        end = m.end()
        suffix = _SUFFIX.match(lowered, end)
        if suffix:
            end = suffix.end()
        whole = bool(
            _NOISE.fullmatch(lowered, 0, m.start()) and _NOISE.fullmatch(lowered, end)
        )
        hits.append(
            _Hit(
                start=m.start(), end=end, kind=kind, core=m.group(kind), pre=m.group("pre"),
                open=m.group("open") is not None, whole=whole,
            )
        )
    return lowered, hits


def _zone_override(hits: list[_Hit]) -> tzinfo | None:
    for hit in hits:
        if hit.kind == "time":
            m = _RULE_PATTERNS["time"].fullmatch(hit.core)
            if m and (word := m["tm_zone"] or m["tm_zone_word"]):
                return _zone(_ZONE_WORDS[re.sub(r"\s+", " ", word)])
    return None


def _resolve(hits: list[_Hit], ctx: _Ctx) -> None:
    for hit in hits:
        m = _RULE_PATTERNS[hit.kind].fullmatch(hit.core)
        if m is None:  # pragma: no cover - the scanner matched this very text
            continue
        try:
            res = _READERS[hit.kind](m, hit, ctx)
        except (ValueError, OverflowError, KeyError):
            res = None  # a date beyond datetime's range, or a word we do not map
        if res is not None and hit.open:
            # Keep a time of day so it still joins its day: "after 5pm on Friday" is
            # open-ended as a whole, not "on Friday".
            res = _Res(due=None, precision="day", skip=True, tod=res.tod)
        hit.res = res


def _with_time(res: _Res, tod: _TimeOfDay, ctx: _Ctx) -> _Res:
    assert res.day is not None
    when = tod.typical if ctx.past else tod.when
    earliest = ctx.at(res.day, tod.start) if tod.start and not ctx.past else None
    return _Res(due=ctx.at(res.day, when), precision=tod.precision, vague=res.vague,
                earliest=earliest, day=None)


def _time_alone(tod: _TimeOfDay, ctx: _Ctx) -> _Res:
    """A bare "by 5pm" is its next occurrence ("at 3pm" in said-on: the latest past one)."""
    if ctx.past:
        due = ctx.at(ctx.today, tod.typical)
        if due > ctx.local:
            due -= timedelta(days=1)
        return _Res(due=due, precision=tod.precision)
    due = ctx.at(ctx.today, tod.when)
    if due < ctx.local:
        due = ctx.at(ctx.today + timedelta(days=1), tod.when)
    earliest = None
    if tod.start:
        earliest = ctx.at(due.date(), tod.start)
    return _Res(due=due, precision=tod.precision, earliest=earliest)


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    res: _Res


def _combine(text: str, hits: list[_Hit], ctx: _Ctx) -> list[_Candidate] | None:
    """Join neighbours ("noon" + "on Friday", "two weeks" + "before Christmas").

    Returns None when a span counts from an event we could not date: the text then
    has no deadline we can honestly state.
    """
    live = [h for h in hits if h.res is not None]
    out: list[_Candidate] = []
    i = 0
    while i < len(live):
        hit, res = live[i], live[i].res
        assert res is not None
        nxt = live[i + 1] if i + 1 < len(live) else None
        adjacent = nxt is not None and _GAP_MERGE.fullmatch(text, hit.end, nxt.start) is not None
        if res.span is not None:
            anchor = nxt.res if adjacent and nxt is not None else None
            if anchor is None or anchor.skip or anchor.past or anchor.invalid:
                return None
            if anchor.tod is not None and anchor.due is None:
                anchor = _time_alone(anchor.tod, ctx)
            if anchor.due is None:
                return None
            sign = -1 if res.span.relation == "before" else 1
            day = anchor.day if anchor.day is not None else anchor.due.astimezone(ctx.zone).date()
            if anchor.day is None and anchor.precision in ("minute", "hour"):
                moved = _apply_span(anchor.due, day, res.span, sign, ctx)
            else:
                moved = _day_res(_shift_day(day, res.span, sign), ctx)
            moved = replace(moved, vague=anchor.vague, day=None)
            assert nxt is not None
            out.append(_Candidate(hit.start, nxt.end, moved))
            i += 2
            continue
        if adjacent and nxt is not None and nxt.res is not None:
            joined = _join(res, nxt.res, ctx)
            if joined is not None:
                out.append(_Candidate(hit.start, nxt.end, joined))
                i += 2
                continue
        out.append(_Candidate(hit.start, hit.end, _settle(res, ctx)))
        i += 1
    return out


def _is_day(res: _Res) -> bool:
    return res.day is not None or res.past or res.skip


def _is_time(res: _Res) -> bool:
    return res.tod is not None and res.due is None


def _join(first: _Res, second: _Res, ctx: _Ctx) -> _Res | None:
    """A day and a time of day next to each other, in either order, are one moment.

    Markers (past, open-ended) swallow the time beside them, so that "after 5pm on
    Friday" or "yesterday at 3pm" does not leave a stray "5pm" to be read as a deadline.
    """
    if _is_day(first) and _is_time(second):
        day, tod = first, second.tod
    elif _is_time(first) and _is_day(second):
        day, tod = second, first.tod
    elif (first.skip and _is_time(second)) or (_is_time(first) and second.skip):
        return _SKIP
    else:
        return None
    if day.past or day.skip:
        return day
    if first.skip or second.skip:
        return _SKIP
    assert tod is not None
    return _with_time(day, tod, ctx)


def _settle(res: _Res, ctx: _Ctx) -> _Res:
    """A lone time of day or a day with a named part becomes a moment of its own."""
    if _is_time(res):
        assert res.tod is not None
        return _time_alone(res.tod, ctx)
    if res.part is not None and res.day is not None:
        return _with_time(res, _part_time(res.part), ctx)
    return res


def _best(cands: list[_Candidate], floor: datetime | None) -> _Candidate | None:
    best: _Candidate | None = None
    best_key: tuple[bool, int, int] | None = None
    for cand in cands:
        res = cand.res
        if res.past or res.skip:
            continue
        if not res.invalid:
            if res.due is None or (floor is not None and res.due < floor):
                continue
        key = (not res.vague, cand.end - cand.start, -cand.start)
        if best_key is None or key > best_key:
            best, best_key = cand, key
    return best


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError) as exc:  # ZoneInfoNotFoundError is a KeyError
        raise ValueError(f"unknown time zone {name!r}") from exc


def _check_reference(reference: datetime) -> None:
    if reference.tzinfo is None or reference.utcoffset() is None:
        raise ValueError("reference must be an aware datetime")


def _context(reference: datetime, tz: str | tzinfo, day_first: bool, past: bool) -> _Ctx:
    zone = _zone(tz) if isinstance(tz, str) else tz
    local = reference.astimezone(zone)
    return _Ctx(reference, zone, local, local.date(), day_first, past)


def _read(text: str, ctx: _Ctx, floor_slack: timedelta | None) -> tuple[_Candidate, str] | None:
    if not text or not isinstance(text, str):
        return None
    lowered, hits = _scan(text)
    if not hits:
        return None
    if (zone := _zone_override(hits)) is not None:
        ctx = ctx.in_zone(zone)
    _resolve(hits, ctx)
    cands = _combine(lowered, hits, ctx)
    if not cands:
        return None
    floor = ctx.reference - floor_slack if floor_slack is not None else None
    best = _best(cands, floor)
    if best is None or best.res.invalid:
        return None
    source = text if len(text) == len(lowered) else lowered
    matched = source[best.start : best.end].strip(" ,")
    if matched.endswith(".") and not _DOTTED_END.search(matched):
        matched = matched[:-1]  # a sentence's full stop, not "p.m." or "a.s.a.p."
    return best, matched


# --------------------------------------------------------------------------------------
# Public API.


def parse_deadline(
    text: str,
    reference: datetime,
    tz: str | ZoneInfo = "UTC",
    *,
    day_first: bool = True,
) -> Deadline | None:
    """Read the time frame in `text`, said at `reference`, on the calendar of `tz`.

    None means "no time frame we can state": the bot then stores the pledge without a
    deadline and schedules review reminders instead. See the module docstring for the
    conventions; they are the product's definition of what deadline words mean.
    """
    _check_reference(reference)
    try:
        ctx = _context(reference, tz, day_first, past=False)
        found = _read(text, ctx, timedelta(days=1))
        if found is None:
            return None
        cand, matched = found
        res = cand.res
        assert res.due is not None
        due = res.due.astimezone(UTC)
        earliest = None
        if res.earliest is not None:
            earliest = min(max(res.earliest.astimezone(UTC), reference.astimezone(UTC)), due)
    except OverflowError:
        return None  # a reference at the very edge of datetime's range, plus a span
    return Deadline(due=due, vague=res.vague, earliest=earliest, matched=matched,
                    precision=res.precision)


def parse_said_on(
    text: str,
    now: datetime,
    tz: str | ZoneInfo = "UTC",
    *,
    day_first: bool = True,
) -> datetime | None:
    """When a pledge was said, for the "said on" option: looks back, not ahead.

    A bare day is recorded as 12:00 local time: noon stays on the same calendar day in
    every zone a server is likely to switch to, so the day shown never drifts.
    """
    _check_reference(now)
    try:
        ctx = _context(now, tz, day_first, past=True)
        found = _read(text, ctx, None)
        if found is None:
            return None
        res = found[0].res
        assert res.due is not None
        if res.day is not None and res.precision == "day":
            when = ctx.at(res.day, _NOON)
        else:
            when = res.due
        when = when.astimezone(UTC)
        if when - now > timedelta(days=1):
            return None
    except OverflowError:
        return None
    return when
