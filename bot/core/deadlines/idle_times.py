"""Time words that set no time for an act (issue 12, round 27d).

- the day as the subject of "marks" ("today marks the 15th anniversary", "This week marks
  ten years since ..."): the day is named for what it is, nothing falls due on it;
- a time taken off ("We are just going to take the morning off", "I'll take the day
  off"): the time is kept free of work, the opposite of a time to act;
- "day and night", "night and day": without a pause, no night in particular;
- a time that a thing covers or spans ("The schedule covers 2014 and the first half of
  2015"): its extent, no time for an act (stop 39k);
- the day of speaking on an act someone is thanked for ("I thank hon. Members for turning up
  this afternoon", "I also thank the Business Committee for agreeing to this meeting today",
  stop 60, fresh164 and fresh170): a kindness done when the thanks are given, nothing due;
- a span after "for" in a present perfect ("I've been a press secretary for 22 years"):
  how long something has lasted until now, not a time ahead; not when the perfect is a
  passive of bidding ("has been asked to run the trial for six months": the span is ahead).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.clauses import FUTURE
from bot.core.deadlines.context import holds
from bot.core.deadlines.words import BIDDEN, MONTH, MONTH_WORD, WEEKDAY

# only the time of speaking: a date that "marks" an anniversary is the day it falls on
_NOW: Final = frozenset(("today", "this week", "this month", "this year", "tonight"))
_TODAY: Final = frozenset(("today", "tonight"))
_MARKS: Final = re.compile(r"\s+(?:also\s+)?(?:marks|marked)\b")
# "Today is Tuesday, 14 May.", "today is the 14th" (stop 45, tuner p): what day it is, told
# (told.today_told drops the day named after it)
_DAY_NAMED: Final = rf"{WEEKDAY}|{MONTH_WORD}\s+[0-9]|[0-9]{{1,2}}(?:st|nd|rd|th)\b"
_IS_DAY: Final = re.compile(
    rf"\s+is\s+(?:the\s+)?(?:{_DAY_NAMED}|[0-9]{{1,2}}\s+(?:of\s+)?{MONTH})"
)
_OFF: Final = re.compile(r"\s+off\b")
_DAY_AND: Final = re.compile(r"\b(?:day|night)\s+and\s+$")
_AND_DAY: Final = re.compile(r"\s+and\s+(?:day|night)\b")
_HAS_BEEN: Final = re.compile(r"(?:\bhave|\bhas|'ve|'s)\s+been\b[^.;:!?]{0,60}\bfor\s+$")
# a span's own unit: "for 2000-01" or "for the June 20 meeting" is a date, not a length
_UNITS: Final = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?|decades?)$")
# "has been asked to run the trial for six months": a bidding, the span is the act's, ahead
_BIDDEN_TO: Final = re.compile(
    r"\bbeen\s+(?:" + BIDDEN + r"|ordered|chosen|selected|appointed|hired)\s+to\s"
)
_TAKE: Final = re.compile(r"\btak(?:e|es|ing)\s+(?:the\s+|a\s+|this\s+)?$")
# the object of a verb of extent, alone or after a time it is joined to ("covers 2014 and
# the first half of 2015", "spans the years to 2030"): how far a thing reaches, no act's time;
# not a time further on ("to be covered at the workshop until June 15": the comments')
_COVERED: Final = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?)\s+"
    r"(?:(?:[0-9]{4}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:and|to|through|thru|until)\s+)?(?:the\s+)?$"
)


# thanks for an act told by its gerund, the day of speaking in the same clause after it
_THANKED_FOR: Final = re.compile(
    r"\b(?:thank|thanks|thanked|grateful\s+to)\s+(?:[a-z.'\u2019-]+\s+){0,8}?for\s+"
    r"(?:[a-z'\u2019-]+\s+)?[a-z]{2,}ing\b(?P<rest>[^.;:!?]{0,60})$"
)
# "for agreeing to publish the report today": an act thanked for that is still to be done
_TO_DO: Final = re.compile(
    r"\bto\s+(?!(?:the|this|that|these|those|a|an|our|my|his|her|their|its|your|us|me|him|them)\b)"
    r"[a-z]+"
)
_THANK_DAYS: Final = frozenset(
    ("today", "this morning", "this afternoon", "this evening", "tonight")
)


def idle(text: str, start: int, end: int) -> str | None:
    """ "past" when the time at text[start:end] (its core, past filler words) is the
    subject of "marks", "negated" when it is taken off, "no_act" when it is what a thing
    covers; else None."""
    if text.startswith(" ", end):
        nxt = text[end + 1 : end + 2]
        if nxt == "m" and text[start:end] in _NOW and _MARKS.match(text, end) is not None:
            return "past"  # "today marks the 15th anniversary": the day named, no act
        if nxt == "i" and text[start:end] in _TODAY and _IS_DAY.match(text, end) is not None:
            return "past"  # "Today is Tuesday, 14 May.": the day of speaking named
        if nxt == "o" and _OFF.match(text, end) and _TAKE.search(text, max(0, start - 16), start):
            return "negated"  # "take the morning off": kept free of work
    if holds(text, "thank") or holds(text, "grateful"):
        m = _THANKED_FOR.search(text, max(0, start - 140), start)
        if text[start:end] in _THANK_DAYS and m is not None and not _TO_DO.search(m["rest"]):
            return "past"  # "I thank hon. Members for turning up this afternoon"
    if holds(text, "cover") or holds(text, "span"):  # once per long text, not per phrase
        if _COVERED.search(text, max(0, start - 48), start) is not None:
            return "no_act"  # "The schedule covers 2014 and the first half of 2015"
    return None


def lasting(text: str, start: int, end: int) -> str | None:
    """ "past" for "day and night" (either way round) and for a span after "for" in a
    present perfect ("have been ... for 22 years"), not one bidden ("has been asked to run
    it for six months"); else None."""
    core = text[start:end]
    if core in ("night", "day"):
        if _DAY_AND.search(text, max(0, start - 12), start) or _AND_DAY.match(text, end):
            return "past"  # "worked day and night to restore this hallowed space"
    elif text.endswith("for ", 0, start) and _UNITS.search(core) is not None:
        m = _HAS_BEEN.search(text, max(0, start - 90), start)
        if m is None or _BIDDEN_TO.search(m.group()) is not None:
            return None
        if FUTURE.search(m.group(), 5) is None:
            return "past"  # "I've been a press secretary for 22 years"
    return None
