"""The right date among several: a time that only tests a condition (issue 12, stop 55).

- A time inside an "unless" clause is when a condition is tested, not when the pledge falls
  due: "The rule is effective on September 24, 2022, unless CPSC receives a significant
  adverse comment by July 25, 2022", "The DFR is effective October 9, 2025, unless adverse
  comments are received by September 2, 2025", "We will strike on Monday unless the offer
  is improved by Friday". The main clause's own time counts; the sentence is read again
  with the "unless" clause blanked (to the sentence's end or to a clause of its own after it,
  "..., and a full report will follow by 31 January"; to its comma when the clause comes
  first: "Unless ... by Friday, we will strike on Monday"). With no time outside the
  clause, the reading stays as it was ("The plan goes ahead unless objections are received
  by Friday": Friday). A silent misreading before: the condition's day was chosen as the
  deadline ("it follows a deadline word").

- "before" an event given a day of its own falls due at the end of the day before (CONVENTIONS
  3.5: one day is a period too): "updates that we want to share before the next Newsletter
  due on the 29th January" is due on 28 January, "before the next meeting, scheduled for 4
  March" on 3 March. Only a day named by a participle of timing ("due", "held", "scheduled",
  "planned", "set", "expected"), with a noun phrase of up to four words between; an event
  that is itself a limit ("before the deadline due on ...", "before the end ...", "before
  the close ...") and a clock time ("due at 3 p.m. on ...") are read as before. A silent
  misreading before: the event's own day.

- "midnight between <day> and <the next day>" is the midnight that ends the first day: "the
  time ... shall be 12.00 midnight between Tuesday, 5 March 2013 and Wednesday, 6 March
  2013" is the end of 5 March, "the road closes at midnight between Saturday and Sunday" the
  end of Saturday. A silent misreading before: read as a range, its later day's end, a day
  late. Two days that are not one after the other are read as before.

- A time inside a "who plan (intend, wish, want, expect, hope) to ..." clause names the people
  addressed, and gives way to the time of the modal main verb after it: "New and returning
  students who plan to attend college between July 1, 2023, and June 30, 2024, should
  complete the FAFSA form as soon as possible" is the vague window of "as soon as possible",
  not 30 June 2024. With no time of the main verb, the reading stays. A silent misreading
  before.

Each look runs behind a substring test ("nless", "before", "midnight between", " to "), so
a plain sentence pays four.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from bot.core.deadlines import asked_of, clauses, overnight
from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_outcome
from bot.core.deadlines.context import Ctx

_A_DAY: Final = timedelta(days=1)

# -- a time in an "unless" clause --------------------------------------------------------

_UNLESS: Final = re.compile(r"\bunless\b", re.I)
# the comma that closes a fronted clause, not the one before a date's year ("by May 9, 2025,")
_CLAUSE_COMMA: Final = re.compile(r",\s(?![0-9])")


def _unless_span(text: str, at: int) -> tuple[int, int] | None:
    """Where the "unless" clause around text[at] runs, or None when `at` is outside one."""
    start = clauses.sentence_start(text, at, 400)
    for m in _UNLESS.finditer(text, start, at):
        fronted = not text[start : m.start()].strip(" \t\n\"'“‘(")
        stop = (_CLAUSE_COMMA if fronted else clauses.SENTENCE).search(text, m.end())
        end = stop.start() if stop is not None else len(text)
        if not fronted and (own := clauses.OWN_UNDERTAKING.search(text, m.end(), end)):
            end = own.start()  # ", and a full report will follow by 31 January": a clause
        if end > at:
            return m.start(), end
    return None


def main_clause(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The sentence's time outside an "unless" clause, when the chosen one lies in it."""
    cand = found.cand
    if cand is None:
        return None
    span = _unless_span(text, cand.start)
    if span is None:
        return None
    start, end = span
    again = read_outcome(text[:start] + " " * (end - start) + text[end:], ctx, FLOOR_SLACK)
    if again is None or again.cand is None or again.cand.res.due is None:
        return None
    why = f"chosen over “{found.matched}”: that is when a condition is tested (“unless ...”)"
    return replace(again, reason=why)


# -- "before" an event with a day of its own ---------------------------------------------

_EVENT_BEFORE: Final = re.compile(
    r"\bbefore\s+(?:the|a|an|its|their|our|his|her|this|next)\s+(?:[a-z][a-z'-]*\s+){0,3}?"
    r"[a-z][a-z'-]*,?\s+(?:which\s+is\s+|that\s+is\s+)?"
    r"(?:due|held|scheduled|planned|set|expected|to\s+be\s+held)(?:\s+(?:on|for))?\s+$",
    re.I,
)
# an event that is itself a limit or a period's edge: "before the deadline due on"
_LIMIT_NOUN: Final = re.compile(
    r"\b(?:end|close|start|beginning|deadline|expiry|expiration|cut-?off|closing)\b", re.I
)
# "with a month to go before the Census, to be held on Tuesday 7 August" (stop 68, fresh210):
# time counted down to the event, which is then the day itself, as before.py reads a day
_COUNTDOWN: Final = re.compile(r"\b(?:remain(?:s|ing)?|left|to\s+go)\s+$", re.I)
# the timing words the reader took into the phrase: "due on the 29th January"
_TIMING_LEAD: Final = re.compile(
    r"(?:(?:due|held|scheduled|planned|set|expected|to\s+be\s+held)\s+)?(?:on|for)\s+", re.I
)


