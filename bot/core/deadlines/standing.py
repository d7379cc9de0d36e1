"""What comes round again is no deadline (issue 12): standing schedules ("from 9 a.m. to 5
p.m. each day", "Monday through Friday"), service standards for a class of items ("each
complaint gets a reply within five working days", "reply to all letters within 20 working
days"), habits ("The Department normally replies within ..."), defaults for the items of a
list ("Unless otherwise stated, closures start at 9pm") and dates that recur each year
("due by 31 March each year"). The choice of a deadline (choose.py) refuses such a
text as "recurring"; a distributive that hands something out once ("each station will be
told soon", "each spokesperson ... at 7 p.m.") is told apart with labels.py.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import class_cases, hours_kept, labels, moved, open_hours
from bot.core.deadlines.words import (
    CLOCK_AMPM,
    CLOCK_AMPM_RANGE,
    US_ZONE,
    WEEKDAY,
    WEEKDAY_OR_SHORT,
    WEEKDAY_STEMS,
)

_WEEKDAY = WEEKDAY + r"\b"
_ANY_DAY: Final = r"\bon\s+any\s+(?:[a-z]+\s+)?day\b|\bwhenever\b"
_RECURRING: Final = re.compile(
    r"\b(?:each|every)\s+(?!(?:effort|attempt|step|possible|chance|reason|confidence|sense"
    # "not to exceed eight minutes each and ...": a trailing "each" shares out, no schedule
    r"|opportunity|one\s+of|and|or|but|to|with|by|for|in|on|at|of|is|are|was|were)\b)[a-z]+"
    r"|\b(?:daily|weekly|fortnightly|monthly|annually|yearly|per\s+(?:day|week|month|year"
    r"|annum))\b|\b(?:monday|mon)\s+(?:through|thru|to|-)\s+(?:friday|fri)\b"
    r"|\bon\s+a\s+(?:daily|weekly|monthly|regular|rolling)\s+basis\b"
    r"|\b(?:on|open|during)\s+(?:federal\s+|normal\s+|official\s+)?"
    r"(?:week|work(?:ing\s+)?|business\s+)days\b"
    # "during normal business hours, 9 a.m. to 5 p.m.": hours kept on every such day
    r"|\bduring\s+(?:normal\s+|regular\s+|usual\s+)?(?:business|office|working)\s+hours\b"
    r"|\b(?:hours?|days?|times)\s+a\s+(?:day|week|month|year)\b"
    r"|\bwithin\s+[^.;]{0,40}\bof\s+(?:receipt|receiving)\b"
    # a habit: "I always try to answer ...", "The Department normally replies within ..."
    r"|\b(?:always|usually|normally|routinely|invariably|as\s+a\s+rule"
    r"|generally(?!\s+speaking)|typically)\b"
    # a default for every item of a list (issue 12, stop 42, tuner h): "Unless otherwise
    # stated, closures start at 9pm and finish at 5am", "Events start at 9:30am unless
    # otherwise noted": the items the page lists each keep the time unless marked, so the
    # time is a standing one; a verb of one agreement ("unless otherwise agreed") names an
    # exception to one act, not a list, and is left alone
    r"|\b(?:unless|except\s+(?:where|as|when))\s+otherwise\s+(?:stated|noted|indicated"
    r"|specified|shown|listed|posted|advertised|announced|advised|marked|signed|signposted)\b"
    r"|"
    + _ANY_DAY
    # weekly opening days: "open 8 a.m. to 6 p.m., Monday through Saturday"
    + r"|\b(?:open|opening|operat(?:e|es|ing))\b[^;]{0,80}?\b"
    + (_WEEKDAY + r"\s+(?:through|thru|to|-|–)\s+" + _WEEKDAY)
)
# a standard for a class of items: "reply to all letters within 20 working days",
# "departments are expected to reply to Written Questions within 14 days"
_CLASS_STANDARD: Final = re.compile(
    r"\b(?:repl(?:y|ies|ying)|respond(?:s|ing)?|answer(?:s|ing)?)\s+(?:to\s+)?"
    r"(?:(?!(?:the|these|those|this|that|his|her|your|their|my|our|its|to)\b)[a-z-]+\s+){0,2}"
    r"(?:letters|questions|correspondence|complaints|enquiries|inquiries"
    r"|queries|emails|claims)\b"
)
# days named in the plural: "at 4 p.m. on Fridays", "on the Wednesdays listed below"
_PLURAL_DAYS: Final = re.compile(r"\bon\s+(?:the\s+)?" + WEEKDAY + r"s\b")
# a range of weekdays whose parts are named in the plural: "7 p.m. to 7 a.m. Sunday through
# Thursday nights" (stop 63, fresh188: read as this week's Thursday night, unwarned)
_PLURAL_PARTS: Final = re.compile(
    _WEEKDAY
    + r"\s*(?:through|thru|to|-|\u2013)\s*"
    + _WEEKDAY
    + r"\s+(?:nights|evenings|mornings)\b"
)
# "within 90 days of the date of this order": one span from one document, whoever "each"
# names ("Each agency head shall provide ...")
_ONE_DOCUMENT: Final = re.compile(
    r"\b(?:of|from|after)\s+the\s+date\s+of\s+(?:this|the)\s+(?:order|notice|memorandum"
    r"|directive|determination|letter|decision|act|rule|proclamation)\b"
)
_STANDING: Final = re.compile(_ANY_DAY)

# Strings every match of _RECURRING holds, by its alternatives in turn: a text with none of
# them is not scanned (issue 12: the scan tries each alternative at every word, for every
# undated phrase chosen; two texts in three hold none). "fri" for "Monday through Friday",
# "rule" for "as a rule"; "hours a day", "three times a week" have _A_UNIT; "on any ... day"
# and the opening days need "day" besides "any", "open" or "operat".
_RECURRING_WORDS: Final = (
    "each",
    "every",
    "daily",
    "weekly",
    "nightly",
    "monthly",
    "annually",
    "yearly",
    "per",
    "fri",
    "basis",
    "days",
    "hours",
    "recei",
    "always",
    "usually",
    "normally",
    "routinely",
    "invariably",
    "rule",
    "generally",
    "typically",
    "otherwise",
    "whenever",
)
_A_UNIT: Final = re.compile(r"\sa\s+(?:day|week|month|year)")


def _may_recur(text: str) -> bool:
    """Whether `_RECURRING` can match anywhere in `text` (a necessary condition, see above)."""
    return (
        any(word in text for word in _RECURRING_WORDS)
        or ("day" in text and ("any" in text or "open" in text or "operat" in text))
        or _A_UNIT.search(text) is not None
    )


# weekly hours: a clock range beside a range of weekdays ("from 8 a.m. to 6 p.m., Monday
# through Saturday", "Mon. thru Sat. from 9 a.m. to 5 p.m.", "between 9 a.m. and 5 p.m.,
# Monday through Friday"), whatever the verb; days alone ("debated Thursday through
# Saturday") are one stretch of days, no schedule
_DAY = WEEKDAY_OR_SHORT
_DAY_RANGE = _DAY + r"\s*(?:through|thru|to|-|–)\s*" + _DAY + r"(?![a-z])"
_CLOCK_RANGE = CLOCK_AMPM_RANGE
# what may stand between the two: commas, a zone ("5 p.m. CDT", "Eastern Standard Time"),
# "from"
_BESIDE = r"(?:[,\s]|\b(?:[a-z]{2,4}|" + US_ZONE + r"|standard|daylight"
_BESIDE += r"|local|time)\b\.?){0,6}?"
_WEEKLY_DAYS: Final = re.compile(r"\b" + _DAY_RANGE)
_WEEKLY_HOURS: Final = re.compile(
    r"\b(?:" + _CLOCK_RANGE + _BESIDE + _DAY_RANGE + "|" + _DAY_RANGE + _BESIDE + _CLOCK_RANGE + ")"
)


# an event held over those days, once: "The hearing will run from 9 a.m. to 5 p.m. Tuesday
# through Thursday" falls due on Thursday; what is open or available stays a schedule
_ONE_EVENT: Final = re.compile(
    r"\bwill\s+(?:be\s+)?(?:run|held|hold|meet|sit|take\s+place|convene|host|hear|visit"
    r"|travel|debate|last|continue)\b"
)


# a range of weekdays heading the sentence, set off by a comma, with a clock time after it:
# "Sunday through Thursday, visitors must arrive at the park before 6:30 p.m." (stop 63,
# fresh188: read as this week's Thursday, unwarned)
_DAYS_HEAD: Final = re.compile(
    r"\s*" + _DAY_RANGE + r"\s*,[^.;:!?]*?\b" + CLOCK_AMPM, re.IGNORECASE
)


def weekly_hours(text: str) -> bool:
    """ "available to take calls from 8 a.m. to 6 p.m., Monday through Saturday": hours kept
    on a range of weekdays, a standing schedule (not an event held on those days once)."""
    return (
        any(stem in text for stem in WEEKDAY_STEMS)  # every day's name or short form holds one
        and _WEEKLY_DAYS.search(text) is not None
        and (_WEEKLY_HOURS.search(text) is not None or _DAYS_HEAD.match(text) is not None)
        and _ONE_EVENT.search(text) is None
    )


# The year of a rule is any year of its kind: "each year", and with one word naming the
# kind of year between, "each levy year", "in June of any relevant year", "every financial
# year" (issue 12, tuner 12a): the determiner, not the noun, makes it no one year.
_YEARLY: Final = re.compile(
    r"\b(?:each|every|any)\s+(?:[a-z]+\s+)?(?:year|month|week|quarter)\b"
    r"|\b(?:annually|yearly)\b|\bper\s+(?:year|annum)\b"
)


def yearly(text: str) -> bool:
    """ "due by 31 March each year", "before 20 January in each levy year": a date that
    comes round again, no one deadline."""
    return _YEARLY.search(text) is not None


def recurring(text: str, kind: str = "", start: int = -1) -> bool:
    """A standing schedule or service standard, for a phrase of `kind`: a vague "soon" word
    (labels.ONE_OFF), which "each case" or "to each station" hands out once, not each time;
    a clock time (labels.BUSINESS_ONE_OFF), which "each motion" or "each spokesperson" of
    one day's business leaves once. With the phrase's `start`, a standard for a class of
    items ("answer questions") counts only in the phrase's own clause (`_same_clause`)."""
    if _may_recur(text) and _recurring_words(text, kind):
        return True
    if "days" in text and _PLURAL_DAYS.search(text):
        return True
    if "nights" in text or "evenings" in text or "mornings" in text:
        if _PLURAL_PARTS.search(text) is not None:
            return True
    if (
        weekly_hours(text)
        or open_hours.listed_days_hours(text)
        or class_cases.all_cases(text, kind)
        or class_cases.all_gatherings(text)  # "All teleconferences start at 4 pm"
    ):
        return True  # "... all suspected stroke cases will be sent to those units for three days"
    if not ("repl" in text or "respon" in text or "answer" in text):
        return False
    if kind in _ONE_OCCASION:
        return False  # "The minister will answer questions on Friday": one sitting (stop 58)
    return any(
        start < 0 or _same_clause(text, m.start(), m.end(), start)
        for m in _CLASS_STANDARD.finditer(text)
    )


