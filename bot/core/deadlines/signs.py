"""A count below zero (issue 12, stop 43 hunter h43): "within -5 days" is refused as a
number that cannot be read; so is one written apart from its digits ("by minus 5 days from
today", "no later than - 3 weeks", "negative 2 days"), whose sign had been dropped and the
span read as so many days ahead. Not a margin ("plus or minus 2 days", margins.py) or a
countdown ("T-minus 5 days"); a dash counts only after a word of a point in time, where no
aside opens ("the vote - 5 days from today - is final" keeps its five days)."""

from __future__ import annotations

import re
from typing import Final

_NEGATIVE_COUNT: Final = re.compile(
    r"(?:(?<!\bor\s)(?<!t-)\bminus|\bnegative|\b(?:within|in|by|than|until|till|for)\s+-)\s+$"
)


def negative_count(text: str, start: int) -> bool:
    """Whether the phrase at text[start:] is a count said below zero."""
    if start and text[start - 1] == "-" and (start < 2 or text[start - 2] == " "):
        return True  # "within -5 days"
    return (
        start > 2
        and text[start - 1] == " "
        and text[start - 2] in _SIGN_ENDS  # "minus", "negative", "-": most phrases stop here
        and _NEGATIVE_COUNT.search(text, max(0, start - 18), start) is not None
    )


_SIGN_ENDS: Final = frozenset("se-")
