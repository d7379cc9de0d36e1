"""Round 11 of issue 12: a sentence that tells the past all through.

"The call for evidence review opened on 5 August and ran for 12 weeks, closing on 28
October", "On May 1, 2010, NMFS implemented catch limits ... for FY 2010 through 2012",
"The closing date ... was Monday 17 May 2010 and at close of business on that day ...":
a past verb before the time, and nothing in the whole sentence that looks ahead (no
future or modal word, no verb in the present). Its times are the past ones, whatever
the calendar would make of a year-less date.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.clauses import FUTURE, REACH, SENTENCE, past_form
from bot.core.deadlines.context import YEAR_IN, Hit

# the kinds the calendar would place ahead on its own: a year-less date, a clock time, a
# fiscal year (a dated phrase with its year is placed by the year)
_PLACED_BY_US: Final = frozenset(
    {"date_mdy", "date_dmy", "time", "clock", "fiscal", "weekday", "dom"}
)
# what looks ahead besides the future and modal words of clauses.FUTURE
# ("am" after a number is a clock mark, no verb: "recorded a gust at 03:22 am")
_AHEAD: Final = re.compile(
    r"\b(?:is|are|(?<![0-9]\s)am|remains?|closes|ends|runs|opens|begins|starts|applies"
    r"|continues|lasts|takes\s+place|next|coming|upcoming|forthcoming|soon|shortly|now|still"
    r"|yet|until|till|by|before|deadline|slated|poised|positioned|set\s+for|[a-z]+ing\s+(?:to|for)\b)\b"
    # "to adjourn at 7 p.m.", "adjourned ... to Tuesday the 14th": an aim or the next day;
    # not "were allowed to vote", told as done
    r"|(?<!allowed\s)(?<!asked\s)(?<!able\s)\bto\s+(?!date\b)[a-z]+|'ll\b|\?"
    # a present verb with its particle or object: "the mayor takes office on", "the report
    # comes out at", "the rule comes into force on"
    r"|\b[a-z]{2,}[^s\W]s\s+(?:out|off|up|into|over|back|down|live|office|place|effect)\b"
)


def told_past_throughout(text: str, hit: Hit) -> bool:
    if hit.kind not in _PLACED_BY_US or (
        hit.kind.startswith("date") and YEAR_IN.search(hit.core) is not None
    ):
        return False
    start = max(0, hit.start - REACH)
    for m in SENTENCE.finditer(text, start, hit.start):
        start = m.end()
    if not _told_past_here(text, start, hit.start):
        return False  # no past stretch before it: the end of its sentence is not needed
    limit = min(len(text), hit.end + REACH)
    end_m = SENTENCE.search(text, hit.end, limit)
    end = end_m.end() if end_m else limit
    sentence = text[start:end]
    return FUTURE.search(sentence) is None and _AHEAD.search(sentence) is None


# The stretch of words the time belongs to: from the last comma, bracket, "and", "but" or
# "while" before it. "received Royal Assent on 22 July and comes into force on 1 October":
# "comes into force on" is its own, and no past; ", closing on 28 October" after "ran for
# 12 weeks" goes on with the past stretch before it.
_BREAK: Final = re.compile(r"[,;:()]|\b(?:and|but|while|whereas)\b")
# Only the end of what the past stretch told goes on with it: "ran for 12 weeks, closing
# on 28 October"; "launched the scheme in July, paying out on 1 October" is a new act.
_ING_FIRST: Final = re.compile(
    r"\s*(?:closing|ending|finishing|concluding|culminating|lasting|running|expiring)\b"
)


def _told_past_here(text: str, start: int, at: int) -> bool:
    breaks = [m.end() for m in _BREAK.finditer(text, start, at)]
    own = breaks[-1] if breaks else start
    if past_form(text[own:at]):
        return True
    previous = breaks[-2] if len(breaks) > 1 else start
    return (
        bool(breaks) and _ING_FIRST.match(text, own) is not None and past_form(text[previous:own])
    )
