"""Dates that name a thing, not the time of an act (issue 12, round 26a).

The chosen phrase is a real date or year, but the grammar around it makes it part of a
name, so nothing falls due at it:

- a document or an issue named by its date ("President Biden's January 26 memorandum",
  "the August-September 2016 issue of the newsletter"): the day it was written, unless an
  act ahead leads in ("will deliver his March 5 speech");
- a day designated as a named day ("designating September 23, 2015 as National Falls
  Prevention Awareness Day"), or a day that marks a start of the calendar ("June 1 marks
  the beginning of the hurricane season"): a fact of the calendar (an end it marks, "the
  last day to register", falls due);
- a day said to be a named day ("Tonight is Census night", "Today, 16 September, is World
  Ozone Day", "this Friday is 11 November, Remembrance Day"), or a named day heading its
  sentence before a long dash, its date in brackets or not ("Father's Day (June 17) — Dear
  old dad may be treated ...", "The Fourth of July — The Census Bureau celebrates ..."): the
  calendar told, no act's time (stop 61). The name is a proper one, capitalised in the
  text, so "today is polling day" or "Friday is the deadline" are read as before;
- a document's own date in its formula ("It is, this 26th day of September, 2014, hereby
  ORDERED"): when it was signed;
- a year naming a season or a competition ("As we begin the 2016-2017 winter season",
  "applicants under the FY 2023 FSCS competition"), when no time word stands in front
  ("in the 2016-17 season" and "by the 2016-17 season" are read as before);
- a period's possessive naming a thing ("This month's Science Picks can help",
  "announcing next week's business") with nothing ahead in the sentence; the current
  period's thing whatever the tense (round D: "this year's progress alone will protect
  ...", "will meet representatives taking part in this year's EEF": the verb's time is not
  the period's), but not the period's own part ("by this year's end").

`verdict` returns (refusal kind or None, reason) to refuse the phrase, or None to keep it;
each rule runs behind a substring test.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import AHEAD, MONTH, WEEKDAY, Place

_DOCUMENT: Final = re.compile(
    r"\s+(?:memorandum|memo|letter|executive\s+order|proclamation|directive|issues?|editions?"
    r"|newsletter|bulletin|press\s+release|communiqu[eé]|speech)\b"
)
# the name's owner or article in front: "Biden's January 26", "the August-September 2016"
_OWNER_BEFORE: Final = re.compile(r"(?:['\u2019]s|\b(?:the|his|her|its|their|our|my|your))\s+$")

_DESIGNATING: Final = re.compile(r"\b(?:designat|declar|proclaim)(?:e|es|ed|ing)\s+$")
# "as National Falls Prevention Awareness Day" (the original text: a proper name)
_AS_NAMED_DAY: Final = re.compile(
    r",?\s+as\s+(?:an?\s+|the\s+)?(?:[A-Z][\w'\u2019-]*\s+)+(?:Day|Week|Month)\b"
)

# a start or an anniversary; an end is a time that falls due ("Friday 5 March marks the last
# day to register", "31 January marks the end of the consultation")
_MARKS: Final = re.compile(
    r",?\s+(?:marks|marked)\s+(?:the\s+)?(?:official\s+)?(?:start|beginning|opening"
    r"|first\s+day|anniversary)\b"
)

# a proper name of a day, capitalised in the text: "World Ozone Day", "Census night",
# "Remembrance Day", "New Year's Eve"; not a last or closing day ("the Last Day to Apply")
_NAME: Final = (
    r"(?!(?:Last|Final|Closing|Deadline|Due|Start|First|Opening)\b)"
    r"(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:Day|Night|Eve|day|night)\b"
)
# the phrase said to be the named day, an apposition between ("Today, 16 September, is",
# "Today – Wednesday 17th March – is"), a date before the name ("is 11 November,")
_IS_NAMED: Final = re.compile(
    r"(?:\s*[,\u2013\u2014]\s*[^,.;:\u2013\u2014]{1,30}?\s*[,\u2013\u2014])?\s*,?\s+is\s+"
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+|[A-Z][a-z]+\.?\s+[0-9]{1,2}"
    r"(?:st|nd|rd|th)?,?\s+)?(?:the\s+)?" + _NAME
)
# "this Friday is 11 November, Remembrance Day": the date after a day word and "is"
_DAY_IS_BEFORE: Final = re.compile(
    r"\b(?:today|tonight|tomorrow|(?:this\s+)?" + WEEKDAY + r")\s+is\s+$"
)
_NAME_AFTER: Final = re.compile(r",?\s+(?:the\s+)?" + _NAME)
# a heading: the named day opens its sentence, its date in brackets, then a long dash
_NAMED_HEAD_BEFORE: Final = re.compile(r"(?:^|[.!?]\s+)(?:The\s+)?" + _NAME + r"\s*\(\s*$")
_BRACKET_DASH: Final = re.compile(r"\s*\)\s*[\u2013\u2014]\s")
_DASH_AFTER: Final = re.compile(r"\s*[\u2013\u2014]\s")
_SENTENCE_OPEN: Final = re.compile(r"(?:^|[.!?]\s+)$")
# a holiday's name, capitalised, no day word of speaking ("The Fourth of July", "Labor Day")
_HOLIDAY_HEAD: Final = re.compile(
    r"(?:The\s+)?(?!(?:Today|Tonight|Tomorrow|This|Next|Mon|Tue|Wed|Thu|Fri|Sat|Sun))[A-Z]"
)
# ... and not a month, a part of one or a time of day, which open a timetable's line ("End of
# March \u2014 all returns are due", "Midday \u2014 all entries must be in"): no name (review s61)
_NO_HOLIDAY: Final = re.compile(
    r"(?:the\s+)?(?:(?:early|mid|late|end|start|beginning|middle|noon|midday|midnight|last)\b"
    r"|" + MONTH + r")"
)

_THIS_NTH_DAY: Final = re.compile(r"\bthis\s+$")
_NTH_DAY_OF: Final = re.compile(r"[0-9]{1,2}(?:st|nd|rd|th)\s+day\s+of\b")

_YEAR_NAMING: Final = re.compile(
    r"(?:under\s+)?the\s+(?:fy\s*)?[0-9]{4}(?:\s*[-/\u2013]\s*[0-9]{2,4})?"
)
_CONTEST_AFTER: Final = re.compile(
    r"(?:\s+[a-z0-9-]+){0,2}?\s+(?:competitions?|seasons?|cycles?|contests?|championships?)\b"
)
_TIME_WORD_BEFORE: Final = re.compile(
    r"\b(?:in|during|by|before|until|till|through|thru|throughout|for|from|after|since|within"
    r"|of|over|across|to|at|on)\s+$"
)

_POSSESSIVE_PERIOD: Final = re.compile(
    r"(?P<rel>this|next|last|coming)\s+(?:week|month|year|weekend)['\u2019]s\s+"
    # the period's own part is a time ("by this year's end", "this month's close")
    r"(?!(?:end|close|start|beginning|remainder|rest|first|second|last|latter|middle)\b)[a-z]"
)
# "next week's Plenary session": an event's own time, not a name; "Today's business shall be
# No. 10" too, an order of business's day (stop 43, tuner 12b), not its bulletin or papers
EVENT_AFTER: Final = re.compile(
    r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}?(?:sessions?|sittings?|meetings?|votes?|debates?|summits?"
    r"|conferences?|elections?|hearings?|matche?s?|games?|events?|visits?|talks|launch|race"
    r"|final|tournament|business(?!\s+(?:bulletin|papers?|statement)))\b"
)
_AHEAD: Final = re.compile(r"\b(?:" + AHEAD + r")\b|'ll\b")

Verdict = tuple[str | None, str]


def verdict(text: str, place: Place | None) -> Verdict | None:
    """The chosen phrase of `text`, lying at `place` (words.located), refused as part of a
    name (see the module), or None."""
    if place is None:
        return None
    lowered, start, end, words = place
    head = lowered[max(0, start - 40) : start]
    if (
        _DOCUMENT.match(lowered, end)
        and (words.startswith(("the ", "in the ")) or _OWNER_BEFORE.search(head) is not None)
        and _AHEAD.search(head) is None  # "will deliver his March 5 speech": an act ahead
    ):
        return None, "that date names a document or an issue, not a time"
    if "design" in head or "decla" in head or "procla" in head:
        if _DESIGNATING.search(head) and _AS_NAMED_DAY.match(text, end):
            return None, "that date is designated a named day: a fact of the calendar"
    if " mark" in lowered and _MARKS.match(lowered, end) is not None:
        return None, "that date marks a point of the calendar, no act's time"
    if " is " in lowered and (
        _IS_NAMED.match(text, end) is not None
        or (_DAY_IS_BEFORE.search(head) is not None and _NAME_AFTER.match(text, end) is not None)
    ):
        return None, "that day is said to be a named day: a fact of the calendar"
    if ("\u2013" in lowered or "\u2014" in lowered) and (
        (
            _NAMED_HEAD_BEFORE.search(text, max(0, start - 40), start)
            and _BRACKET_DASH.match(text, end)
        )
        or (
            _SENTENCE_OPEN.search(text, max(0, start - 3), start) is not None
            and not any(char.isdigit() for char in words)
            and _DASH_AFTER.match(text, end) is not None
            and _HOLIDAY_HEAD.match(text, start) is not None
            and _NO_HOLIDAY.match(words) is None
        )
    ):
        return None, "that named day heads its sentence: the calendar told, no act's time"
    if "day of" in words and _THIS_NTH_DAY.search(head) and _NTH_DAY_OF.match(words):
        return None, "the document's own date"
    if (
        ("season" in lowered or "compet" in lowered or "cycle" in lowered or "contest" in lowered)
        and _YEAR_NAMING.fullmatch(words)
        and _CONTEST_AFTER.match(lowered, end)
        and _TIME_WORD_BEFORE.search(head) is None
    ):
        return None, "that year names a season or a competition, not a time"
    if "s " in lowered[end : end + 4] and (owned := _POSSESSIVE_PERIOD.match(lowered, start)):
        if (_AHEAD.search(lowered) is None or owned["rel"] == "this") and EVENT_AFTER.match(
            lowered, end
        ) is None:
            return None, "that period names a thing, no act's time"
    return None
