"""A bare hour in a sitting day's business is the evening (issue 12, stop 56).

A business statement gives each sitting day a heading and its business ("MONDAY, 15TH
JUNE—Second Reading of the Fishery Limits Bill, which it is hoped to obtain by eight
o'clock."). The House sits from the afternoon into the evening, so an hour of its business
with no a.m. or p.m. is an evening hour, as "2 o'clock" in a sitting-day schedule is 2 p.m.
(blind_real.py). The fixed reading of a bare hour on a named day (readers._bare) puts 1 to 7
in the afternoon, but 8 to 11 in the morning: "by eight o'clock" fell due at 8 a.m., twelve
hours early, with no warning. Only an hour written with "o'clock" under a weekday heading
closed by a dash, with a word of a House's business in the same text, and with no word of
the morning; the shop that "opens at eight o'clock" on Monday keeps its morning.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from bot.core.deadlines.choose import Outcome
from bot.core.deadlines.context import Ctx

# "MONDAY, 15TH JUNE—", "Tuesday 8 December -": a weekday heading closed by a dash
_HEADING: Final = re.compile(
    r"\s*(?:mon|tues|wednes|thurs|fri)day\b[^\n.;:\u2013\u2014-]{0,30}\s*[\u2013\u2014-]",
    re.IGNORECASE,
)
_BUSINESS: Final = re.compile(
    r"\b(?:second\s+reading|third\s+reading|remaining\s+stages|report\s+stage|committee\s+stage"
    r"|bill|motion|supply\s+day|consolidated\s+fund|prayers?|estimates)\b",
    re.IGNORECASE,
)
_MORNING_HOUR: Final = re.compile(
    r"\b(?:eight|nine|ten|eleven|8|9|10|11)\s+o['\u2019]?\s?clock\b", re.IGNORECASE
)
_MORNING_WORD: Final = re.compile(r"\b(?:morning|a\.?\s?m\b)", re.IGNORECASE)


def evening(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """`found` twelve hours on when its hour is a bare morning hour of a sitting day's
    business (see the module); None to keep it."""
    cand = found.cand
    if cand is None or "clock" not in found.matched or cand.res.due is None:
        return None  # most texts: no "o'clock" in the words read
    if _MORNING_HOUR.search(found.matched) is None or _HEADING.match(text) is None:
        return None
    if _BUSINESS.search(text) is None or _MORNING_WORD.search(text) is not None:
        return None
    local = cand.res.due.astimezone(ctx.zone)
    if not 8 <= local.hour < 12:
        return None
    due = ctx.at(local.date(), local.time().replace(hour=local.hour + 12))
    reason = f"{found.reason}; a sitting day's business is in the evening"
    return replace(found, cand=replace(cand, res=replace(cand.res, due=due)), reason=reason)
