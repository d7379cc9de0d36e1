"""Round 11 of issue 12: words that look like a time but name something else.

- a share: "cut by a quarter", "reduced by three quarters" is a fraction of something, not
  a span of three or nine months ("by a third" is no time word at all); a margin, "a day
  either way", "give or take ten minutes", is no time ahead either (margins.py, round D);
- a fiscal year that names a paper or an activity ("supplementary estimates 2024-25",
  "potential FY96 activities"), not a time anything is due by;
- "held on 16 October, starting at 7:00 p.m.": the start of an event held that day is its
  time, as "will begin at 7:10 a.m." is, not an earliest-only bound;
- a clock time on a day the words do not date ("by 5:00pm ET the due date listed above",
  "on the day of the meeting (between 7:30 a.m. and 8:30 a.m.)"): it hangs on that day;
- a vague word that grades an adjective ("improvements immediately noticeable to regular
  users", "the benefits will be immediately apparent", stop 62): how soon a quality shows,
  no act's time (not "immediately available" or "accessible", which a release may undertake);
- "each day", "every other week": the distributive words that make a standing schedule,
  told from "to each station", "in each case", which hand a "soon" window out once.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import courtesy, margins, now_told, spread_over
from bot.core.deadlines.context import Hit
from bot.core.deadlines.words import STARTING

# "by a quarter", "by three quarters", "up by one quarter": a share. Never a time: a
# deadline "by" takes a moment ("by the end of the quarter"), not a length.
_SHARE: Final = re.compile(r"(?:a|one|two|three|[1-3])\s+quarters?")
_BY_END: Final = re.compile(r"\bby\s*$")


def share(hit: Hit) -> bool:
    return (
        hit.kind == "span"
        and _SHARE.fullmatch(hit.core) is not None
        and _BY_END.search(hit.pre) is not None
    )


# "Supply Estimates 2009-10", "supplementary estimates 2024-25": a paper's name; "FY96 EEC
# activities", "the FY 2024 performance period": the year a thing belongs to. Not "the
# FY2026 budget" (a budget is spent by its year's end) nor "fiscal year (FY) 2020 for".
_ESTIMATES_BEFORE: Final = re.compile(r"\bestimates?\s*$")
# Only the nouns that a year labels; "FY2027 targets will be met", "all FY2026 grants will
# be paid out" are pledges with their year's end as the deadline.
_FY_NOUN_AFTER: Final = re.compile(
    r"(?:\s+[a-z]{2,}){0,2}?\s+(?:activities|activity|performance\s+period|reporting\s+period"
    r"|period|estimates?|accounts|report|programmes?|programs?|projects?|solicitation"
    r"|funding\s+opportunity|cycle|cohort|notice)\b"
)
# a bill's name that the year ends: "the National Defense Authorization Act for Fiscal Year
# 2013", "Concurrent Resolution on the Budget for Fiscal Year 2014" (round 26f)
_TITLE_FOR: Final = re.compile(r"\b(?:act|bill|resolution|on\s+the\s+budget)\s+for\s+$")
_FY_CORE: Final = ("fy", "the fy", "fiscal year", "the fiscal year")

# a bracket in a title that the year opens, closed before the title's noun: "the
# Appropriation (2021/22 Estimates) Bill", "the Finance (2025-26) Act", "the Supply
# (2024/25) Order"; the year is part of a name, not a time anything is due by (round 18)
_TITLE_AFTER: Final = re.compile(
    r"[^()]{0,40}\)\s*(?:(?:amendment|supply|no\.?\s*[0-9]+)\s+)*"
    r"(?:bill|act|order|regulations|rules|scheme|estimates)\b"
)


def fiscal_label(text: str, hit: Hit) -> bool:
    """A fiscal year with no time word of its own that names the year something belongs to
    ("supplementary estimates 2024-25", "potential FY96 EEC activities"), not a time it is
    due by. "for 2025-26" is left alone: read either way by those who labelled it."""
    if hit.kind != "fiscal" or hit.pre or hit.whole:
        return False
    if _ESTIMATES_BEFORE.search(text, 0, hit.start) is not None:
        return True
    if text[hit.start - 1 : hit.start] == "(" and _TITLE_AFTER.match(text, hit.end):
        return True  # "the Appropriation (2021/22 Estimates) Bill": inside the bill's name
    if not hit.core.startswith(_FY_CORE):
        return False
    if _TITLE_FOR.search(text, max(0, hit.start - 30), hit.start) is not None:
        return True  # "the ... Authorization Act for Fiscal Year 2013"
    return _FY_NOUN_AFTER.match(text, hit.end) is not None


# "each day", "every other week", "each Monday", "every six months": a time that comes back
_EACH_TIME: Final = re.compile(
    r"(?:each|every)\s+(?:other\s+|single\s+)?(?:day|week|month|year|quarter|hour|minute"
    r"|morning|afternoon|evening|night|time|session|term|sitting|weekend|fortnight|decade"
    r"|[0-9]|two|three|four|five|six|few|(?:seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|ninety)\b|mon|tue|wed|thu|fri|sat|sun|spring|summer|autumn|winter|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)"
)

# The kinds a distributive "every student", "to each station" leaves a one-off: a "soon"
# word, a weekday, "today". A span ("each complaint gets a reply within five working days")
# counts from each item's own event: a standard. "each day", "every Monday" still make any
# of them recurring (`each_time`).
ONE_OFF: Final = frozenset({"vague", "weekday", "dayword"})
# A clock time is one-off only beside an item of one day's business ("the proceedings on
# each motion shall be brought to a conclusion at 7 p.m.", "with the contribution of each
# spokesperson not to exceed eight minutes"): those items are on that day's order paper.
# Any other distributive makes a clock time a standing daily rule ("Each shift starts at 7
# a.m.", "Every pub must close by 11 p.m."): recurring (round 15 review).
BUSINESS_ONE_OFF: Final = frozenset({"time", "clock"})
_BUSINESS_ITEM: Final = re.compile(
    r"(?:each|every)\s+(?:speaker|spokes(?:person|man|woman)|motion|item|question|amendment"
    r"|statement|speech|contribution|clause|petition|debate|division|group|lord|member)s?\b"
)


def business_item(words: str) -> bool:
    return _BUSINESS_ITEM.match(words) is not None


def each_time(words: str) -> bool:
    return _EACH_TIME.match(words) is not None


# "will be held on Wednesday, October 16, 1996, starting at 7:00 p.m.": the hour an event
# held on a day begins; not "applications will be accepted starting at 9 a.m." (a window
# opening), nor a start with its end given ("beginning at 3 p.m. and ending at 5 p.m.")
_STARTING_AT: Final = re.compile(STARTING + r"\s+at\s*$")
_HELD: Final = re.compile(
    r"\b(?:held|hold|meet|meets|meeting|hearings?|convene|take\s+place|debat(?:e|es|ed|ing))\b"
)
# "will hold urgent debates, from around 10:00", "to be debated from 9.30": a debate's start
_FROM: Final = re.compile(r"from\s+(?:(?:around|about|approximately)\s+)?$")
_DEBATE_BEFORE: Final = re.compile(r"\bdebat(?:es|ed)\s*,?\s*$")
_END_AFTER: Final = re.compile(
    r"[^.;]*?\b(?:end|ending|ends|until|adjourn|conclud|finish|close|to\s+[0-9])"
)


def start_of_held_event(text: str, hit: Hit) -> bool:
    return (
        hit.open and hit.kind in ("time", "clock") and held_start(text, hit.start, hit.end, hit.pre)
    )


def held_start(text: str, start: int, end: int, pre: str) -> bool:
    """Whether the clock time at text[start:end] (its lead-in words `pre`, lower case) is
    when an event held that day begins: "held ..., starting at 7:00 p.m.", "In a debate
    starting at 8:45", "will hold urgent debates, from around 10:00"."""
    return (
        (
            _STARTING_AT.search(pre) is not None
            or (
                _FROM.match(pre) is not None
                and _DEBATE_BEFORE.search(text, max(0, start - 20), start) is not None
            )
        )
        and _HELD.search(text, 0, start) is not None
        and _END_AFTER.match(text, end) is None
    )


