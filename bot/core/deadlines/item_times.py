"""A schedule's item named "<something> Time" is no zone (issue 12, round 27b).

Press schedules list an item by the moment people gather for it: "7:45 AM Out-of-Town
Pool Call Time", "2:30 PM Crew Start Time". The capitalised words before "Time" look like
a zone name we cannot place ("Fiji Island Time"), and an unknown zone refuses the phrase;
when the last of them is a word for a moment of a gathering (a call, a start, the doors),
the words name the item and the clock time is read on the server's calendar.
"""

from __future__ import annotations

import re
from typing import Final

_ITEM_TIME: Final = re.compile(
    r"\b(?:call|start|starting|arrival|departure|show|tee|gather|meet|check-in|doors|kick-off"
    r"|kickoff|line-up|lineup|report|curtain|wheels[ \t-]up)[ \t]+time$",
    re.IGNORECASE,
)


def names_an_item(zone: str) -> bool:
    """`zone` (capitalised words ending in "Time") names a schedule's item, not a zone."""
    return _ITEM_TIME.search(zone) is not None
