"""Dates the words after or around them set aside (moved out of clauses.py at stop 52, for
the layout's 700-line limit): a plan delayed, called off or given up right after its date
("the report, due on Monday, had been delayed until ...", "A launch date of October 2009
no longer is feasible", "the business scheduled for 19 April was ..."), and a date being
replaced ("substitute 1 October for 1 July", "in place of 1 July"), and since stop 62 a date told as
the first plan ("the comment period was originally set to end on August 12", "an extension
from the original deadline of August 9"; not "as originally planned", which keeps it). Such
a date is the old plan, not the deadline; a time that going past is ruled out ("Any delay
beyond June 2027 is no longer an option") stands as the limit.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.clauses import clause_before

_DROPPED_AFTER: Final = re.compile(
    r"[\s,]*(?!(?:that|which|who)\b)(?:[a-z]+\s+){0,2}?(?:has|have|had|was|were|is|are)\s+"
    r"(?:now\s+|since\s+|just\s+|already\s+)?(?:been\s+|being\s+)?(?:delayed|postponed|cancell?ed"
    r"|called\s+off|scrapped|abandoned|put\s+back|pushed\s+back|deferred|rescheduled"
    r"|withdrawn|dropped|moved|brought\s+forward|extended|changed|revised)\b"
)
# a time given up as out of reach: "A launch date of October 2009 no longer is feasible",
# "an opening in the spring is no longer realistic"; not a time that going past is ruled
# out ("Any delay beyond June 2027 is no longer an option", "A slip past 31 March, no longer
# possible under the contract, ..."): that time stands as the limit (_PAST_A_LIMIT)
_GIVEN_UP_AFTER: Final = re.compile(
    r"[\s,]*(?:(?:is|are|was|were)\s+)?no\s+longer\s+(?:(?:is|are|be|seems?|looks?)\s+)?"
    r"(?:feasible|achievable|realistic|possible|practicable|practical|viable|attainable"
    r"|workable|an\s+option|on\s+the\s+table)\b"
)


_PLANNED_FOR: Final = re.compile(
    r"\b(?:scheduled|planned|set|due|fixed|arranged|timetabled|earmarked)\s+(?:for|on)\s*$"
)
_WAS: Final = re.compile(r"[\s,]*(?:was|were|had\s+been)\b")


# the first plan told as such: "was originally set to end on", "had initially been scheduled
# for", "the original deadline of", "its previous closing date of"
_FIRST_PLAN: Final = re.compile(
    r"\b(?:was|were|had\s+been|had)\s+(?:originally|initially|previously)\s+(?:been\s+)?"
    r"(?:set|scheduled|planned|due|expected|slated|intended|meant|supposed|fixed)"
    r"(?:\s+to\s+[a-z]+)?(?:\s+(?:on|for|at|by|in))?\s*$"
    r"|\b(?:original|initial|previous|former|old)\s+(?:closing\s+|due\s+|end\s+|target\s+)?"
    r"(?:deadline|date)(?:\s+(?:of|was|had\s+been))?\s*$"
    # told in the active (stop 63): "The Department initially established September 30, 2011,
    # as the deadline", "originally set a deadline of 1 May"
    r"|\b(?:originally|initially|previously)\s+(?:set|established|fixed|chose|selected|proposed)"
    r"(?:\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?(?:deadline|date)(?:\s+(?:of|for))?)?\s*$"
)


_FIRST_CUES: Final = ("origin", "initial", "previous", "former", "old ")
# a shift counted from the first plan: "delayed by a week from the original date of": the date
# is where the count starts (moved_by.py), not a plan set aside
_SHIFT_FROM: Final = re.compile(
    r"\bby\s+(?:a|an|[a-z]+|[0-9]+)\s+(?:days?|weeks?|months?|years?)\s+from\s+(?:the|its|their)"
    r"\s+(?:[a-z-]+\s+){0,2}?(?:original|initial|previous|former|old)\b"
)

# the first plan still held: "to meet the original deadline of", "on track for the original
# date of": the date stands (stop 62 review)
_KEPT: Final = re.compile(
    r"\b(?:meet|meets|meeting|keep(?:s|ing)?(?:\s+to)?|hit|hitting|stick(?:s|ing)?\s+to"
    r"|on\s+(?:track|course|schedule)\s+(?:for|to\s+meet)|in\s+line\s+with|within)"
    r"\s+(?:the|its|their|our)\s+(?:original|initial|previous|former|old)\b"
)


def _first_plan(text: str, before: str, end: int) -> bool:
    tail = before[-80:]
    if not any(cue in tail for cue in _FIRST_CUES) or _FIRST_PLAN.search(tail) is None:
        return False
    if _KEPT.search(tail) is not None:
        return False
    return _SHIFT_FROM.search(text[max(0, end - 200) : end].lower()) is None


def dropped_after(text: str, before: str, end: int) -> bool:
    """ "the report, due on Monday, had been delayed until ...", "the business scheduled
    for 19 April was ...", "was originally set to end on": the date is the old plan."""
    return (
        _DROPPED_AFTER.match(text, end) is not None
        or _first_plan(text, before, end)
        or (_GIVEN_UP_AFTER.match(text, end) is not None and not _PAST_A_LIMIT.search(before))
        or (_WAS.match(text, end) is not None and _PLANNED_FOR.search(before) is not None)
    )


_PAST_A_LIMIT: Final = re.compile(r"\b(?:beyond|past|later\s+than|over)\s*$")


_REPLACED: Final = re.compile(
    r"\bsubstitut\w*\b[^.;:]{0,80}\bfor\s*$|\breplac(?:e|es|ing)\s+(?:the\s+)?(?:date\s+(?:of\s+)?)?$"
    r"|\bin\s+(?:place|lieu)\s+of\s*(?:the\s+)?$"
)


_REPLACE_HINT: Final = re.compile(r"substitut|replac|\s(?:place|lieu)\s+of\b")
assert _REPLACE_HINT.pattern == r"substitut|replac|\s(?:place|lieu)\s+of\b"  # see replacing()


def replacing(text: str) -> bool:
    """Whether the text has words of substitution at all (the common case has none)."""
    if "place" not in text and "lieu" not in text:  # substring tests: no regex for most texts
        return "substitut" in text or "replac" in text
    return _REPLACE_HINT.search(text) is not None


def replaced(text: str, start: int) -> bool:
    """ "substitute 1 October for 1 July", "replaces 1 July with", "in place of 1 July":
    the date being replaced."""
    return _REPLACED.search(clause_before(text, start, sentence=True)) is not None
