"""A day set before its clause (issue 12, round 17): "On Tuesday, the House will not be in
session as we pay respect ...", "Mr. Speaker, on Friday, there will be no votes", "I can
say that on Monday, the House will not meet". A day that opens its sentence (or follows an
address or "that") and is set off by a comma is the time of the clause after it, so a
denial in that clause denies the day, as one after an order paper's dated heading does
("Friday 9 September—The House will not be sitting"). Only the clause up to its next
comma or stop is read, and a condition ("On Tuesday, if the bill is not ready, we will
...") or a day the clause names again is left alone.

Round 19: a year-less month in a phrase that opens its sentence ("In June, the Government
issued ...", "Following the Senedd's endorsement in June of the recommendations ..., the
Welsh Government issued its formal response") takes the tense of the main clause after its
comma: told in the past with nothing ahead, it is the month gone, not next year's.
"""

from __future__ import annotations

import calendar
import re
from typing import Final

from bot.core.deadlines import begins_on, changes_from, clauses

# a clause's start: the text's, a stop (not "p.m."), a comma after an address, "that"
_OPENER_BEFORE: Final = re.compile(r"(?:^|[,;:!?]|(?<![.\s][a-z])(?<!^[a-z])\.|\bthat)\s*$")
_COMMA: Final = re.compile(r"\s*,\s*")
_CLAUSE_END: Final = re.compile(r"[,;:.!?(]|\s(?:but|and\s+(?:will|shall|then))\s|$")
# a condition, or a day set against another ("at 2.30 p.m. on Tuesday, not on Monday")
_CONDITION_OR_CONTRAST: Final = re.compile(
    r"(?:if|unless|when|once|whether|although|though|while|not|rather)\b"
)
# "there will be no votes"; not "no more excuses" / "no longer", said of a change
_NO_THING: Final = re.compile(r"\bthere\s+(?:will|shall|would)\s+be\s+no\b(?!\s+(?:more|longer)\b)")
# "By Friday, there will be no backlog": a state reached by the day, no denial of it (the
# bound word may lead the day's own words or stand just before them)
_BOUND: Final = r"(?:by|before|until|till)\b"
_BOUND_LEADS: Final = re.compile(_BOUND, re.I)
_BOUND_BEFORE: Final = re.compile(rf"\b{_BOUND}\s+(?:the\s+)?$", re.I)
# a phrase opening its sentence that can carry the time of a past act ("In June,",
# "Following the vote in June ...,"); not "Before the election in May, ...", which may be
# the May to come
_FRONT: Final = re.compile(r"\s*(?:in|on|during|following|after|at|since|throughout|over)\b")
# "the January" of "at the January ECOFIN": a month naming a meeting held in it (round 24b)
_FRONT_MONTH: Final = re.compile(
    r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<month>[a-z]{3,9})\.?"
)
_STOP_BEFORE_COMMA: Final = re.compile(r"[.;:!?]")
_FRONT_REACH: Final = 200  # the comma that ends the phrase lies within this many characters


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
    if begins_on.rule_begins(text, start, end):
        return False  # "Beginning March 31, visitors will not be granted access": the rule
    at = text.rfind("from", max(0, start - 6), start + 4)  # `start` may be its lead-in
    if at >= 0 and changes_from.change_from(text, at, end):
        return False  # "From 1 January, shops will no longer be able to ...": a state ends
    stop = _CLAUSE_END.search(text, m.end())
    clause = text[m.end() : stop.start() if stop is not None else len(text)]
    return clauses.negated(clause) or _NO_THING.search(clause) is not None


def month_told_past(text: str, start: int, end: int, core: str) -> bool:
    """Whether the year-less month at text[start:end] lies in a phrase that opens its
    sentence, and the main clause after that phrase's comma is past with nothing ahead."""
    month = _FRONT_MONTH.fullmatch(core)
    if month is None or not _is_month(month.group("month")):
        return False  # a month's name alone (or "early June"), not a date or a weekday
    head = clauses.sentence_start(text, start, _FRONT_REACH)
    if _FRONT.match(text, head) is None or "," in text[head:start]:
        return False
    comma = text.find(",", end, end + _FRONT_REACH)
    if comma < 0 or _STOP_BEFORE_COMMA.search(text, end, comma) is not None:
        return False
    return clauses.past_tense(clauses.clause_after(text, comma))


def _is_month(word: str) -> bool:
    full = _MONTH_WORDS.get(word[:3])
    return full is not None and full.startswith(word)


_MONTH_WORDS: Final = {name[:3].lower(): name.lower() for name in calendar.month_name[1:]} | {
    "sep": "september"
}