# the kinds that name one occasion, no limit counted for each item: a class standard ("answer
# questions", "reply to letters") sets a limit ("within 14 days"), never a day or an hour
_ONE_OCCASION: Final = frozenset({"time", "clock", "weekday", "dayword", "dom"})
# a clause of its own between a class standard and the phrase: a stop, or a joining word
# with a verb of its own ("We will publish the plan on Friday, and the minister will answer
# questions": the answering is another act, and the Friday no standard's, stop 58)
_OTHER_CLAUSE: Final = re.compile(
    r"[.;:!?]|\b(?:and|but|while|whereas|then)\b[^.;:!?]*?\b(?:will|shall|would|can|could|may"
    r"|must|is|are|was|were|has|have|had)\b"
)


def _same_clause(text: str, first: int, last: int, start: int) -> bool:
    """Whether the standard at `first`:`last` and the phrase at `start` share a clause."""
    between = (last, start) if start >= last else (start, first)
    return _OTHER_CLAUSE.search(text, *between) is None


def _recurring_words(text: str, kind: str) -> bool:
    """A match of _RECURRING in `text` that makes it a standing schedule or standard, for a
    phrase of `kind` (see `recurring`)."""
    one_off, business = kind in labels.ONE_OFF, kind in labels.BUSINESS_ONE_OFF
    one_document = "date of" in text and _ONE_DOCUMENT.search(text) is not None
    for m in _RECURRING.finditer(text):
        if m.group().startswith(("each", "every")):
            if (one_document or one_off) and not (one_off and labels.each_time(m.group())):
                continue
            if business and labels.business_item(m.group()):
                continue
        if m.group().startswith("mon") and moved.moved_from(text, m.start()):
            continue  # "the hearing was moved from Monday to Friday": one day, moved
        if _ONE_GATHERING.match(text, m.end()) and _THE_BEFORE.search(text, 0, m.start()):
            continue  # "recess until 2:15pm for the weekly caucus luncheons": this week's one
        if _DAY_OWNS.search(text, max(0, m.start() - 24), m.start()):
            continue  # "Tomorrow's fortnightly Friday Business shall be": that day's one
        if _bracketed(text, m.start(), m.end()):
            continue  # "Phase 2 (objectives under each agreed theme) will commence shortly"
        if not _THEREAFTER.match(text, m.end()):
            return True
    return False


