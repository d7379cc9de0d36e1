"""A sum earmarked in the present: "€5.1 billion is earmarked for new national road projects".

`in_hand` reads a sum that "has been allocated" or "has been earmarked" for a purpose. A
plan or a budget tells the same in the plain present as often: "approximately €5.1 billion
is earmarked for new national road projects to 2030", "€300 million are earmarked for a
dedicated Ukraine Support Instrument", "£40 million is ring-fenced for". The money is
still to be spent (CONVENTIONS 1.5), so the sentence is read as a plan of whoever holds the
budget, as `in_hand` reads the perfect.

Issue 13, stop 58 (development misses of two publishers: an Irish answer on the NDP and an
EU release).
"""

from __future__ import annotations

import re

from bot.core.extract.funding import AMOUNT

# "€5.1 billion is earmarked for", "€300 million are also ring-fenced for".
_EARMARKED = re.compile(
    rf"{AMOUNT}\s+(?:is|are)\s+(?:now\s+|also\s+)?(?P<act>earmarked|allocated|ring-?fenced|"
    r"set\s+aside|reserved)\s+(?:for|to)\b"
)


def earmarked(text: str) -> list[tuple[str, int, int]]:
    """The cues (kind, start, end) of sums earmarked in the present: plans."""
    return [("plan", *match.span("act")) for match in _EARMARKED.finditer(text)]