def before_event(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The day before the event's day, when the chosen day is one an event "before" which
    the act falls is held on; else None."""
    cand = found.cand
    if cand is None or cand.res.precision != "day" or cand.res.tod is not None:
        return None
    at = text.find(found.matched, cand.start)
    lead = _TIMING_LEAD.match(found.matched)
    core = found.matched[lead.end() :] if lead is not None else found.matched
    m = _EVENT_BEFORE.search(text, max(0, at - 80), at + (lead.end() if lead else 0))
    if at < 0 or m is None or _LIMIT_NOUN.search(m.group()) is not None:
        return None
    if _COUNTDOWN.search(text, max(0, m.start() - 20), m.start()) is not None:
        return None
    again = read_outcome(f"before {core}", ctx, FLOOR_SLACK)
    if again is None or again.cand is None or (due := again.cand.res.due) is None:
        return None
    if cand.res.due is None or due >= cand.res.due:
        return None
    why = f"before the event held on “{core}”: the day before it (CONVENTIONS 3.5)"
    return Outcome(again.cand, text[m.start() : at + len(found.matched)], why)


# -- the midnight between two days --------------------------------------------------------

_MIDNIGHT_BETWEEN: Final = re.compile(
    r"\bmidnight\s+between\s+(?P<first>[^;.!?]{3,60}?)\s+and\s+", re.I
)


def midnight_between(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The end of the first day, when the chosen day is the second of "midnight between
    <day> and <the next day>"; else None."""
    cand = found.cand
    m = _MIDNIGHT_BETWEEN.search(text)
    if cand is None or m is None or cand.res.day is None or not m.end() <= cand.start + 8:
        return None
    first = read_outcome(m.group("first"), ctx, FLOOR_SLACK)
    if first is None or first.cand is None or (day := first.cand.res.day) is None:
        return None
    if cand.res.day != day + _A_DAY or first.cand.res.due is None:
        return None
    why = f"the midnight that ends {first.matched}, not the day after it"
    return Outcome(first.cand, text[m.start() : cand.end].rstrip(" ,."), why)


# -- a time that describes who is addressed ----------------------------------------------

# "students who plan to attend college between July 1, 2023, and June 30, 2024, should
# complete the form as soon as possible": the clause names who, the main verb's time is when
_WHO_PLAN: Final = re.compile(
    r"\b(?:who|that)\s+(?:plan|intend|wish|want|expect|hope)s?\s+to\s+[a-z]", re.I
)
_MAIN_MODAL: Final = re.compile(
    r",?\s+(?:should|must|will|shall|can|need\s+to|have\s+to|are\s+(?:urged|asked)\s+to)\s+",
    re.I,
)


def addressed(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """The main clause's time, when the chosen one lies in a "who plan to ..." clause that
    names the people addressed and a modal main verb follows it; else None."""
    cand = found.cand
    if cand is None:
        return None
    start = clauses.sentence_start(text, cand.start, 300)
    found_who = list(_WHO_PLAN.finditer(text, start, cand.start))
    who = found_who[-1] if found_who else None
    modal = _MAIN_MODAL.search(text, cand.end) if who is not None else None
    if who is None or modal is None or clauses.SENTENCE.search(text, cand.end, modal.start()):
        return None
    blanked = text[: who.start()] + " " * (modal.start() - who.start()) + text[modal.start() :]
    again = read_outcome(blanked, ctx, FLOOR_SLACK)
    if again is None or again.cand is None or again.cand.res.due is None:
        return None
    why = f"chosen over “{found.matched}”: that names who is addressed, not when"
    return replace(again, reason=why)


def revisit(text: str, found: Outcome | None, ctx: Ctx) -> Outcome | None:
    """`found` read again for an overnight window with a day for it ("between 8pm and 7am,
    on Friday": overnight.py), then after the looks above, in turn, each behind its cue."""
    found = overnight.window(text, found, ctx)
    if found is None:
        return None
    if found.cand is not None and "nless" in text:
        if (main := main_clause(text, found, ctx)) is not None:
            return main
    if found.cand is not None and "before" in text:
        if (earlier := before_event(text, found, ctx)) is not None:
            return earlier
    if found.cand is not None and "idnight between" in text:
        if (night := midnight_between(text, found, ctx)) is not None:
            return night
    if found.cand is not None and " to " in text and _WHO_PLAN.search(text) is not None:
        if (main := addressed(text, found, ctx)) is not None:
            # "students who plan to ... should complete the form as soon as possible": the
            # main clause's time, unless it is pressed on them (asked_of.py, stop 58, 4.3)
            return None if asked_of.outcome_requested(text, main) else main
    return found
