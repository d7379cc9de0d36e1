"""Candidates that name a year (choose.py's `_key` ranks them): moved out of choose.py at
stop 63 to keep that module under its length, unchanged."""

from __future__ import annotations

import re
from operator import attrgetter
from typing import Final

from bot.core.deadlines.context import YEAR_IN, Candidate
from bot.core.deadlines.cues import DATED

_RANGE_GAP: Final = re.compile(r"[\s,]*(?:and|to|through|thru|until|-)\s*")


def mark(text: str, cands: list[Candidate]) -> None:
    """Mark candidates that name a year after a time word ("in mid-2027", "by 2030") or
    end a range of such ("between 2025-26 and 2028-29"). "to early 2028" alone, the
    object of "extend ... to", says what is done, not when."""
    previous: Candidate | None = None
    named_year: int | None = None
    for cand in sorted(cands, key=attrgetter("start")) if len(cands) > 1 else cands:
        ranged = (
            previous is not None
            and previous.named
            and _RANGE_GAP.fullmatch(text, previous.end, cand.start) is not None
        )
        year = (bool(cand.pre) or ranged) and YEAR_IN.search(text, cand.start, cand.end) is not None
        cand.named = year
        if cand.named and cand.res.due is not None:
            named_year = cand.res.due.year
        elif (
            # "amend the plans by May 15, 2016, and report ... by June 10": a year-less date
            # after a dated one in its year keeps that year, and the list's later date counts
            # ("on Wednesday, September 20, 2006 at 11 a.m., ... and Friday, September 22,
            # 2006 at 2:30 p.m.": a later item of the list naming the same year, stop 58)
            not year
            and named_year is not None
            and (cand.pre or YEAR_IN.search(text, cand.start, cand.end) is not None)
            and cand.kind in DATED
            and cand.res.due is not None
            and cand.res.due.year == named_year
        ):
            cand.named = True
        previous = cand
