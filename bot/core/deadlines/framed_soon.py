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

from typing import Final

from bot.core.deadlines.context import Candidate

_LEADS: Final = ("in ", "during ")


def drop_framed(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` without a vague word that a period right after it frames."""
    if len(cands) < 2:
        return cands
    framed = {
        id(word)
        for word in cands
        if word.kind == "vague"
        for period in cands
        if period.kind == "period"
        and period.pre.startswith(_LEADS)
        and period.start > word.end
        and not text[word.end : period.start].strip()
    }
    return [c for c in cands if id(c) not in framed] if framed else cands
