"""A day set before its clause (issue 12, round 17): "On Tuesday, the House will not be in
session as we pay respect ...", "Mr. Speaker, on Friday, there will be no votes", "I can
say that on Monday, the House will not meet". A day that opens its sentence (or follows an
address or "that") and is set off by a comma is the time of the clause after it, so a
denial in that clause denies the day, as one after an order paper's dated heading does
("Friday 9 September—The House will not be sitting"). Only the clause up to its next
comma or stop is read, and a condition ("On Tuesday, if the bill is not ready, we will
...") or a day the clause names again is left alone.
"""

from __future__ import annotations

import re

from bot.core.deadlines import clauses

# a clause's start: the text's, a stop (not "p.m."), a comma after an address, "that"
_OPENER_BEFORE = re.compile(r"(?:^|[,;:!?]|(?<![.\s][a-z])(?<!^[a-z])\.|\bthat)\s*$")
_COMMA = re.compile(r"\s*,\s*")
_CLAUSE_END = re.compile(r"[,;:.!?(]|\s(?:but|and\s+(?:will|shall|then))\s|$")
# a condition, or a day set against another ("at 2.30 p.m. on Tuesday, not on Monday")
_CONDITION_OR_CONTRAST = re.compile(
    r"(?:if|unless|when|once|whether|although|though|while|not|rather)\b"
)
# "there will be no votes"; not "no more excuses" / "no longer", said of a change
_NO_THING = re.compile(r"\bthere\s+(?:will|shall|would)\s+be\s+no\b(?!\s+(?:more|longer)\b)")
# "By Friday, there will be no backlog": a state reached by the day, no denial of it (the
# bound word may lead the day's own words or stand just before them)
_BOUND = r"(?:by|before|until|till)\b"
_BOUND_LEADS = re.compile(_BOUND, re.I)
_BOUND_BEFORE = re.compile(rf"\b{_BOUND}\s+(?:the\s+)?$", re.I)


def opens(text: str, start: int, end: int) -> bool:
    """Whether the day at text[start:end] opens a clause and is set off by a comma."""
    return (
        _COMMA.match(text, end) is not None
        and _OPENER_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def denied(text: str, start: int, end: int) -> bool:
    """Whether the day at text[start:end] opens a clause that is denied."""
    m = _COMMA.match(text, end)  # most days: no comma right after them
    if m is None or not opens(text, start, end) or _CONDITION_OR_CONTRAST.match(text, m.end()):
        return False
    if _BOUND_LEADS.match(text, start) or _BOUND_BEFORE.search(text, max(0, start - 12), start):
        return False  # "By Friday, I will not have failed": a limit, not the day denied
    stop = _CLAUSE_END.search(text, m.end())
    clause = text[m.end() : stop.start() if stop is not None else len(text)]
    return clauses.negated(clause) or _NO_THING.search(clause) is not None
