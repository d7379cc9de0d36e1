"""A vague word framed by the period right after it (issue 12, stop 61): "We plan to make a
decision as soon as possible in the new year".

The period says when the speaker will act as soon as they can: in the new year, not within
the 60 days "as soon as possible" gives from the moment of speaking. Both are vague, so the
longer phrase had won and the pledge fell due in mid-February, before the period it names
had well begun, a wrong date with no warning. A definite period after the word already won
as the definite time ("as soon as possible next year"); this reads a vague one the same way.
Only a period led in by "in" or "during" and standing right after the word frames it.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Candidate

_LEADS: Final = ("in ", "during ")
_SPACES: Final = re.compile(r"\s*")


def drop_framed(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` without a vague word that a period right after it frames."""
    if len(cands) < 2:
        return cands
    # where each framing period starts: one look-up per vague word, not a pass over every
    # phrase for each (a long paste of "as soon as possible in the new year, and ..." had
    # made this quadratic: 1.5 s of 2.1 s on 50 kB from the sources)
    periods = {c.start for c in cands if c.kind == "period" and c.pre.startswith(_LEADS)}
    if not periods:
        return cands
    framed = set()
    for word in cands:
        if word.kind != "vague":
            continue
        gap = _SPACES.match(text, word.end)  # the period must stand right after the word
        if gap is not None and gap.end() > word.end and gap.end() in periods:
            framed.add(id(word))
    return [c for c in cands if id(c) not in framed] if framed else cands
