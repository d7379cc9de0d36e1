"""The end of a period a past figure was measured over (issue 12, stop 60, tune12 t2).

Statistics give a figure for a period that ends at a date: "Emergency department visits
rose 30% from July 2016 through September 2017", "Prices rose 4% in the year to September
2017", "The council received 300 complaints from April to October". Said before that end,
the end is read as a limit ("to", "through": a deadline word), and a limit is not checked
for the past as other times are: "He promised to finish by Friday" tells a limit in the past
tense. But here the verb tells a figure already reached over the period (past, with a
quantity), so nothing falls due at its end: the phrase is past (CONVENTIONS 2.4's reading of
what is told as done).

Only the end of a range opened in the same clause ("from <start>", "in the year", "over the
twelve months", "between") counts, after a past verb with a quantity before the opener and
nothing ahead. A verb of moving keeps its new end ("The deadline was extended from 1 May to
30 September" is due 30 September), so does a verb that only tells a plan ("agreed to run
the trial from May to October").
Cheap: the range word and a past verb are tested before any pattern runs over the clause.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.words import RANGE_END_WORDS

# the range's opener in the clause, close before its end word: "from july 2016 ", "in the
# year ", "over the 12 months ", "during the period "; no new clause between
_OPENED: Final = re.compile(
    r"\b(?:from|between|(?:in|over|during|for)\s+the\s+(?:[a-z0-9-]+\s+){0,2}"
    r"(?:years?|months?|quarters?|weeks?|period|days?))\b[^,;:()]{0,40}$"
)
# a quantity told of the clause: "30%", "300 complaints", "4 per cent", "£2 million"
_QUANTITY: Final = re.compile(r"[0-9][0-9,.]*\s*(?:%|per\s*cent\b|percent\b)|[£$€][0-9]|\b[0-9]")
# a verb of moving, changing a limit, or of planning ahead: the end is a new or planned one
_CHANGED: Final = re.compile(
    r"\b(?:extend|extended|extending|moved|postponed|rescheduled|deferred|delayed|shifted"
    r"|changed|brought\s+forward|pushed\s+back|put\s+back|agreed|decided|planned|scheduled"
    r"|set|fixed|announced|approved|granted|asked|told|promised|pledged|committed|undertook"
    r"|expected|intended|aimed)\b"
)
# a new clause between the figure and the range: the range is that clause's own ("We
# collected 200 signatures and the petition stays open from today until 31 December")
# (not "rose 30% in England and Wales from July 2016 to September 2017": one clause)
_JOINED: Final = re.compile(
    r"\b(?:and|but|while|whereas|so)\s+(?:we|they|i|you|he|she|it|the|this|that|these|those"
    r"|our|their|its)\b|\b(?:who|which)\b"
)


def past_figure_end(pre: str, clause: str, whole_clause: str) -> bool:
    """Whether the phrase ends a range opened in its clause over which a past verb tells a
    figure reached: `pre` is the phrase's filler words ("through "), `clause` the words
    between the range's start and the phrase (" to "), `whole_clause` the clause up to the
    phrase, lower case."""
    if pre.strip() not in RANGE_END_WORDS and clause.strip() not in RANGE_END_WORDS:
        return False  # the cheap test first: most phrases end no range
    verb = clauses.past_verb(whole_clause)
    if verb is None or not clauses.reported_past(whole_clause):
        return False
    opener = _OPENED.search(whole_clause, verb.end())
    if opener is None:
        return False
    told = whole_clause[: opener.start()]
    if _QUANTITY.search(told, verb.start()) is None:
        return False  # "The office stayed open from May to October": no figure
    if _JOINED.search(told, verb.end()) is not None:
        return False  # "collected 200 signatures and the petition stays open from today until"
    return _CHANGED.search(told) is None
