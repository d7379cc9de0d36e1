"""A verb of saying that has its own day (issue 12, round 22): "FEMA ... announced today the
permanent closing of five fixed-site locations at 6:00 p.m., Wednesday, March 30". The
announcing is dated by "today" (CONVENTIONS 2.2: a day word on the verb of speaking is never
the deadline), so the past tense is the announcing's; a later time in what it announces
belongs to the announced act (CONVENTIONS 2.3), not to the telling. A time before the day
of speaking, or one in a relative clause of its own ("which opened on 30 March"), stays
with the past checks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from bot.core.deadlines.context import Ctx, Hit, Res, holds
from bot.core.deadlines.words import MONTH, MONTH_WORD, SAID_DONE, WEEKDAY

_SAID_TODAY: Final = re.compile(
    r"\b(?:" + SAID_DONE + r"|disclosed)"
    r"\s+(?:earlier\s+)?today\b"
)
# _SAID_TODAY without its closing boundary: whatever _SAID_TODAY finds in text[:hit.start]
# is a match of this in the whole text, so none begins before this one's first
_SAID_TODAY_OPEN: Final = re.compile(
    r"\b(?:" + SAID_DONE + r"|disclosed)"
    r"\s+(?:earlier\s+)?today"
)


@lru_cache(maxsize=1)  # the text being read: never a hit from an earlier call
def _first_said(text: str) -> int:
    """Where the first saying dated "today" may begin (-1: none): found once per text, not
    searched for from the text's start for every phrase (stop 61: a 100 kB paste of one
    clause repeated took 3 s of the sources here)."""
    m = _SAID_TODAY_OPEN.search(text)
    return -1 if m is None else m.start()


# a relative clause or a new sentence between the saying and the time
_OWN_CLAUSE: Final = re.compile(r"\b(?:which|who|whom|whose|where|when|while)\b|[.;!?]\s")


def _own_clause(text: str, lo: int, hi: int) -> bool:
    """`_OWN_CLAUSE.search(text, lo, hi) is not None`. In a long text, a saying dated "today"
    early in it would be followed to each phrase (stop 61: quadratic on a 100 kB paste of
    "by Friday, and " after "said today that"): the first match after `lo` in the whole
    text is found once; one ending before `hi` is one here, and a match that only the cut at
    `hi` makes (a word ending at it) begins in its last few characters (five at most)."""
    if len(text) < 1000:
        return _OWN_CLAUSE.search(text, lo, hi) is not None
    return (
        _own_clause_end(text, lo) < hi or _OWN_CLAUSE.search(text, max(lo, hi - 8), hi) is not None
    )


@lru_cache(maxsize=4)  # the text being read, from its few sayings dated "today"
def _own_clause_end(text: str, lo: int) -> int:
    m = _OWN_CLAUSE.search(text, lo)
    return len(text) + 1 if m is None else m.end()


# the day right after a clock time: "at 6:00 p.m., Wednesday, March 30", "6 p.m. on Friday"
_LATER_DAY: Final = re.compile(
    rf"[\s,]*(?:on\s+)?(?:{WEEKDAY}|tomorrow|{MONTH_WORD}\s+[0-9]|[0-9]{{1,2}}\s+{MONTH})"
)


def announced_ahead(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """Whether the phrase is a time ahead in what a verb dated "today" announces."""
    if not holds(text, "today"):  # once per long text, not per phrase
        return False
    first = _first_said(text)
    if first < 0 or first >= hit.start:
        return False
    m = _SAID_TODAY.search(text, first, hit.start)
    if m is None or _own_clause(text, m.end(), hit.start):
        return False
    if res.due is None:  # a clock time waiting for its day: ahead when a later day follows
        return hit.kind in ("clock", "time") and _LATER_DAY.match(text, hit.end) is not None
    return res.due.astimezone(ctx.zone).date() > ctx.today
