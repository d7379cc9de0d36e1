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


# "for three years from 10 February 2023 to 9 February 2026" (fresh182, stop 62): the range's
# end follows its start, so the span only restates the range's length; counted from the start
# it gave a day after the end (10 February 2026). A range read as one ("three years from 2024
# to 2027", due three years past 2027) is left: the same rule there cost a CHECK case.
_RANGE_TO: Final = re.compile(r"\s*(?:to|until|till|through|thru|[-\u2013])\s*")


def restates_range(text: str, live: list[Hit], i: int) -> bool:
    """Whether the span live[i], counted from the day live[i + 1] after "from", is followed
    by "to" and the range's dated end, live[i + 2]."""
    if i + 2 >= len(live):
        return False
    start, end = live[i + 1], live[i + 2]
    if "from" not in text[live[i].start : start.start + len(start.pre)].lower():
        return False  # the cheap test first: "two weeks before 3 March", "a year after"
    gap = _RANGE_TO.fullmatch(text.lower(), start.end, end.start + len(end.pre))
    return gap is not None and end.res is not None and end.res.due is not None
