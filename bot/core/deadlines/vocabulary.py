"""The words the parser knows, compiled into one scanner (see the package docstring)."""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import time
from typing import Final

from bot.core.deadlines import hhmm, words
from bot.core.deadlines.holidays import holiday_names_pattern
from bot.core.deadlines.model import Precision
from bot.core.deadlines.words import (
    AFTER_DOM,
    AMOUNT_AFTER_DAYS,
    DAY_LIST_TO,
    DAY_NUM,
    DOM_BARE,
    DOM_BARE_TAIL,
    DOM_LED,
)

# --------------------------------------------------------------------------------------
# Vocabulary.

_ONES: Final = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
SMALL: Final = {
    **_ONES,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: Final = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINAL_WORDS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
for _word, _n in list(ORDINAL_WORDS.items()):
    if _n < 10:
        ORDINAL_WORDS[f"twenty-{_word}"] = 20 + _n
        ORDINAL_WORDS[f"twenty {_word}"] = 20 + _n
ORDINAL_WORDS["thirty-first"] = ORDINAL_WORDS["thirty first"] = 31

MONTHS: Final = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: Final = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
FULL_WEEKDAYS: Final = frozenset(calendar.day_name[i].lower() for i in range(7))
SEASON_START_NORTH: Final = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SOUTHERN_PREFIXES: Final = (
    "Australia/",
    "America/Argentina/",
    "America/Sao_Paulo",
    "America/Santiago",
    "America/Montevideo",
    "America/Lima",
    "Africa/Johannesburg",
    "Pacific/Auckland",
    "Pacific/Fiji",
    "Antarctica/",
)

EOD = time(23, 59, 59)
NOON = time(12)


@dataclass(frozen=True, slots=True)
class _DayPart:
    """A named time of day: when it starts, when it ends, and a typical moment in it
    (the last is what "said on ... this morning" records)."""

    start: time | None
    end: time
    typical: time
    precision: Precision


DAY_PARTS: dict[str, _DayPart] = {
    "morning": _DayPart(time(6), NOON, time(9), "hour"),
    "afternoon": _DayPart(NOON, time(18), time(15), "hour"),
    "evening": _DayPart(time(18), EOD, time(19), "hour"),
    "night": _DayPart(time(18), EOD, time(22), "hour"),
    "noon": _DayPart(None, NOON, NOON, "hour"),
    "midnight": _DayPart(None, EOD, time(0), "hour"),
    "lunch": _DayPart(NOON, time(14), time(13), "hour"),
    "cob": _DayPart(None, time(17), time(17), "hour"),
    "eod": _DayPart(None, EOD, time(17), "day"),
}


def _alternation(words: object) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


# the number words of SMALL as one alternation, longest first ("seventeen" before "seven")
SMALL_WORDS: Final = _alternation(SMALL)


def count_of(word: str) -> int:
    """A count written in figures or as one of the small number words ("12", "twelve",
    "Ten"): the one reading of the `SMALL_WORDS`-or-digits groups of the readers."""
    return int(word) if word[:1].isdigit() else SMALL[word.lower()]


_G: Final = "(?![a-z0-9])"  # end of a word, also after a trailing full stop ("p.m.", "sept.")
_YEAR4: Final = "(?:19|20|21)[0-9]{2}"
# the second year of a year split over two: "2025/26", "2025-2026", "2025 to 2026"
_SPLIT: Final = r"(?:\s*[-/\u2013]\s*|\s+to\s+)(?:[0-9]{2}|" + _YEAR4 + r")(?![0-9])"
# A year inside a full date may be any year we can count in ("31 December 2200",
# "18 August 1800"); five digits and more are read too and then refused, never dropped.
_YEARN: Final = "[0-9]{4,6}"
_NUMWORD: Final = (
    rf"(?:(?:{_alternation(TENS)})(?:[\s-]+(?:{_alternation(_ONES)}))?"
    rf"|{_alternation(SMALL)})"
)
_YEAR_WORDS: Final = (
    rf"(?:nineteen|twenty)\s+hundred(?:\s+(?:and\s+)?{_NUMWORD})?"
    rf"|two\s+thousand(?:\s+(?:and\s+)?{_NUMWORD})?"
)
_NUM: Final = (
    r"(?:[0-9]{1,6}(?:\.[0-9]+)?|(?:a|one)\s+hundred|"
    + _NUMWORD
    + r"|a\s+couple(?:\s+of)?|couple(?:\s+of)?|a\s+dozen|dozen|half\s+an?|a\s+half|an?)"
    + _G
)
_NUMH: Final = rf"{_NUM}(?:\s+and\s+a\s+half)?"
# "in a quarter century", "a quarter of a century": twenty-five years, no quarter of the year
_QUARTER_CENTURY: Final = r"(?![\s-]+(?:of\s+an?\s+)?centur(?:y|ies)\b)"
_UNITS: Final = (
    r"(?:minutes?|mins?|hours?|hrs?|h|business\s+days?|working\s+days?|weekdays|days?|d"
    r"|calendar\s+days?"  # "within 30 calendar days of 3 March": it had read 3 March
    r"|weeks?|wks?|w|fortnights?|months?|mos?|quarters?" + _QUARTER_CENTURY + r"|years?|yrs?|y"
    r"|decades?)"
    r"(?:'s|s'|')?" + _G
)
_UNITS_SINGULAR: Final = (
    r"(?:minute|hour|day|week|fortnight|month|quarter" + _QUARTER_CENTURY + r"|year|decade)" + _G
)
# Written with their shared beginnings factored out: the scanner tries these at almost
# every word, and a dozen short branches cost less than two dozen long ones.
_MONTH_NAMES: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?" + _G
)
_WEEKDAY_NAMES: Final = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?" + _G
)
_ORDINAL_DAY: Final = rf"(?:[0-9]{{1,2}}(?:st|nd|rd|th)?|{_alternation(ORDINAL_WORDS)})" + _G
_SEASONS: Final = r"(?:spring|summer|autumn|fall|winter)" + _G
_AMPM: Final = r"(?:a\.?\s?m\.?|p\.?\s?m\.?)" + _G
_HOUR_WORDS = _alternation(w for w, n in SMALL.items() if n <= 12)
_FEW: Final = r"(?:a\s+few|few|several|a\s+handful\s+of|a\s+number\s+of|a\s+matter\s+of)"
_HOLIDAY_NAMES: Final = f"(?:{holiday_names_pattern()})" + _G
ZONE_ABBR: Final = (
    r"utc|ut|gmt|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|akst|akdt|hst|cet|cest|bst|msk"
    r"|ist|jst|kst|aest|aedt|nzst|nzdt|z|zulu"
)
_OFFSET: Final = r"[+-](?![0-9:\s]*[ap]\.?m\b)\s?[0-9]{1,2}(?::?[0-9]{2})?"  # a range's end
ZONES: Final = (
    r"(?:,?\s*\(?\s*(?:(?P<tm_zone>(?:"
    + ZONE_ABBR
    + r")(?:\.|(?=\W)|$)|[ecmp]\.(?:[sd]\.)?t\.?|a\.l\.t\.?)"
    + r"(?P<tm_off>\s*"
    + _OFFSET
    + r")?"
    + r"|(?P<tm_zone_word>"
    + words.ZONE_CITY
    + r")(?:(?:\s+(?P<tm_std>standard|daylight)(?:\s+saving)?)?(?:\s+local)?\s+time"
    + r"(?:\s*\(a\.l\.t\.?\))?"
    # "(Eastern Standard)", "5 p.m. Eastern Standard on Friday": "standard"/"daylight"
    # closing its brackets, its clause or before "on" is that zone's time
    + r"|\s+(?P<tm_std_cut>standard|daylight)(?=\s*[).,;:!?]|\s+on\b|\s*$)"
    # "by 9 a.m. Tokyo", "at 5pm London on Friday", "9 a.m. (Tokyo)": a zone's city alone
    + r"|(?P<tm_city>)"
    + words.ZONE_CITY_END  # what follows a city that is a time's zone
    + ")"
    # "10 a.m. Eastern", "3 p.m. Pacific on Friday": a US region without "time"
    + r"|(?P<tm_zone_us>eastern|central|mountain|pacific)"
    + r"(?!\s+(?:standard|daylight|local|time|ocean|islands?|region|coast|states?)\b)"
    # not "-12:20 p.m."; a "-" right after the time's digits ends a range ("09:00-12:00" was
    # 09:00 at UTC-12, stop 55) unless the time is ISO 8601's ("2026-12-04T17:00-05:00")
    + r"|(?P<tm_bare_off>(?:\+|(?:(?<![0-9])|(?<=t[0-9]{2}:[0-9]{2})"
    + r"|(?<=t[0-9]{2}:[0-9]{2}:[0-9]{2}))-)[0-9]{2}:?[0-9]{2}(?!\s*[ap]\.?m\b))"
    + r"|(?P<tm_local>local\s+time)"  # the server's own zone, said outright
    + r")(?![a-z0-9])\s*\)?)?"
)
# Legal and military clock styles: "NINE (9) A.M.", "1200 hours", "0901 UTC".
# The part of the day after a spoken time: "in the afternoon", "at night", "p.m." are
# taken; "this afternoon", "tomorrow morning" are looked at, not taken (a phrase of their own).
_SPOKEN_IN: Final = r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night"
_SPOKEN_DAY: Final = r"(?:this|today|tomorrow)\s+(?P<tm_sp_look{0}>morning|afternoon|evening)"
_MILITARY: Final = (
    r"(?:(?P<tm_mil>" + hhmm.CLOCK + ")"  # "1930 hours", "2359 MST", "at 1700 on 10 June"
    r"(?:\s*(?:hours|hrs|h(?![a-z])))?(?:\s+local\s+time)?"
    # tender offers: "at one minute after 11:59 p.m., New York City time, on April 10"
    r"|(?P<tm_next_day>(?:one|1)\s+minute\s+after\s+11:59\s*p\.?\s?m\.?)"
    # spoken: "half past three", "a quarter to five", "ten minutes past nine in the morning"
    r"|(?P<tm_sp_min>half|(?:a\s+)?quarter|(?:twenty[\s-]five|five|ten|twenty)(?:\s+minutes)?"
    r"|[0-9]{1,2}\s+minutes)"
    rf"[\s-]+(?P<tm_sp_dir>past|to|after|before)\s+(?P<tm_sp_h>{_HOUR_WORDS}|[0-9]{{1,2}}){_G}"
    r"(?![.:][0-9])(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?|per|percent|times"
    rf"|working|business|people|million|billion|of|and|or)\b|\s*%){words.NOT_A_MONTH}"
    r"(?:\s+o'?\s?clock"
    + _G
    + ")?"
    + rf"(?:\s+(?P<tm_sp_part>{_SPOKEN_IN}|{_AMPM}))?"
    + rf"(?:(?=\s+{_SPOKEN_DAY.format('a')}))?"
    # "3 in the afternoon", "three this afternoon" (with "at", "by" ... in front)
    + rf"|(?P<tm_sp_h2>{_HOUR_WORDS}|[0-9]{{1,2}}){_G}"
    + rf"(?:\s+(?P<tm_sp_part2>{_SPOKEN_IN})|(?=\s+{_SPOKEN_DAY.format('b')}))"
    + r")"
)
# "as soon as we can", "as soon as she properly and practically can": a promise of speed.
_CAN: Final = (
    r"(?:we|i|they|he|she|it|you|the\s+government|the\s+department)\s+"
    r"(?:[a-z]+\s+){0,4}?(?:can|could|are\s+able|is\s+able|am\s+able)(?![a-z])"
)