# "by 5:00pm ET the due date listed above", "register on the day of the meeting (between
# 7:30 a.m. and 8:30 a.m. EST)": a clock time whose day is named, not dated
_UNDATED_DAY: Final = (
    r"(?:on\s+)?the\s+(?:(?:due|closing|application|submission|deadline)\s+date"
    r"|date\s+(?:listed|given|shown|stated|specified|set)|day\s+of\s+the\s+[a-z]+"
    r"|dates?\s+(?:listed|given|shown|below|above))\b"
    # not when the words go on to date it: "on the closing date of 30 September 2025"
    r"(?!\s*,?\s*(?:of\s+|is\s+|was\s+)?(?:[0-9]|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))"
)
_UNDATED_DAY_AFTER: Final = re.compile(r"[\s,)]*" + _UNDATED_DAY + r"\b")
# before the time, or before the range it ends ("(between 7:30 a.m. and 8:30 a.m.)")
_UNDATED_DAY_BEFORE: Final = re.compile(r"\b" + _UNDATED_DAY + r"[^;)]{0,30}$")


def time_on_undated_day(text: str, hit: Hit) -> bool:
    if hit.kind not in ("time", "clock"):
        return False
    return (
        _UNDATED_DAY_AFTER.match(text, hit.end) is not None
        or _UNDATED_DAY_BEFORE.search(text, max(0, hit.start - 60), hit.start) is not None
    )


FIRST_LOOK: Final = frozenset({"span", "fiscal", "time", "clock", "period", "dayword", "vague"})

# a vague word grading the adjective after it: "immediately noticeable", "instantly visible"
_GRADED: Final = re.compile(
    r"\s+(?!(?:available|accessible|disable)\b)(?:[a-z]{3,}(?:able|ible)|apparent|obvious|evident|visible"
    r"|adjacent|familiar|relevant|useful)\b"
)


def first_look(text: str, hit: Hit) -> bool:
    """Read before the clause rules, for the kinds in FIRST_LOOK: whether the phrase is no
    time at all (a share, a fiscal year's label) or hangs on a day not given (noted
    "event"). A start of an event held that day is made a plain time on the way."""
    if hit.kind == "span":
        if spread_over.spread_over(text, hit):
            hit.note = "event"  # "dedicates $40 billion over five years"
            return True
        return share(hit) or margins.margin(text, hit)  # "cut by a quarter", "a day either way"
    if hit.kind == "vague":
        return _GRADED.match(text, hit.end) is not None  # "immediately noticeable to users"
    if hit.kind == "fiscal":
        return fiscal_label(text, hit)  # "supplementary estimates 2024-25"
    if hit.kind == "period":
        return now_told.degree(text, hit)  # "unusual this late in the year"
    if hit.kind == "dayword":
        if courtesy.occasion(text, hit.start + len(hit.pre)):
            hit.note = "past"  # "I thank the Minister for coming into the Seanad today"
            return True
        return now_told.state_today(text, hit)  # "Today, banks are strong and profitable."
    if hit.open and start_of_held_event(text, hit):
        hit.open = False  # "held on 16 October, starting at 7:00 p.m.": that hour
    if time_on_undated_day(text, hit):
        hit.note = "event"  # "by 5:00pm ET the due date listed above"
        return True
    return False
