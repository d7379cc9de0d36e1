"""Periods that name, not bind (issue 12, stop 54c).

A run of years ahead after a plan names the years the plan covers, not a time by which
anything falls due: "Ukraine's reform and growth plan for the next four years", "The
Strategy sets out the vision for ... housing ... over the next five years", "A framework for
generating new ideas for microeconomic reform in Australia over the coming years". No
deadline and no refusal word. Two shapes:

- the span right after a plan noun and "for" ("plan for the next four years", "strategy for
  the coming decade"), whatever else the sentence holds;
- a plan noun earlier in a sentence that undertakes nothing itself: no future, modal or plan
  verb (year_names.AHEAD), no "likely to", no commitment, pledge or promise. "we're committed
  to achieving that vision over the next few years", "the goal of connecting 99 percent of
  students ... over the next four years, ... more work will be needed" and "The development
  work - to be carried out over the next 3 years" stay deadlines.

"priorities for the next 12 months" is not a plan here: a question on a department's
priorities for a period asks what will be done in it (labelled due in the seen sets).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses, year_names

# "over the next five years", "for the next four years", "over the coming years", "over the
# next decade": a run of years ahead of the moment of speaking
_SPAN: Final = re.compile(
    r"(?:(?:over|for|during|in)\s+)?the\s+(?:next|coming|following)\s+(?:[a-z0-9]+\s+)?"
    r"(?:years|decades?)|over\s+(?:the\s+)?(?:coming|several|many)\s+years",
    re.I,
)
# the things whose years a span names: a plan, a strategy, a framework, a policy, a vision
_PLAN: Final = r"(?:plans?|strateg(?:y|ies)|frameworks?|polic(?:y|ies)|visions?|programmes?)"
_PLAN_FOR: Final = re.compile(r"\b" + _PLAN + r"\s+$")
_PLAN_BEFORE: Final = re.compile(r"\b" + _PLAN + r"\b")
# an undertaking in the sentence: the future, a modal or a plan verb, a likelihood, a pledge
_AHEAD: Final = re.compile(year_names.AHEAD.pattern + r"|\blikely\s+to\b")
_COMMITTED: Final = re.compile(r"\b(?:commit|pledg|promis)\w*")
_STOPS: Final = (". ", "? ", "! ", "; ")


def names_plan(text: str, matched: str) -> bool:
    """Whether `matched`, a span of years ahead, names the years of a plan rather than the
    time of an act."""
    if _SPAN.fullmatch(matched) is None:
        return False  # most phrases: the cheap test first
    lowered = text.lower()
    start = lowered.find(matched.lower())
    if start < 0:
        return False
    begun = max(lowered.rfind(stop, 0, start) for stop in _STOPS)
    before = lowered[begun + 1 : start]
    if matched[:4].lower() == "for ":
        before += "for "
    if before.endswith("for ") and _PLAN_FOR.search(before[:-4]) is not None:
        return True  # "growth plan for the next four years"
    if _PLAN_BEFORE.search(before) is None:
        return False
    sentence = before + " " + clauses.sentence_after(lowered, start + len(matched))
    return _AHEAD.search(sentence) is None and _COMMITTED.search(sentence) is None