# "the days to come", not "a few extra days to come to an agreement" (an infinitive)
_TO_COME: Final = r"to\s+come(?!\s+(?:to|into|up|back|out|forward|before|under|over|together)\b)"


def _range(p: str) -> str:
    return rf"(?:between\s+)?(?P<{p}_n>{_NUMH})(?:\s*(?:-|to|or|and)\s*(?P<{p}_n2>{_NUMH}))?"


def _year_spec(p: str, bare2: bool = False) -> str:
    # "31 Mar 25": after a day and a month, two digits are the year (not "5 June 25 people")
    two = r"(?:\s*'|\s+)" if bare2 else r"\s*'"
    return (
        # "November 29,2023": a comma may stand against the year, with no space after it
        rf"(?:(?:,\s*|\s+)(?:of\s+)?(?P<{p}_y>{_YEARN}){_G}|{two}(?P<{p}_y2>[0-9]{{2}}){_G}"
        r"(?![.:,][0-9])(?!\s*(?:%|-|[a-z]))"
        rf"|,?\s+(?P<{p}_yw>{_YEAR_WORDS}){_G}"
        rf"|(?:\s+of)?\s+(?P<{p}_yrel>this|next|the|last)\s+year{_G}"
        rf"|\s+(?P<{p}_yafter>next|last)(?=\s*(?:[^\sa-z]|$)))?"
    )


