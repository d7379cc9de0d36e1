"""Time words that set no time for an act of their own (issue 12, round 25b).

The chosen phrase reads well as a deadline, but the grammar around it says it is not the
time of anything to be done:

- a year naming a budget, a levy or a series ("The 2016-17 Budget provides for ...", "the
  levy for the 2017/18 year"): the year is the thing's name; "in the 2017/18 year", the
  time of an act, is read as before; so do "the amount for 1978-79" and a fiscal year
  named as such before an award, appropriations or priorities, or after
  "priorities for" or "applications for" ("make FY 2019 grant awards", round 27f);
- the length of a gap before or after an event ("a minimum break of five days before the
  Boxing Day Test"): a spacing, not an act's time;
- a figure told of a month gone ("growth picked up again in September", "prices rose
  sharply in August"): past;
- a past participle of a legal act with its date and authority ("Order: confirmed, on 12
  December 2020, by section 8(h) of ..."): past;
- a custom ("Traditionally we meet on the eve of the New Year", and since stop 38 "It has
  become a tradition for us to meet ahead of the New Year"): recurring;
- a time ahead heading a sentence told as done ("Ahead of the New Year, Vladimir Putin
  met ...", stop 38: fronted_done.ahead_done): past;
- a part of today naming when a cause happened ("Due to a crash early this morning, the
  road is closed", "Following a fire overnight, the station is shut", stop 38): a cause
  comes before its effect, told in the present; nothing falls due (past). A future in the
  sentence ("Due to a meeting this afternoon, the office will close at 3") keeps it.
- an estimate's guess ("According to our previous estimates, this could be achieved in
  2010") and a thing told as going on ("with two new milestones being celebrated this
  month"): no deadline and no refusal word.

`verdict` returns (refusal kind or None, reason) to refuse the phrase, or None to keep it.
Each rule runs behind a substring test, so a plain sentence pays a few `in` checks.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import fronted_done
from bot.core.deadlines.words import Place

# a year or a run of years, as the scanner reads a fiscal or a period phrase; "in" may lead a
# run of years: "£30 million ... in the 2025-26 Budget" is money of that year's budget, and
# a budget for a run of years is set before or as the year opens, never at its end, so the
# year is no time of the act even after "in" (stop 39j; a single year after "in" stays the
# time of the event: "publish the plan in the 2027 Budget")
_YEARS: Final = re.compile(
    r"(?:the\s+)?[0-9]{4}(?:\s*[-/\u2013]\s*[0-9]{2,4})?"
    r"|in\s+the\s+[0-9]{4}\s*[-/\u2013]\s*[0-9]{2,4}"
)
_NAMED_NOUN: Final = r"(?:budgets?|levy|levies|series|amounts?)"
# "The 2016-17 Budget", "the 2014/15 Test cricket series": the noun within two words
_NAME_AFTER_SHORT: Final = re.compile(rf"(?:\s+[a-z-]+){{0,2}}?\s+{_NAMED_NOUN}\b")
# "the levy for the 2017/18 year", "the Budget of 2016-17", "the amount for 1978-79"
_NAME_BEFORE: Final = re.compile(rf"\b{_NAMED_NOUN}\s+(?:for|of)\s+$")
# "FY 2019", "fiscal year (FY) 2006", "the Fiscal Year 2022" (round 27f): a fiscal year
# named as such, before an award, appropriations or priorities, or after
# "priorities for", "applications for" (not a budget: "the FY2026 budget requests $3.4
# billion" was labelled as falling due, and "awards for" and "funding for" both ways)
_FISCAL: Final = re.compile(
    r"(?:the\s+)?(?:fiscal\s+year|fy)\s*(?:\(fy\)\s*)?[0-9]{4}(?:\s*[-/\u2013]\s*[0-9]{2,4})?"
)
# the noun within two words, none of them a preposition ("(FY) 2020 for CSPCMO grants": the
# awards of a notice for that year, labelled as falling due)
_FISCAL_AFTER: Final = re.compile(
    r"(?:\s+(?!(?:for|of|to|in|on|at|by|and|from)\b)[a-z-]+){0,2}?"
    r"\s+(?:awards?|appropriations?|priorities)\b"
)
_FISCAL_BEFORE: Final = re.compile(r"\b(?:priorities|applications)\s+for\s+$")

# "a minimum break of five days before": the span is a spacing between events
_GAP_BEFORE: Final = re.compile(
    r"\b(?:break|gap|rest|interval|turnaround|respite|buffer|lay-?off)\s+of\s+"
    r"(?:(?:at\s+least|only|just|about|around|some)\s+)?$"
)
_SPAN_WORDS: Final = re.compile(
    r"[a-z0-9-]+\s+(?:days?|weeks?|months?|hours?|nights?)\s+(?:before|after)\b"
)

# a figure's past verb right before "in <month>": "rose sharply in", "picked up again in"
_FIGURE_PAST: Final = re.compile(
    r"\b(?:rose|fell|dropped|grew|slowed|slipped|declined|decreased|increased|climbed"
    r"|jumped|edged\s+(?:up|down)|picked\s+up|came\s+to|amounted\s+to|stood\s+at)"
    r"(?:\s+(?:again|somewhat|slightly|sharply|steeply|strongly|further|back|up|down"
    r"|by\s+[0-9.,]+\s*(?:per\s*cent|percent|%)))*\s+$"
)
_FUTURE_BEFORE: Final = re.compile(
    r"\b(?:will|would|shall|could|should|may|might|to|expect\w*)\s+$"
)

# "confirmed, on 12 December 2020, by section 8(h)": participle, date, legal authority
_PARTICIPLE_BEFORE: Final = re.compile(r"(?:^|[:;]\s*|\b[a-z]+:\s+)[a-z]+ed,?\s+$")
_AUTHORITY_AFTER: Final = re.compile(
    r",?\s+by\s+(?:section|s\.?\s*[0-9]|regulation|rule|article|paragraph|order|schedule)\b"
)

# "traditionally", and a custom named as what is done (stop 38): "It has become a tradition
# for us to meet ahead of the New Year", "it is our custom to rise before Christmas"
_CUSTOM: Final = re.compile(
    r"\btraditionally\b|\b(?:a|the|our|their|its|his|her|my)\s+(?:tradition|custom)"
    r"\s+(?:for\s+[a-z]+\s+)?to\b"
)
_CLAUSE_BREAK: Final = re.compile(r"\b(?:but|however|although|though|yet|this\s+year)\b|[.;]")

_ESTIMATE: Final = re.compile(
    r"\baccording\s+to\s+(?:our|the|their|his|her|its|my)\s+(?:[a-z]+\s+){0,2}"
    r"(?:estimates?|forecasts?|calculations|projections)\b"
)
_GUESS_MODAL: Final = re.compile(r"\b(?:could|might)\s+(?:well\s+|easily\s+)?be\s+[a-z]+ed\s+$")

# "with two new milestones being celebrated this month": a thing told as under way
_BEING_DONE: Final = re.compile(r"\bwith\s+(?:[a-z0-9-]+\s+){1,5}being\s+[a-z]+ed\s+$")

# a cause, its noun, then the time of it: "due to a crash early", "following the fire"
_CAUSE: Final = re.compile(
    r"\b(?:due\s+to|because\s+of|owing\s+to|following|after)\s+(?:an?|the)\s+"
    r"(?:[a-z-]+\s+){1,2}(?:(?:early|late|earlier)\s+)?$"
)
_TODAYS: Final = ("today", "this morning", "this afternoon", "this evening", "tonight", "overnight")
_AHEAD: Final = re.compile(
    r"\b(?:will|shall|going\s+to|expected|due\s+to\s+(?!a\b|an\b|the\b))|'ll\b"
)
_STOP: Final = re.compile(r"[.!?;](?:\s|$)")

Verdict = tuple[str | None, str]


def _year_name(lowered: str, start: int, end: int) -> bool:
    if _YEARS.fullmatch(lowered, start, end) is None:
        return False
    if _NAME_AFTER_SHORT.match(lowered, end) is not None:
        return True  # "the 2016-17 budget provides"
    return _NAME_BEFORE.search(lowered, max(0, start - 20), start) is not None


def _fiscal_name(lowered: str, start: int, end: int) -> bool:
    if _FISCAL.fullmatch(lowered, start, end) is None:
        return False
    if _FISCAL_AFTER.match(lowered, end) is not None:
        return True  # "make FY 2019 grant awards"
    return _FISCAL_BEFORE.search(lowered, max(0, start - 20), start) is not None


def verdict(place: Place | None) -> Verdict | None:
    """The chosen phrase, lying at `place` (words.located), refused by the grammar around
    it (see the module), or None."""
    if place is None:
        return None
    lowered, start, end, words = place
    head = lowered[max(0, start - 60) : start]
    if (
        words[-1:].isdigit()  # first: no scan of the text
        and ("budget" in lowered or "lev" in lowered or "series" in lowered or "amount" in lowered)
        and _year_name(lowered, start, end)
    ):
        return None, "that year names a budget, a levy or a series, not a time"
    if "f" in words[:8] and words[-1:].isdigit() and _fiscal_name(lowered, start, end):
        return None, "that fiscal year names an award, appropriations or priorities, not a time"
    if "of" in head and _SPAN_WORDS.match(words) and _GAP_BEFORE.search(head):
        return None, "that is a gap between events, not a time for an act"
    if words.startswith("in ") and (verb := _FIGURE_PAST.search(head)) is not None:
        if _FUTURE_BEFORE.search(head, 0, verb.start()) is None:
            return "past", "a figure told of a month gone"
    if "by " in lowered and words.startswith("on ") and _PARTICIPLE_BEFORE.search(head):
        if _AUTHORITY_AFTER.match(lowered, end) is not None:
            return "past", "an act of law told with its date: done"
    if ("tradition" in head or "custom " in head) and (custom := _CUSTOM.search(head)):
        if _CLAUSE_BREAK.search(head, custom.end()) is None:
            return "recurring", "a custom: it comes round, no one deadline"
    if "according" in lowered and _GUESS_MODAL.search(head) and _ESTIMATE.search(lowered):
        return None, "an estimate's guess, not an undertaking"
    if "being" in head and _BEING_DONE.search(head) is not None:
        return None, "told as going on, not as an act to come"
    if words in _TODAYS and _cause_today(lowered, head, start):
        return "past", "the time of a cause told with its effect: gone"
    if fronted_done.ahead_done(lowered, start, end):  # its own cheap test first
        return "past", "a done act placed before the time: nothing falls due then"
    return None


def _cause_today(lowered: str, head: str, start: int) -> bool:
    """The part of today at `start` names when a cause happened ("due to a crash early this
    morning"), and its sentence has nothing ahead."""
    if _CAUSE.search(head) is None:
        return False
    begin = 0
    for m in _STOP.finditer(lowered, 0, start):
        begin = m.end()
    stop = _STOP.search(lowered, start)
    return _AHEAD.search(lowered, begin, stop.start() if stop else len(lowered)) is None


# "is to host the second Test from", "will host a summit from": the event's first day
_HOSTS: Final = re.compile(
    r"\bhost(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z0-9-]+\s+){0,3}"
    r"(?:match|test|game|summit|final|fixture|tie|race|tournament|conference)(?:es|s)?\s+$"
)


def hosts(lead: str) -> bool:
    """Whether `lead` (the words before "from") names an event hosted: "from <day>" is the
    day the hosting happens, not an open start (CONVENTIONS 3.1)."""
    return "host" in lead and _HOSTS.search(lead.lower()) is not None
