"""The size of a delay from a date (issue 12, stop 58): "has only been delayed by a week from
the original release date of 15 December", "will be postponed by two days from 3 May". The
date after "from" is the old time; the delay moves it on by its size, so the new time is
the date plus the span. The date had been chosen alone (the span being the size of a delay,
no time ahead), so the move was dropped with no warning.

Only a verb of delaying, "by" and a count of days, weeks or months, then "from", with the
chosen date later in the same clause and nothing but words between them ("from the original
pre-quake release date of"). An extension counts on from a date given so too (stop 59: "has
decided to extend the inquiry by 6 months from the current target completion date of 19 July
2022"), its object (up to eight words) between the verb and "by".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from dateutil.relativedelta import relativedelta

from bot.core.deadlines.choose import Outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.vocabulary import SMALL, SMALL_WORDS
from bot.core.deadlines.words import words_before_phrase

# the number words of the delay's size: "a week", "eleven days" (vocabulary's small numbers)
_NUMBERS: Final = {"a": 1, "an": 1, **SMALL}
_NUMBER: Final = rf"{SMALL_WORDS}|an|a"
_DELAYED_BY: Final = re.compile(
    r"\b(?:delayed|postponed|deferred|pushed\s+back|put\s+back|moved\s+back|delay(?:ing)?"
    r"|postpon(?:e|ing)|defer(?:ring)?"
    # an extension, its object between (stop 59): "extend the inquiry by 6 months from"
    r"|extend(?:s|ed|ing)?(?:\s+(?!by\b|to\b|until\b)[a-z'\u2019-]+){0,8}?)"
    r"\s+(?:only\s+|just\s+)?by\s+(?:only\s+|just\s+|a\s+further\s+|another\s+)?"
    rf"(?P<n>[0-9]{{1,3}}|{_NUMBER})[\s-]+"
    r"(?P<unit>day|week|fortnight|month|year)s?\s+from\s+(?P<gap>[a-z'\u2019 -]{0,60}?)\s*$",
    re.I,
)


def reread(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """`found` moved on by the delay whose old date it is; None to keep it."""
    cand = found.cand
    if cand is None or cand.res.due is None or " by " not in text or " from " not in text:
        return None
    m = words_before_phrase(text, found.matched, cand.start, _DELAYED_BY, 140)
    if m is None or any(w in m["gap"].lower().split() for w in ("to", "until", "till")):
        return None  # "delayed by a week from Monday to Friday": a time of its own
    n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"].lower()]
    unit = m["unit"].lower()
    months = {"month": 1, "year": 12}.get(unit, 0)
    days = {"day": 1, "week": 7, "fortnight": 14}.get(unit, 0)
    step = relativedelta(months=n * months) if months else timedelta(days=n * days)
    local = cand.res.due.astimezone(ctx.zone)
    due = (local.replace(tzinfo=None) + step).replace(tzinfo=ctx.zone)
    res = replace(cand.res, due=due, earliest=None, day=None)
    reason = f"“{found.matched}” moved on by the delay of {m['n']} {unit}(s)"
    return replace(found, cand=replace(cand, res=res), reason=reason)