# Each rule is (kind, pattern). Named groups belong to the rule; the combined scanner
# strips the names, and the rule's own compiled pattern re-reads the matched text.
# Order matters: at one position the first rule that matches wins.
# "its 2030 target", "the Government's 2050 net zero target": what follows a year that a
# target names (periods.py reads the year, gate.py keeps it ahead of a past verb)
TARGET_AFTER: Final = (
    r"\s+(?:[a-z-]+\s+){0,2}?(?:targets?|goals?|deadline|ambition|commitments?|pledge)\b"
)
# Participles of a plan or of a move to a new time, no past act of the date beside them
# ("expected on 25 November"): kept out of "a past -ed verb" by clauses, cues and recent.
PLAN_PARTICIPLES = r"scheduled|planned|proposed|expected|intended|anticipated|targeted"
PLAN_PARTICIPLES += r"|committed|required|needed|postponed|delayed|deferred|extended"


_RULES: tuple[tuple[str, str], ...] = (
    (
        "refuse",
        r"as\s+soon\s+as(?!\s+(?:reasonably\s+|it\s+(?:is\s+)?)?(?:possible|practicable"
        r"|feasible|practical|" + _CAN + "))" + _G,
    ),
    (
        "iso",
        rf"(?P<iso_y>{_YEARN})[-/.](?P<iso_m>[0-9]{{1,2}})[-/.](?P<iso_d>[0-9]{{1,2}})"
        r"(?:t(?P<iso_h>[0-9]{2}):(?P<iso_mi>[0-9]{2})(?::(?P<iso_s>[0-9]{2})(?:\.[0-9]+)?)?"
        r"(?P<iso_z>z|[+-][0-9]{2}:?[0-9]{2})?)?(?![0-9])",
    ),
    (
        "numdate",
        r"(?P<nd_a>[0-9]{1,2})(?:/(?=[0-9]+/)|\.(?=[0-9]+\.)|-(?=[0-9]+-))(?P<nd_b>[0-9]{1,2})[/.-]"
        rf"(?P<nd_y>{_YEARN}|[0-9]{{2}})(?![0-9])",
    ),
    ("numdate_short", r"(?P<ns_a>[0-9]{1,2})/(?P<ns_b>[0-9]{1,2})(?![0-9/])"),
    (
        "nthwd",
        r"(?:the\s+)?(?P<nw_n>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+"
        rf"(?:(?P<nw_wd>{_WEEKDAY_NAMES})|(?P<nw_bd>(?:working|business)\s+day{_G}))\s+(?:of|in)\s+(?:(?P<nw_rel>this|next|the)\s+month{_G}"
        rf"|(?P<nw_m>{_MONTH_NAMES})" + _year_spec("nw") + ")",
    ),
    (
        "date_mdy",
        rf"(?:(?P<md_wd>{_WEEKDAY_NAMES}),?\s+)?(?:the\s+)?(?P<md_m>{_MONTH_NAMES})"
        rf"\.?\s*(?:the\s+)?(?P<md_d>{_ORDINAL_DAY})"  # "Aug.12" too
        rf"(?:{DAY_LIST_TO}(?P<md_d2>{DAY_NUM})(?!{AMOUNT_AFTER_DAYS}))?" + _year_spec("md"),
    ),
    (
        "date_dmy",
        rf"(?:(?P<dm_wd>{_WEEKDAY_NAMES}),?\s+)?(?:the\s+)?(?:(?P<dm_d0>{DAY_NUM}){DAY_LIST_TO})?"
        rf"(?P<dm_d>{_ORDINAL_DAY})"
        # "day of" after an ordinal: "the 1st day of April", not "within 1 day of April 30"
        rf"(?P<dm_of>(?:(?<=[a-z])\s+day)?\s+of)?[\s-]*(?P<dm_m>{_MONTH_NAMES})"
        + _year_spec("dm", True),
    ),
    (
        "period_end",
        r"(?P<pe_unit>week|month|quarter|year)(?:[\s-]?end|'s\s+end)"
        + _G
        + rf"(?:,?\s+(?P<pe_y>{_YEAR4}){_G})?"
        + r"|eo(?P<pe_short>[wmqy])"
        + _G
        + r"|end-of-(?P<pe_unit2>week|month|quarter|year)"
        + _G,
    ),
    (
        "fiscal",
        # "the second quarter of", "the end of the third quarter of" (stop 53, fix12)
        r"(?:(?P<fy_mod>(?:(?:the\s+)?(?:very\s+)?(?:end|close|conclusion|start|beginning"
        r"|middle)\s+of\s+)?(?:the\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
        r"\s+quarter\s+of"
        # "the end of the first half of fiscal 2027" (stop 58: the fiscal year was dropped)
        r"|(?:the\s+)?(?:very\s+)?(?:end|close|conclusion|start|beginning|middle)\s+of\s+"
        r"(?:the\s+)?(?:first|second)\s+half\s+of"
        r"|(?:the\s+)?(?:very\s+)?(?:end|close|conclusion|start|beginning|middle"
        r"|first\s+half|second\s+half)\s+of"
        # "early 2025-26", "mid-FY27": a third of the year, as of any period (stop 52)
        r"|early|mid|late)(?:\s+|(?<=mid)-))?(?:the\s+)?(?:"
        # "academic year 2025 to 2026", "the 2019/20 summer season": a split year of another
        # calendar, left unread (fiscal.py), never its first year with the second dropped
        rf"(?P<fy_other>(?:academic|school)\s+years?\s+{_YEAR4}{_SPLIT}"
        rf"|{_YEAR4}{_SPLIT}\s+(?:academic|school)\s+years?"
        rf"|{_YEAR4}\s*[-/\u2013]\s*(?:[0-9]{{2}}|{_YEAR4})\s+(?:summer|winter|spring|autumn"
        rf"|fall)(?:\s+seasons?)?){_G}"
        r"|(?:(?P<fy_rel>this|next|current|coming|last|previous|following)\s+)?"
        r"(?:financial|fiscal|budget|(?P<fy_tax>tax))\s+year"
        rf"(?:\s+(?P<fy_a>{_YEAR4})(?:(?:\s*[-/]\s*|\s+to\s+)(?P<fy_b>[0-9]{{2}}|{_YEAR4}))?)?{_G}"
        rf"|(?P<fy_a2>{_YEAR4})(?:\s*[-/]\s*|\s+to\s+)(?P<fy_b2>[0-9]{{2}}|{_YEAR4})\s+(?:financial|fiscal"
        r"|budget|(?P<fy_tax2>tax))\s+year"
        + _G
        + r"|(?:q(?P<fy_q>[0-9])\s+)?fy\s?'?(?P<fy_a3>[0-9]{1,6})"
        + rf"(?:\s*[-/]\s*(?P<fy_b3>[0-9]{{2}}|{_YEAR4}))?{_G}(?:\s+q(?P<fy_q2>[0-9]){_G})?"
        + rf"|fiscal\s+(?P<fy_a4>{_YEAR4}){_G}"
        # "2024-25", "2022-2023", "2026-2030": a fiscal year, or a programme's years
        # "Q2 2026-27": a quarter of that fiscal year (stop 53, fix12)
        + rf"|(?:(?:q(?P<fy_q3>[0-9])\s+)?(?P<fy_a5>{_YEAR4})"
        + rf"\s*[-/]\s*(?P<fy_b5>[0-9]{{2}}|{_YEAR4})"
        # "from 2022 to 2025", "between 2026 and 2029": a range of calendar years
        + rf"|(?P<fy_a6>{_YEAR4})\s+(?:to|until|till|through|thru|and)\s+(?P<fy_b6>{_YEAR4})"
        # not "by 2030 to 2005 levels": a year that names a level is no end of a range
        + r"(?!\s+(?:levels?|prices|baselines?|figures|values|terms)\b))"
        + r"(?![0-9/-])"
        # "the 2026/27 academic year", "the 2025-26 season": years of another calendar
        r"(?!\s+(?:academic|school|season|parliamentary|session|term|crop|marketing|fishing"
        r"|sporting|football)\b))",
    ),
    (
        "period",
        (
            r"(?:(?P<p_mod>(?:the\s+)?(?:very\s+)?(?:end|close|conclusion|turn|last\s+days?|final\s+days?"
            r"|last\s+weeks?|final\s+weeks?|rest|remainder|balance)\s+of"  # "the rest of"
            r"|(?:the\s+)?(?P<p_nth>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
            r"(?P<p_nth_unit>half|week|fortnight)(?P<p_back>\s+back)?\s+(?:of|in)"
            r"(?=\s+(?:(?:the|this|next)\s+month|" + _MONTH_NAMES + r"))"
            r"|(?:the\s+)?(?:very\s+)?(?:beginning|start|outset|first\s+days?"
            r"|first\s+weeks?|first\s+(?:few\s+|couple\s+of\s+)?months)\s+of|(?:the\s+)?middle\s+of|(?:the\s+)?(?:early|late|later|latter)"
            r"\s+(?:part|stages?)\s+of|later\s+in|end|mid|middle|early|late|later)[\s-]*)?"
            # "the beginning of the next year": after a part's "of", "the next" names the period
            # "Christmas and the New Year" is the holiday, New Year's Day (stop 67)
            r"(?:(?P<p_rel>this|next|the\s+current|current|(?<!christmas\sand\s)the\s+new"
            r"|(?:(?<=beginning\sof\s)|(?<=start\sof\s)|(?<=end\sof\s)|(?<=middle\sof\s)"
            r"|(?<=close\sof\s)|(?<=turn\sof\s)|(?<=outset\sof\s))the\s+(?:next|coming)"
            r"|the|coming)\s+)?(?:"
            rf"(?:calendar\s+)?year\s+(?P<p_cy>{_YEAR4}){_G}(?!{_SPLIT})"
            rf"|(?:calendar\s+)?(?P<p_unit>weekend|week|month|quarter{_QUARTER_CENTURY}|year|decade){_G}"
            r"(?P<p_after_next>\s+after\s+next" + _G + ")?"
            rf"|(?P<p_dec>(?:19|20|21)[0-9]0)'?s{_G}"
            rf"|q(?P<p_q3>[1-4])\s*-\s*(?P<p_qy>{_YEAR4}){_G}"
            rf"|q(?P<p_q>[1-4]){_G}"
            + _year_spec("pqq")
            + rf"|(?P<p_qy_first>{_YEAR4})\s*q(?P<p_q2>[1-4]){_G}"
            r"|(?P<p_qord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+quarter"
            + _G
            + _year_spec("pq")
            + rf"|h(?P<p_h>[12])(?:\s*(?P<p_hy>{_YEAR4}))?{_G}"
            r"|(?P<p_hord>first|second|1st|2nd|latter|last)\s+half"
            + _G
            + r"(?!\s+of\s+the\s+(?:decade|(?:[0-9]{1,2}(?:st|nd|rd|th)[\s-]+)?century"  # 20th
            + r"|session|parliament|season|term|programme))"
            + _year_spec("ph")
            + rf"|(?P<p_month>{_MONTH_NAMES})(?:\s*(?:-|/|and|to|through|thru|until|till)\s*"
            rf"(?P<p_month2>{_MONTH_NAMES}))?(?!\s+bank\s+holiday)"
            + _year_spec("pm")
            # "the summer recess" is an event with a date of its own, not the season.
            + rf"|(?P<p_season>{_SEASONS})"
            + _year_spec("ps")
            + rf"(?!\s+(?:{words.SEASON_EVENT_NOUNS})"
            + _G
            + ")"
            rf"|(?P<p_year>{_YEAR4}){_G}(?![/-][0-9])"
            # "2000 GMT", "1930 hours", "by 1700 on 10 June": a clock time, not a year
             + hhmm.NOT_CLOCK + ")"
        ),
    ),
    (
        "past",
        (
            rf"(?:this\s+past|last|previous|past|earlier(?:\s+on)?)\s+(?:(?P<pa_wd>{_WEEKDAY_NAMES})"
            rf"|(?P<pa_hol>{_HOLIDAY_NAMES})|(?:{_FEW}|couple\s+of|{_NUMH})?\s*{_UNITS}"
            rf"|{_MONTH_NAMES}|{_SEASONS}|night{_G}|weekend{_G})"
            rf"|(?:{_range('pa')})\s*-?\s*(?P<pa_unit>{_UNITS})(?:\s+or\s+so)?\s+ago{_G}"
            rf"|{_FEW}\s+{_UNITS}\s+ago{_G}"
            r"|(?P<pa_yday>yesterday|(?:the\s+)?day\s+before\s+yesterday)"
            + _G
            + r"|earlier\s+(?:today|this\s+(?:week|month|year|morning)|in\s+the\s+(?:week|month"
            r"|year|day))" + _G + r"|recently|the\s+other\s+day"
        ),
    ),
    ("clock", _MILITARY + ZONES),
    (
        "span",
        (
            r"(?:(?:the\s+)?(?P<sp_next>next|coming|following|upcoming)\s+)?"
            + _range("sp")
            + rf"\s*-?\s*(?P<sp_unit>{_UNITS})(?P<sp_half>\s+and\s+a\s+half)?"
            r"(?:\s+or\s+(?P<sp_or>two|three|2|3|so)" + _G + r")?"
            r"(?:\s+(?:from\s+now|from\s+today|hence|later|time|(?:from|of|after|following)\s+"
            r"(?:the\s+)?(?:date\s+of\s+)?(?:(?:the\s+)?publication\s+of\s+)?(?:this|the\s+present"
            r"|the\s+federal\s+register(?=\s+notice))\s+(?:pledge|promise|statement|announcement|notice|order|letter|document|rule"
            r"|decision|determination|report|memorandum|directive|proclamation)"
            + _G
            + r"|(?:from|of|after|following)\s+(?:the\s+)?(?:date\s+of\s+)?(?:publication"
            # "20 Business Days after the Announcement appears in the Federal Register": the
            # notice being read, as "after publication in the Federal Register" (stop 54)
            r"|(?:the|this)\s+(?:announcement|notice|solicitation)\s+(?:appears|is\s+published))"
            r"\s+in\s+the\s+(?:federal\s+register|official\s+journal|(?:[a-z]+\s+)?gazette)"
            + _G
            # "30 days after / of publication", "... after the date of publication": of the
            # document itself (not "publication of the report", an event of its own)
            + r"|(?:from|of|after|following)\s+(?:the\s+)?(?:date\s+of\s+)?publication"
            + r"(?=\s*[.;,)]|\s*$)"
            + "))?"
            r"(?:\s+(?P<sp_rel>before|after|from|following|prior\s+to|of|since"
            # "a week on Tuesday"; with nothing datable after, no deadline
             + r"|ahead\s+of|in\s+advance\s+of|on)" + _G + ")?"
            r"|the\s+(?P<sp_next1>next|coming|following|upcoming)\s+(?P<sp_unit1>"
            + _UNITS_SINGULAR
            + r")(?:\s+or\s+(?P<sp_or1>two|three|2|3)"
            + _G
            + ")?"
            + r"|this\s+time\s+next\s+(?P<sp_unit_same>week|month|year)"
            + _G
            + r"|the\s+(?P<sp_unit_rel>day|week|month)\s+(?P<sp_rel1>before|after)"
            + _G
            + r"|the\s+(?P<sp_unit_the>hour)"
            + _G
        ),
    ),
    (
        "vague",
        (
            rf"(?:(?:the\s+)?(?:coming|next|following|upcoming)\s+(?:(?:few|several|couple\s+of)\s+)?"
            rf"|{_FEW}\s+){words.VAGUE_UNIT_JOINED}{_G}(?:\s+(?:ahead|{_TO_COME}){_G})?"
            rf"|(?:the\s+)?(?P<vg_unit2>days|weeks|months|years)\s+(?:ahead|{_TO_COME}){_G}"
            rf"|(?P<vg_within>days|weeks|months|years){_G}"
            r"|(?P<vg_soon>soon|shortly|in\s+due\s+course|before\s+(?:too\s+)?long"
            r"|(?:in\s+)?the\s+near\s+future|near\s+future|(?:in\s+)?the\s+short\s+term"
            r"|short[\s-]term|asap|a\.s\.a\.p\.?"
            # "as quickly as possible", "as soon as reasonably practicable"
            r"|as\s+(?:soon|quickly|early|speedily|promptly|rapidly|fast|swiftly)"
            # "as quickly and efficiently as possible", "as soon and as fully as possible"
            r"(?:\s+and\s+(?:as\s+)?[a-z]{3,}ly)?\s+as\s+"
            r"(?:reasonably\s+|is\s+|it\s+(?:is\s+)?)?(?:possible|practicable|feasible"
            r"|practical|" + _CAN + ")"
            r"|at\s+the\s+earliest\s+opportunity|any\s+(?:day|time)\s+now|sooner\s+rather\s+than"
            r"\s+later|in\s+short\s+order|imminently|in\s+a\s+while)"
            + _G
            + r"|(?P<vg_now>immediately|right\s+away|straight\s+away|straightaway|at\s+once"
            r"|forthwith|without\s+delay|urgently|without\s+further\s+delay)" + _G
        ),
    ),
    (
        "holiday",
        rf"(?:(?P<hol_rel>this|next)\s+)?(?:the\s+)?(?P<hol>{_HOLIDAY_NAMES})"
        rf"(?:,?\s+(?P<hol_y>{_YEAR4}){_G})?"
        r"(?!\s+(?:recess|break|holidays?|adjournment|sitting)" + _G + ")",
    ),
    (
        "dom",
        # "on the fourth at 5 p.m.", "at 5 p.m. on the fourth.": a day in words beside a clock
        # time (readers.py reads it only there; stop 56: it was dropped, the time read today)
        rf"the\s+(?P<dom_ow>{_alternation(ORDINAL_WORDS)})(?=\s+at\s+(?:[0-9]|(?:noon|midday"
        r"|midnight)\b)|\s*[.;!?,](?![0-9])|\s*$)|"
        rf"(?:(?P<dom_wd>{_WEEKDAY_NAMES}),?\s+)?(?P<dom_the>the\s+)?(?P<dom_d>[0-9]{{1,2}})"
        rf"(?:(?P<dom_sfx>st|nd|rd|th){_G}|{DOM_BARE})"
        + r"(?:\s+of\s+(?P<dom_rel>this|next|the)\s+month"
        + _G
        # "the 5th", not "the 5th Summit"; "by the 5th the council" is a day (words.DOM_LED);
        # "on the 14" without its suffix only before a stop or a clock time (words.DOM_BARE)
        + rf"|(?<=[a-z])(?:(?=\s+the\s){DOM_LED}|(?!\s+(?!{AFTER_DOM})[a-z]))"
        + rf"|(?<=[0-9]){DOM_BARE_TAIL})",
    ),
    (
        "weekday",
        r"(?:(?P<wd_rel>this\s+coming|this|next|coming|the\s+coming|the\s+next"
        r"|the\s+following|following)\s+)?"
        rf"(?P<wd>{_WEEKDAY_NAMES})(?:\s+(?:of\s+)?(?P<wd_wk>next|this|the\s+following)\s+week{_G}"
        rf"|\s+(?P<wd_week>week){_G}"
        # "on Thursday next" (old Hansard): the first Thursday after the day of speaking
        rf"|\s+(?P<wd_next>next){_G}(?!\s+(?:week|weekend|month|year|fortnight|term|session|time)))?",
    ),
    (
        "dayword",
        r"(?:the\s+)?(?:end\s+of\s+)?(?P<dw>today|tonight|tonite|overnight(?!,?\s+(?:between|from)\s+[0-9])|tomorrow|tomorow|tmrw|tmr|to-day|to-night|to-morrow"
        r"|(?:the\s+)?day\s+after\s+tomorrow|overmorrow|this\s+day\s+(?:week|fortnight)"
        r"|this\s+(?:morning|afternoon"
        r"|evening)|later\s+(?:today|tonight|this\s+(?:morning|afternoon|evening))"
        # "effective on the date of publication (in the Federal Register)", "upon
        # publication": the day the notice itself is published, the day it is read
        r"|(?:(?:on\s+)?the\s+(?:date|day)\s+of|upon|on)\s+(?:its\s+)?(?:official\s+)?publication"
        r"(?:\s+in\s+the\s+(?:federal"
        r"\s+register|official\s+journal|(?:[a-z]+\s+)?gazette))?(?=\s*[.;,)]|\s*$))" + _G,
    ),
    (
        "time",
        (
            # "from 9 to 5 on Friday": a range of bare hours before its day, due at its later
            # end (readers.hour_range); its end with a.m./p.m. is a range of clock times
            r"(?:(?P<tm_rg1>[0-9]{1,2})(?:\s*(?P<tm_rga>" + _AMPM + r"))?\s*(?:-|to|until|till|and)"
            r"\s*(?P<tm_rg2>[0-9]{1,2})(?![0-9]|[:.][0-9]|\s*(?:[ap]\.?\s?m|o'?\s?clock)" + _G + ")"
            rf"(?=\s*,?\s+(?:on\s+)?(?:{words.WEEKDAY}|today|tomorrow|tonight)" + _G + ")"
            # "at 9 on Friday", "at 10 on the 4th", "on Friday at 9.": a bare hour beside its
            # day (hour_range.read_one: only after "at", the day right before or after it)
            # "held at ten on Friday": an hour word too (stop 59)
            r"|(?P<tm_bh>[0-9]{1,2}|" + _HOUR_WORDS + r")"
            r"(?![0-9]|[:.,][0-9]|\s*(?:[ap]\.?\s?m|o'?\s?clock|%|per\b)"
            + _G
            + r")(?=\s*,?\s+(?:on\s+)?(?:(?:next|this|coming)\s+)?"
            + rf"(?:{words.WEEKDAY}|today|tomorrow)"
            + _G
            # "the 4th", not "the 4th floor" (as the day rule reads it: words.AFTER_DOM)
            + r"|\s+on\s+(?:the\s+[0-9]{1,2}(?:st|nd|rd|th)"
            + _G
            + rf"(?!\s+(?!{AFTER_DOM})[a-z])|[0-9]{{1,2}}(?:st|nd|rd|th)?\s+"
            + words.MONTH
            + r"[a-z]*\.?|"
            + words.MONTH
            + r"[a-z]*\.?\s+[0-9]{1,2})"
            + _G
            + r"|\s*(?:[.;!?]|$))"
            # "10-30 a.m." (a hyphen only before 00/15/30/45, which no range of hours ends on)
            r"|(?P<tm_h>[0-9]{1,2})(?:(?:[:.h]|-(?=(?:00|15|30|45)\s*[ap]))(?P<tm_m>[0-9]{2})"
            r"(?::(?P<tm_s>[0-9]{2}))?)?\s*(?P<tm_ampm>" + _AMPM + ")"
            r"|(?<![£$€¥])(?P<tm_h24>[0-9]{1,2})" + hhmm.SEP_MINUTES + r""  # "18h" too
            r"(?::(?P<tm_s24>[0-9]{2}))?(?![0-9]|\s+noon)"
            r"(?!\s*(?:%|per\s*cent\b|percent\b|points?\b|pts\b|p\b|pence\b|cents?\b|m\b|bn\b"
            r"|million\b|billion\b))"
            rf"|(?P<tm_hw>{_HOUR_WORDS}|[0-9]{{1,2}})\s+o'?\s?clock{_G}"
            r"(?:\s+(?P<tm_part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)" + _G + ")?"
            rf"|(?P<tm_hw2>{_HOUR_WORDS})\s*(?:\(\s*(?P<tm_hn2>[0-9]{{1,2}})\s*\)\s*)?"
            rf"(?P<tm_ampm2>{_AMPM})"
            r"|(?P<tm_word>(?:12(?:[:.]00)?\s+)?noon|midday|midnight|lunch\s*time|lunch"
            r"|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|eod|cob|eob"
            r"|c\.o\.b\.?|e\.o\.[bd]\.?"  # "by C.O.B. June 13" (fresh169); not "C.O.D."
            r"|(?:the\s+)?close\s+of\s+(?:business|play)|(?:the\s+)?end\s+of\s+(?:business|play)"
            r"|(?:the\s+)?(?:morning|afternoon|evening|night))" + _G + ")" + ZONES
        ),
    ),
)