_CLOCK_KINDS: Final = frozenset({"time", "clock"})


def recurring_at(text: str, kind: str, start: int, undated: bool) -> bool:
    """The phrase of `kind` at `start` is refused as recurring: an undated one under a
    standing schedule or standard, or any day named as the exception to, or an instance
    of, a schedule kept every day ("open every day except December 25")."""
    return (
        (undated and (recurring(text, kind, start) or hours_kept.kept(text)))
        or (kind in _CLOCK_KINDS and hours_kept.standard_time(text))  # stop 63
        or open_hours.excepted(text, start)
        or hours_kept.year_around(text, start)  # round 26c
    )


def _bracketed(text: str, start: int, end: int) -> bool:
    """Inside a bracket that closes: an aside, not what the sentence says of its time."""
    return text.rfind("(", 0, start) > text.rfind(")", 0, start) and ")" in text[end:]


# "the weekly caucus meetings", "the monthly board meeting": the one gathering of a series
# that falls in the time named, not a schedule the sentence sets
_ONE_GATHERING: Final = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:meetings?|luncheons?|lunch|caucus(?:es)?|briefings?|conferences?"
    r"|sessions?|sittings?|assembly|gatherings?|brief|address)\b"
)
# "the weekly meetings", and with one word of the name or owner between: "the Presidential
# Daily Briefing", "the President's Daily Brief", "the Cabinet's weekly meeting"
# Stop 48 (tuner t): a person owns it too ("his monthly press conference", "her weekly
# briefing", "his weekly address"), and an owner may take two or three words ("the Prime
# Minister's monthly press conference")
_THE_BEFORE: Final = re.compile(
    r"\b(?:the|its|their|our|this|his|her|my|your)\s+(?:(?:[a-z]+\s+){0,2}[a-z]+['’]s\s+|[a-z]+\s+)?$"
)

# "Tomorrow's fortnightly Friday Business", "Thursday's weekly briefing" (round D): a day
# that owns one of a series names its one occurrence, as "the weekly caucus luncheons" of a
# day's business do, whatever the series is called
_DAY_OWNS: Final = re.compile(
    r"\b(?:today|tonight|tomorrow|to-morrow|to-night|" + WEEKDAY + r")['’]s\s+$"
)

# "with follow-up reports monthly after that": what follows the first, not a standard
_THEREAFTER: Final = re.compile(r"\s+(?:after\s+that|thereafter|afterwards|from\s+then\s+on)\b")


def standing(text: str) -> bool:
    """ "when the House adjourns on any legislative day ...": a rule for every such day."""
    return _STANDING.search(text) is not None
