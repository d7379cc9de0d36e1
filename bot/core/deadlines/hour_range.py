"""A range of bare hours before its day: "from 9 to 5 on Friday" (issue 12, stop 56).

The hours had no a.m./p.m., so neither was read as a clock time: the day fell due at its end
and both numbers were dropped with no warning. A range falls due at its later end
(CONVENTIONS 6.1), on the day named, so "from 9 to 5 on Friday" is Friday at 17:00. On a
named day a bare hour takes its fixed reading (readers._bare: 1 to 7 are the afternoon),
and the end is the first reading of its hour after the start ("from 7 to 10" is 19:00 to
22:00). Only after "from" or "between" is it a range of hours ("won 3-5 on Friday" is a
score): elsewhere the words are left unread, as before.
"""

from __future__ import annotations

import re
from datetime import time

from bot.core.deadlines.context import Hit, Res, TimeOfDay

_LEADS = ("from", "between")
_TONIGHT = re.compile(r"\s*,?\s+(?:on\s+)?tonight")


def read(m: re.Match[str], hit: Hit) -> Res | None:
    """The range `m` (the time rule's tm_rg* groups) as a time of day with its start."""
    if not hit.pre.rstrip().endswith(_LEADS):
        return None
    first, last = int(m["tm_rg1"]), int(m["tm_rg2"])
    if not (1 <= first <= 12 and 1 <= last <= 12):
        return None
    if (marked := m["tm_rga"]) is not None:
        start = first % 12 + (12 if marked[0] == "p" else 0)  # "from 9 a.m. to 5"
    elif _TONIGHT.match(m.string, m.end()):
        start = first % 12 + 12  # "from 8 to 11 tonight": the evening's hours
    else:
        start = first + 12 if first < 8 else first % 12 + (12 if first == 12 else 0)
    end = last % 12
    while end <= start:
        end += 12  # the end's first reading after the start
    if end >= 24:
        return None
    hit.open = False  # "from": the range itself, due at its end, not a start
    when = time(end)
    return Res(due=None, precision="hour", tod=TimeOfDay(when, when, time(start), "hour"))