_PREFIX_WORDS: Final = (
    # "during the month of March", "in the course of the month of July": that month, not "the
    # month" of speaking (stop 62); first, so that "during" alone does not take the lead-in.
    # Only after a lead-in of its own: "covers activity for the month of September" is no time
    r"(?:in|during|by|before|until|the\s+course\s+of)\s+the\s+month\s+of(?=\s+"
    + _MONTH_NAMES
    + r")|"
    r"by\s+no\s+later\s+than|no\s+later\s+than|not\s+later\s+than|no\s+later|by|before"
    r"|up\s+until|up\s+to|until|till|til|within|inside\s+of|inside|in|on|at|during|over"
    r"|around|about|approximately|roughly|circa|sometime|some\s+time|at\s+some\s+point"
    r"|some\s+point|due|deadline(?:\s+(?:of|for))?:?|at\s+most|no\s+more\s+than|not\s+more\s+than|less\s+than"
    r"|under|in\s+time\s+for|ahead\s+of|prior\s+to|as\s+early\s+as|as\s+late\s+as|between"
    r"|probably|likely|possibly|hopefully|perhaps|maybe|first\s+thing|latest|@|through|thru"
    r"|committed\s+to|commitment\s+to|target(?:ed|ing)?|aim(?:s|ed|ing)?\s+for|extended\s+to"
    r"|moved?\s+to|postponed\s+to|delayed\s+to|deferred\s+to|put\s+back\s+to"
    r"|(?:throughout|across|(?<=\band\s)into)(?=\s+(?:the\s+)?(?:19|20|21)[0-9]{2}\b|\s+"
    + f"{_MONTH_NAMES})"  # a year, or a month ("throughout January and February", stop 68)
    r"|between\s+now\s+and|pushed\s+back\s+to|brought\s+forward\s+to|moved\s+(?:back|forward)"
    r"\s+to|rescheduled\s+(?:for|to)|pushed\s+to"
)
_OPEN_WORDS: Final = (
    r"after|from|since|starting(?:\s+from|\s+in|\s+on|\s+with)?|beginning(?:\s+with)?|commencing"
    r"|as\s+of|every|each|not\s+before|no\s+earlier\s+than|no\s+sooner\s+than|later\s+than|once"
    # "post 1 April" is after it; "take up the post on 1 February" is a job taken up then
    r"|post(?!\s+(?:on|in|at|of|from|by|for|until)\b)"
    r"|on\s+(?:and|or)\s+after|not\s+until|not\s+till|with\s+effect\s+from"
)
SUFFIX: Final = re.compile(
    r"(?:,?\s+(?:at\s+the\s+(?:very\s+)?latest|or\s+so|or\s+sooner|or\s+earlier|tops"
    r"|max(?:imum)?|at\s+most|latest)" + _G + ")*"
)


