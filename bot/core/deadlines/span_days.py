"""A clock time on the day a span counts to (issue 12, stop 39).

"the day before at 5pm", "the day after the vote at 5pm", "two days before the election at
noon": a span of days counts from a day, so a clock time with no day of its own after it
is not where it counts from but when on the day it reaches. When that span counts from an
event we cannot date (combine refuses it as "event"), its clock time goes with it: read
alone, the time fell due today at 17:00, a date with no warning that the words never gave.
A clock time in a clause of its own ("the day before, and the reply by 5pm") is left alone.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Hit, Res, Span

# the rest of the span's clause up to the time: no clause break, a few words at most
_SAME_CLAUSE: Final = re.compile(r"[^.;:,()]{0,30}")


def _time_of_no_day(res: Res) -> bool:
    """A clock time read without a day ("at 5pm" alone: no due date of its own)."""
    return res.tod is not None and res.due is None


def counts_from_time(span: Span, anchor: Res) -> bool:
    """A span of days or longer with a clock time of no day for its anchor ("the day
    before at 5pm"): the time is on the span's day, and the day it counts from is not given."""
    return _time_of_no_day(anchor) and bool(span.months or span.days or span.business_days)


def takes_time(text: str, span: Hit, nxt: Hit | None) -> bool:
    """Whether the clock time after a span refused as counting from an undated event is in
    the span's clause and has no day of its own, so that it is refused with it."""
    if nxt is None or nxt.res is None or nxt.kind not in ("time", "clock"):
        return False
    if not _time_of_no_day(nxt.res):
        return False
    return _SAME_CLAUSE.fullmatch(text, span.end, nxt.start) is not None
