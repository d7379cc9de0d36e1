"""The right date among several: a time that only tests a condition (issue 12, stop 55).

- A time inside an "unless" clause is when a condition is tested, not when the pledge falls
  due: "The rule is effective on September 24, 2022, unless CPSC receives a significant
  adverse comment by July 25, 2022", "The DFR is effective October 9, 2025, unless adverse
  comments are received by September 2, 2025", "We will strike on Monday unless the offer
  is improved by Friday". The main clause's own time counts; the sentence is read again
  with the "unless" clause blanked (to the sentence's end, or to its comma when the clause
  comes first: "Unless ... by Friday, we will strike on Monday"). With no time outside the
  clause, the reading stays as it was ("The plan goes ahead unless objections are received
  by Friday": Friday). A silent misreading before: the condition's day was chosen as the
  deadline ("it follows a deadline word").

The look runs behind a substring test ("nless"), so a plain sentence pays one search.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from bot.core.deadlines import clauses, overnight
from bot.core.deadlines.choose import FLOOR_SLACK, Outcome, read_outcome
from bot.core.deadlines.context import Ctx

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


def revisit(text: str, found: Outcome | None, ctx: Ctx) -> Outcome | None:
    """`found` read again for an overnight window with a day for it ("between 8pm and 7am,
    on Friday": overnight.py), then after the looks above, in turn, each behind its cue."""
    found = overnight.window(text, found, ctx)
    if found is None:
        return None
    if found.cand is not None and "nless" in text:
        if (main := main_clause(text, found, ctx)) is not None:
            return main
    return found