def _strip_group_names(pattern: str) -> str:
    return re.sub(r"\(\?P<[a-z0-9_]+>", "(?:", pattern)


# At most four filler words in a row: enough for "at some point in" or "probably by no
# later than", and it keeps the scan linear on text like "by by by by ...".
# Its two parts (the filler words, then the rules in order) are used apart by prescan.py.
SCANNER_HEAD: Final = (
    rf"(?<![a-z0-9])(?P<pre>(?:(?:(?P<open>{_OPEN_WORDS})|{_PREFIX_WORDS})\s+){{0,4}})"
)
SCANNER_RULES = tuple((kind, _strip_group_names(p)) for kind, p in _RULES)
SCANNER: Final = re.compile(
    SCANNER_HEAD + "(?:" + "|".join(f"(?P<{k}>{p})" for k, p in SCANNER_RULES) + ")"
)
RULE_PATTERNS: dict[str, re.Pattern[str]] = {kind: re.compile(p) for kind, p in _RULES}
NOISE: Final = re.compile(r"[\W_]*")
DOTTED_END: Final = re.compile(r"\.[A-Za-z]\.$")
GAP_MERGE: Final = re.compile(r"[\s,]*(?:-\s*)?")
_NORMALISE: dict[int, str] = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        # digits of every other script ("１５" full width, "٢٠٣٠" Arabic-Indic) are the
        # digits they are: read, never dropped as unknown characters (issue 12)
        **{
            chr(cp): str(unicodedata.decimal(chr(cp)))
            for cp in range(0x80, 0x1FC00)
            if unicodedata.category(chr(cp)) == "Nd"
        },
    }
)
# The ASCII characters _NORMALISE maps ("`"): the others are not ASCII, so an ASCII text
# without these needs no translating (most do not, and translating costs a look-up a letter).
# Tested one by one with `in` (a memchr each), not by a regex search: a third of the cost.
_MAPPED_ASCII: Final = tuple(chr(c) for c in _NORMALISE if c < 128)


def normalised(text: str) -> str:
    """`text` lower-cased, its quotes, dashes, spaces and digits made plain."""
    plain = text.isascii()
    if plain:
        for char in _MAPPED_ASCII:
            if char in text:
                plain = False
                break
    return (text if plain else text.translate(_NORMALISE)).lower()
