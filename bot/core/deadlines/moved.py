"""A time moved (issue 12, round 20): "The press conference has been moved from 7th to 21st
December", "the hearing was rescheduled from Monday to Friday", "postponed from Tuesday to
Thursday". The "from" after a verb of moving names the old time, not a start: the new time
after "to" is when the moved thing falls due (CONVENTIONS 4.1: a time called off with a
new time given counts at the new one). A range read as one phrase ("from 7th to 21st
December") is then no open-ended start but the day it ends on; a pair of weekdays ("from
Monday to Friday") is no standing schedule of working days. An extension told in the past
("The extension from January 11 to March 11 was granted", "was extended to 11 March") is
the same: the telling is past, its new end the nearer of its two readings.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Ctx, Hit, Res

_MOVE_VERBS: Final = (
    r"(?:moved|moving|move|postponed|postponing|postpone|rescheduled|rescheduling|reschedule"
    r"|re-scheduled|brought\s+forward|pushed\s+back|put\s+back|put\s+off|pushed|delayed|delay"
    r"|deferred|defer|shifted|shift|switched|changed|advanced|bumped)"
)
_MOVED_FROM: Final = re.compile(r"\b" + _MOVE_VERBS + r"\s+(?:[a-z]+\s+){0,3}?from\s*$")
# a verb of moving anywhere in the clause before a pair of days ("transfer the Territorial Sea
# Bill debate from Wednesday to Tuesday"): the pair is no range (joins.weekday_range_ends)
_MOVED_BEFORE: Final = re.compile(
    r"\b(?:" + _MOVE_VERBS[3:-1] + r"|transfer(?:s|red|ring)?|swap(?:s|ped|ping)?|change|bring"
    r"|brought|put)\b[^.;]{0,60}$"
)
# a range within the phrase: "7th to 21st december", "6-7 may"
_RANGE: Final = re.compile(r"\s(?:to|until|till)\s|[0-9][-–][0-9]")


def moved_range(text: str, start: int, pre: str, core: str) -> bool:
    """Whether the phrase at `start` (its filler words `pre`, its own words `core`) is a
    range "from <old> to <new>" after a verb of moving."""
    if _RANGE.search(core) is None:
        return False
    return moved_from(text, start + len(pre))


def moved_from(text: str, at: int) -> bool:
    """Whether the words before `at` end with a verb of moving and "from"."""
    return _MOVED_FROM.search(text, max(0, at - 40), at) is not None


def moved_before(text: str, at: int) -> bool:
    """Whether a verb of moving comes before `at` in its clause (within 80 characters)."""
    return _MOVED_BEFORE.search(text, max(0, at - 80), at) is not None


def moved_ahead(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """A moved range whose new day lies ahead, within half a year: the past tense is the
    moving's ("has been moved from 7th to 21st December"); a year-less day further ahead is
    the one gone ("was moved from 7th to 21st November", said in December)."""
    if res.due is None or not moved_range(text, hit.start, hit.pre, hit.core):
        return False
    return 0 <= (res.due.astimezone(ctx.zone).date() - ctx.today).days <= 182


# the new end of an extension or a move: "The extension from January 11 to", "the deadline
# was extended to", "moved from Monday to"
_NEW_END: Final = re.compile(
    r"\b(?:exten(?:sion|ded|ding|ds?)|" + _MOVE_VERBS + r")\b[^.;:!?]{0,60}?"
    r"\b(?:to|until|till|through|thru)\s*$"
)

_TO_END: Final = re.compile(r"\b(?:to|until|till|through|thru)\s*$")


def new_end_ahead(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """The new end of an extension or a move, ahead within half a year: the past tense
    tells the granting or the moving ("The extension from January 11 to March 11 was
    granted", said in December), not its end; a year-less day further ahead is the one
    gone ("was extended to 19 March", said in May)."""
    at = hit.start + len(hit.pre)
    if res.due is None or _TO_END.search(text, max(0, at - 9), at) is None:
        return False  # most phrases: no "to" right before them
    if _NEW_END.search(text, max(0, at - 100), at) is None:
        return False
    return 0 <= (res.due.astimezone(ctx.zone).date() - ctx.today).days <= 182
