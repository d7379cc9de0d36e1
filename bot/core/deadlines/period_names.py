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

A year's possessive names a thing too: "a reduction in next year's fees", "the early passage
of next fiscal year's budget", "taking part in this year's EEF". The year is blanked (with
its "'s") and the sentence read again: its other time counts ("We will publish next year's
budget in March": March), else no deadline and no refusal word. A deadline word before or
leading the phrase ("by next year's budget") still reads the year as a limit, as
name_years.py reads "by the 2026 election".

So does the period after "for / spanning / covering the period": "a renovation programme for
schools for the period until 2026", "projections spanning the period from 2016 to 2026" name
what the programme or the projections cover, read the same way (blanked, the other time
counts, else none). "in the period between 2010 and 2011" stays the time of the act; so does
"for a period of five years beginning on 1 June" (a window, CONVENTIONS 1.1), and the period a
verb or state of lasting is for ("will run / remain closed / be extended for the period until
31 January": due at its end, CONVENTIONS 1.1 and 3.3).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses, year_names
from bot.core.deadlines.words import located

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
# an undertaking in the sentence besides the future, a modal or a plan verb (year_names.AHEAD,
# read when called: mypyc cannot type a pattern built from it at import): a likelihood, a
# commitment, a pledge
_UNDERTAKEN: Final = re.compile(r"\blikely\s+to\b|\b(?:commit|pledg|promis)\w*")
_STOPS: Final = (". ", "? ", "! ", "; ")


def names_plan(text: str, matched: str) -> bool:
    """Whether `matched`, a span of years ahead, names the years of a plan rather than the
    time of an act."""
    if _SPAN.fullmatch(matched) is None:
        return False  # most phrases: the cheap test first
    place = located(text, matched)
    if place is None:
        return False
    lowered, start, end, _ = place
    begun = max(lowered.rfind(stop, 0, start) for stop in _STOPS)
    before = lowered[begun + 1 : start]
    if matched[:4].lower() == "for ":
        before += "for "
    if before.endswith("for ") and _PLAN_FOR.search(before[:-4]) is not None:
        return True  # "growth plan for the next four years"
    if _PLAN_BEFORE.search(before) is None:
        return False
    sentence = before + " " + clauses.sentence_after(lowered, end)
    return year_names.AHEAD.search(sentence) is None and _UNDERTAKEN.search(sentence) is None


# -- a year's possessive naming a thing --------------------------------------------------

# "next year's fees", "next fiscal year’s budget", "this year’s EEF": the phrase ends in a
# year and the text goes on with a possessive
_YEAR_END: Final = re.compile(r"(?:\byears?|\bfy\s*[0-9]{2,4}|[0-9]{4})$", re.I)
_OWNS: Final = re.compile(r"['\u2019]s\b")
# The last character of every match of _YEAR_END under IGNORECASE ("\u017f" is a long s),
# which ends the string or stands before a last "\n" ($ holds there too): a set test
# before the search, which tries every position of the phrase (about 2.5 µs a chosen
# phrase, issue 12). tests/core/test_deadline_perf_guards.py checks the set.
YEAR_LAST: Final = frozenset("0123456789RSrs\u017f")
# A match of _YEAR_END other than "fy" and its digits is at most five characters long and
# ends the words or stands before a last "\n", so it starts in their last six: searched
# there first (from a position, \b still sees the character before it), and over the
# whole words only when they hold an "f" (only "f" and "F" match it under IGNORECASE) or
# any character outside ASCII. The same answer as the whole search, for about a quarter of
# it (issue 12, stop 67; tests/core/test_deadline_perf_guards.py).
_YEAR_END_TAIL: Final = 6


def year_end(matched: str) -> bool:
    """Whether `_YEAR_END.search(matched)` finds a match."""
    if _YEAR_END.search(matched, max(0, len(matched) - _YEAR_END_TAIL)) is not None:
        return True
    if "f" in matched or "F" in matched or not matched.isascii():
        return _YEAR_END.search(matched) is not None
    return False  # no "fy": no match starts before the last characters


# a deadline word before it or leading it: "by next year's budget", "ahead of this year's
# summit" limit an act by the thing, which falls in that year; read as before
_LIMIT: Final = r"(?:by|before|until|till|ahead\s+of|in\s+time\s+for|prior\s+to|no\s+later\s+than)"
_LIMIT_BEFORE: Final = re.compile(r"\b" + _LIMIT + r"\s*$")
_LIMIT_LEAD: Final = re.compile(_LIMIT + r"\s", re.I)


def owned_year(text: str, matched: str) -> tuple[int, int] | None:
    """Where the year phrase `matched` and its possessive lie ("in next year's fees": the
    phrase and the "'s"), when a year's possessive names a thing; else None."""
    last = matched[-2:-1] if matched.endswith("\n") else matched[-1:]
    if last not in YEAR_LAST or not year_end(matched):
        return None
    start = text.find(matched)
    if start < 0 or _OWNS.match(text, start + len(matched)) is None:
        return None
    if _LIMIT_LEAD.match(matched) or _LIMIT_BEFORE.search(text[max(0, start - 24) : start].lower()):
        return None
    return start, start + len(matched) + 2


# -- "for the period until 2026" ---------------------------------------------------------

# "a renovation programme for schools for the period until 2026", "projections spanning the
# period from 2016 to 2026": the period a thing covers; "in the period between 2010 and
# 2011" (the time of an act) is read as before
_COVERED: Final = re.compile(r"\b(?:for|spanning|covering)\s+the\s+period\s+$")
# a verb or state of lasting before "for the period": the act itself runs for it ("the
# consultation will run for the period until 31 January", "open", "extended", "remain
# closed"), due at the period's end (CONVENTIONS 1.1, 3.3), read as before (stop 54 review)
_LASTS_FOR: Final = re.compile(
    r"\b(?:run|runs|running|ran|open|opens|opened|closed|extend|extends|extended|last|lasts"
    r"|lasted|remain|remains|remained|continue|continues|continued|stay|stays|stayed|valid"
    r"|available|suspended|frozen|in\s+place|in\s+force|apply|applies|operate|operates)"
    r"\s+for\s+the\s+period\s+$"
)


def covered_period(text: str, matched: str) -> tuple[int, int] | None:
    """Where the period after "for / spanning / covering the period" lies, when `matched` is
    that period; else None."""
    start = text.find(matched)
    before = text[max(0, start - 40) : start].lower()
    if start < 0 or _COVERED.search(before) is None or _LASTS_FOR.search(before) is not None:
        return None
    return start, start + len(matched)
