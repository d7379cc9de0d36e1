"""The period of speaking as the frame of a comparison or a count (issue 12, stop 60, tune12
t2).

"We expect to be busier this year than last year at this time", "The Census option is
available for the second time this year": "this year" is the period a level is compared over
or a count of times is taken in, not a time by which anything is done; nothing falls due at
its end (`due=None`, no refusal word).

Only the running period ("this year", "this month", "this week", "this quarter", "this
season"), and only with one of two frames in its sentence: a comparison with "than" or
"compared with/to" after the period ("busier this year than last year"), or an ordinal count
of times ("for the second time this year"). A pledge of more ("We will publish more reports
this year") has neither and keeps its date; so does either frame after a future act ("We will
recruit more volunteers this year than last year", "The Bank will cut rates for the second
time this year", review s60: a pledge whose size or turn is told), and a total an act will
reach ("The program will take the U.S. citizens to a total of 17 countries ... this month": a
pledge dated by the extraction labels, so "a total of" is no frame).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import Place

_RUNNING: Final = frozenset(("this year", "this month", "this week", "this quarter", "this season"))
# a comparison right after the period: "this year than last year", "this year, compared to"
_COMPARED_AFTER: Final = re.compile(r"[\s,]*(?:than|compared\s+(?:with|to)|as\s+against|versus)\b")
# an ordinal count of times right before it: "for the second time this year"
_NTH_TIME: Final = re.compile(
    r"\bfor\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|[0-9]+(?:st|nd|rd|th)|[a-z]+th)\s+time\s+$"
)
# an act undertaken before the period in its sentence: "We will recruit more volunteers this
# year than last year" is a pledge whose size is compared, "The Bank will cut rates for the
# second time this year" one whose turn is counted, each due at the year's end (not "We
# expect to be busier", "will be higher": a level)
_ACT_AHEAD: Final = re.compile(
    r"(?:\bwill|\bshall|'ll|\bgoing\s+to)\s+(?:[a-z]+ly\s+|also\s+|still\s+)?(?!be\b)[a-z]+\b"
    r"[^.;!?]*$"
)


def counted_over(place: Place | None) -> bool:
    """Whether the chosen phrase at `place` (words.located) is the running period a level
    is compared over or a count is taken in (see the module)."""
    if place is None:
        return False
    lowered, start, end, words = place
    if words.strip() not in _RUNNING:
        return False  # the cheap test first: most phrases are not the running period
    if (
        _COMPARED_AFTER.match(lowered, end) is None
        and _NTH_TIME.search(lowered, max(0, start - 40), start) is None
    ):
        return False
    return _ACT_AHEAD.search(lowered, max(0, start - 120), start) is None
