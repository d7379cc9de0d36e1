"""A weekday that ends what starts on an earlier weekday of its sentence (stop 49, fix49).

"Work will start on Monday, to be completed on Friday", "The exhibition opens on Saturday and
runs until Tuesday", "Work starts Monday and ends Thursday", "The road will close on Monday
and reopen on Friday" (a closure starts the run, a reopening ends it): the end day comes after
the start day, so when said on a Tuesday the Friday is the one after next Monday, not this
week's (which would fall due before the work has begun). The start is read as any bare
weekday is (the next such day on or after the reference, docstring of __init__.py); the end
is then the first such weekday on or after the start. The start may also be "this/next/coming
Monday" (read as the weekday reader reads them) or a date ("Monday 7 December", "Monday,
December 7", "7 December", "the 14th", "Monday the 14th"; stop 50, fix50: "Work starts on
Monday 7 December and will be completed on Friday", said on Wednesday 2 December, was due on
Friday 4 December, before the work began; CONVENTIONS 6.4: "finishing on" <day> names the day
the work ends), with or
without its year, or a numeric date ("14/12/2026": a number above 12 is the day, else the
day_first order, as the date reader reads it). A start this module cannot read, or one gone
by, is not taken as a start only (`start_ended`): the date is then read as any date is. Only an end
weekday right after an end word ("completed on", "finishing", "ends", "until", "through",
"closes on", "reopen on") in the same sentence; anything else is left to the weekday reader
as before. A move to an earlier day ("brought forward to Friday") is no end. The cue is a
substring test for a start word before the end word.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Final

from bot.core.deadlines.vocabulary import MONTHS
from bot.core.deadlines.words import MONTH, WEEKDAY, WEEKDAY_STEMS

# the words right before the end weekday ("to be completed on ", "and runs until ")
_END: Final = re.compile(
    r"\b(?:complet(?:e[sd]?|ion)|finish(?:e[sd]|ing)?|end(?:s|ed|ing)?|clos(?:e[sd]?|ing)|reopen(?:s|ing)?"
    r"|(?:run(?:s|ning)?\s+)?(?<!forward\s)(?:until|till|to|through|thru))\s+(?:(?:on|by)\s+)?$",
    re.I,
)
# the start: a verb of starting and a bare weekday, no "next"/"this"/date after it ("from
# Monday" is left out: "closed from Monday until Friday" may be a closure begun this week, and
# a check set fell with it; "from" before a date still to come is a start, stop 51: "closed
# from Friday 18 December until Monday" ends after the 18th, not on this week's Monday). A
# past form only after "be" ("will be closed on Monday"): "Work started on Monday" is a start
# gone, and its end is this week's.
_START: Final = re.compile(
    r"\b(?:(?:start(?:s|ing)?|begin(?:s|ning)?|commenc(?:es?|ing)|open(?:s|ing)?|clos(?:es?|ing)"
    r"|(?<=\bbe\s)(?:started|commenced|closed))"
    r"\s+(?:overnight\s+|work\s+)?(?:on\s+)?(?:(?P<rel>next|this(?:\s+coming)?|coming)\s+)?"
    # "from" before a date only (stop 51): "closed from Friday 18 December until Monday"
    r"|(?P<from>from)\s+)"
    r"(?:(?(from)(?!)|(?P<wd>" + WEEKDAY + r")\b(?!\s*,?\s*(?:[0-9]|the\s+[0-9]|" + MONTH + r")))"
    r"|(?:(?P<dwd>" + WEEKDAY + r")\s*,?\s*)?"
    r"(?:(?:the\s+)?(?P<d1>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>" + MONTH + r")[a-z]*"
    r"|(?P<m2>" + MONTH + r")[a-z]*\.?\s+(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?"
    r"|the\s+(?P<d3>[0-9]{1,2})(?:st|nd|rd|th)\b)"
    r"(?:,?\s+(?P<y1>[0-9]{4}))?(?![0-9]|,?\s*[0-9])"
    r"|(?P<n1>[0-9]{1,2})(?P<sep>[/.])(?P<n2>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})(?![0-9]))",
    re.I,
)
# a start word right before a date ("starts ", "will close on "), and an end weekday later in
# its sentence ("and ends on Friday", "and reopens on Monday"): the date is the start only
# (cues: "Work starts Monday, December 7 and ends on Friday" is due on Friday 11 December)
_STARTS_AT: Final = re.compile(
    r"\b(?:start(?:s|ing)?|begin(?:s|ning)?|commenc(?:es?|ing)|open(?:s|ing)?|clos(?:es?|ing)"
    r"|(?<=\bbe\s)(?:started|commenced|closed))\s+(?:on\s+)?(?:the\s+)?$"
)
_ENDS_AHEAD: Final = re.compile(
    r"[^.;!?]{0,80}?\b(?:end(?:s|ing)?|finish(?:es|ing)?|reopen(?:s|ing)?|complet(?:e[sd]?|ion)"
    r"|clos(?:e[sd]?|ing)|(?:run(?:s|ning)?\s+)?(?:until|till))"
    r"\s+(?:(?:on|by)\s+)?" + WEEKDAY + r"\b"
)
_REACH: Final = 120  # how far back the start may lie
_SOON: Final = 180  # days ahead a year-less "from" date may lie: one further off has gone by
_CUES: Final = (
    "start",
    "begin",
    "commenc",
    "open",
    "clos",
    "from",
)  # the scanned text is lower-case


def start_day(text: str, at: int, today: date, day_first: bool) -> date | None:
    """The day work starts when the weekday at `at` in `text` ends it; else None."""
    if _END.search(text, max(0, at - 30), at) is None:
        return None
    before = text[max(0, at - _REACH) : at]
    if not any(cue in before for cue in _CUES):
        return None
    starts = list(_START.finditer(before))
    if not starts or re.search(r"[;!?]|\.\s", before[starts[-1].end() :]) is not None:
        return None  # no start, or one of another sentence
    start = starts[-1]
    begun = _begun(start, today, day_first)
    if (
        begun is not None
        and start["from"] is not None
        and start["y1"] is None
        and start["year"] is None  # a written year says which: "from 14 December 2027"
        and (begun - today).days > _SOON
    ):
        return None  # "closed from 1 November until Monday", said in December: under way
    return begun


def _begun(m: re.Match[str], today: date, day_first: bool) -> date | None:
    """The day the start `m` names, said on `today`; None when it names none."""
    if m["n1"] is not None:  # "14/12/2026": a number above 12 is the day, else the order
        return _numeric(int(m["n1"]), int(m["n2"]), int(m["year"]), today, day_first)
    rel = m["rel"] or ""
    if m["wd"] is not None:
        weekday = WEEKDAY_STEMS.index(m["wd"][:3].lower())
        if rel == "next":  # the weekday in the following week (docstring of __init__.py)
            return today + timedelta(days=7 - today.weekday() + weekday)
        ahead = (weekday - today.weekday()) % 7
        return today + timedelta(days=ahead or (7 if rel.endswith("coming") else 0))
    if rel:
        return None  # "next 7 December"
    if m["d3"] is not None:  # "the 14th": its next occurrence, as the date reader reads it
        return _named(m["dwd"], day_of_month(int(m["d3"]), today))
    day, month = (m["d1"], m["m1"]) if m["d1"] is not None else (m["d2"], m["m2"])
    number = MONTHS[month[:3].lower()]
    years = (int(m["y1"]),) if m["y1"] is not None else (today.year, today.year + 1)
    for year in years:  # a date without a year: its next occurrence
        try:
            found = date(year, number, int(day))
        except ValueError:
            return None
        if found >= today:
            return _named(m["dwd"], found)
    return None


def _named(weekday: str | None, found: date | None) -> date | None:
    """`found`, unless the start also names a weekday that `found` is not ("Monday 7 December"
    of a year it is no Monday, "Monday the 15th" of a month it is no Monday: not ours)."""
    if found is None or weekday is None:
        return found
    return found if WEEKDAY_STEMS.index(weekday[:3].lower()) == found.weekday() else None


def day_of_month(day: int, today: date) -> date | None:
    """The next `day` of a month on or after `today` ("the 1st", said on 2 December, is 1
    January); None when no month of the next two has that day."""
    for ahead in range(3):
        month = (today.month - 1 + ahead) % 12 + 1
        year = today.year + (today.month - 1 + ahead) // 12
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= today:
            return found
    return None


def _numeric(first: int, second: int, year: int, today: date, day_first: bool) -> date | None:
    """The start a numeric date names ("14/12/2026", day_first or not, as the date reader
    reads it); None when it is no date or has gone by."""
    day, month = (first, second) if first > 12 or (day_first and second <= 12) else (second, first)
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if found >= today else None


def on_or_after(start: date, weekday: int) -> date:
    """The first `weekday` on or after `start`."""
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def start_ended(clause: str, text: str, end: int, today: date, day_first: bool) -> bool:
    """The date ending at `end` is what a start word right before it (the end of `clause`)
    governs, an end weekday follows in its sentence, and `start_day` can read that start (else
    the end weekday would count from today: "starts on 14/12/2026 and ends on Friday")."""
    if _STARTS_AT.search(clause) is None or _ENDS_AHEAD.match(text, end) is None:
        return False
    before = text[max(0, end - _REACH) : end]
    starts = [m for m in _START.finditer(before) if m.end() == len(before)]
    return bool(starts) and _begun(starts[-1], today, day_first) is not None
