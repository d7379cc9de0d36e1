"""A window of a stated length that opens at a clock time (issue 12, stop 61): "The two-hour
window for liftoff opens 5:16 p.m. EDT Tuesday, June 25", "a 90-minute launch window opens at
7:40 a.m.". The time is the window's opening; it falls due when the window closes (CONVENTIONS
1.1: a window of a stated length from a given start is due at its end). The opening had been
chosen alone, the window's length dropped with no warning (fresh178).

Only a count of hours or minutes before "window" (with "launch" or "liftoff" between, or not),
then "opens" or "will open", maybe "for <what>" between, and the chosen phrase right after,
with a clock time. A window that also says when it closes is read by the closing time.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from bot.core.deadlines.choose import Outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.vocabulary import SMALL_WORDS, count_of
from bot.core.deadlines.words import words_before_phrase

_OPENS: Final = re.compile(
    rf"\b(?:a|an|the|its|their)\s+(?P<n>[0-9]{{1,3}}|{SMALL_WORDS})[\s-](?P<unit>hour|minute)"
    r"(?:\s+(?:launch|liftoff|lift-off|launching))?\s+window"
    r"(?:\s+(?:for|to)(?:\s+[\w.'\u2019-]+){1,4}?)?"
    r"\s+(?:opens|will\s+open|is\s+to\s+open)(?:\s+at)?\s+$",
    re.I,
)
_CLOSES: Final = re.compile(r"\bclos(?:es|ing|e)\b", re.I)


def reread(text: str, found: Outcome, ctx: Ctx) -> Outcome | None:
    """`found`, the window's opening time, moved on to its close; None to keep it."""
    cand = found.cand
    if cand is None or cand.res.due is None or "window" not in text:
        return None
    if cand.res.vague or cand.res.precision not in ("minute", "hour"):
        return None
    m = words_before_phrase(text, found.matched, cand.start, _OPENS, 120)
    if m is None or _CLOSES.search(text, m.end()) is not None:
        return None
    n = count_of(m["n"])
    length = timedelta(hours=n) if m["unit"].lower() == "hour" else timedelta(minutes=n)
    res = replace(cand.res, due=cand.res.due + length, earliest=cand.res.due)
    reason = f"the close of the {m['n']}-{m['unit'].lower()} window opening “{found.matched}”"
    return replace(found, cand=replace(cand, res=res), reason=reason)
