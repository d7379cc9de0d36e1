"""A range of bare hours before its day: "from 9 to 5 on Friday" (issue 12, stop 56).

The hours had no a.m./p.m., so neither was read as a clock time: the day fell due at its end
and both numbers were dropped with no warning. A range falls due at its later end
(CONVENTIONS 6.1), on the day named, so "from 9 to 5 on Friday" is Friday at 17:00. On a
named day a bare hour takes its fixed reading (readers._bare: 1 to 7 are the afternoon),
and the end is the first reading of its hour after the start ("from 7 to 10" is 19:00 to
22:00). Only after "from" or "between" is it a range of hours ("won 3-5 on Friday" is a
score): elsewhere the words are left unread, as before. Nor after a verb of change ("The fee
will go from 5 to 7 on Friday", "We will raise the cap from 6 to 8"): two values of a
number, not hours (stop 56 review: read as hours, they fell due at 19:00 and 20:00).
"""

from __future__ import annotations

import re
from datetime import time

from bot.core.deadlines.context import Hit, Res, TimeOfDay

_LEADS = ("from", "between")
_TONIGHT = re.compile(r"\s*,?\s+(?:on\s+)?tonight")
# a verb of change and at most its object before "from": a number's old and new values
_CHANGE = re.compile(
    r"\b(?:go(?:es|ing)?|went|gone|rises?|rising|rose|risen|falls?|falling|fell|grows?|growing"
    r"|grew|climbs?|climbing|climbed|drops?|dropping|dropped|jumps?|jumping|jumped"
    r"|(?:in|de)creas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)"
    r"|lower(?:s|ed|ing)?|lift(?:s|ed|ing)?|mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)"
    r"|shift(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|extend(?:s|ed|ing)?)"
    r"(?:\s+(?:up|down))?(?:\s+[\w'\u2019-]+){0,3}\s+(?:from|between)\s*$",
    re.I,
)


def read(m: re.Match[str], hit: Hit) -> Res | None:
    """The range `m` (the time rule's tm_rg* groups) as a time of day with its start."""
    if not hit.pre.rstrip().endswith(_LEADS):
        return None
    lead_end = hit.start + len(hit.pre)
    if _CHANGE.search(m.string, max(0, hit.start - 60), lead_end) is not None:
        return None  # "The fee will go from 5 to 7 on Friday": a number's values
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
