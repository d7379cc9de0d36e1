"""Hours given as a heading or beside a phone number are a standing schedule (issue 12,
round 27b): "Hours: 8:00 a.m. to 8:00 p.m. Eastern Time", "Opening hours: 9 a.m. - 5 p.m.",
"by calling 907-683-9532, 9 a.m.-4 p.m." name the hours a place or a line is kept every
day, not a moment anything falls due; hours_kept.kept has standing.py refuse them as
"recurring" (CONVENTIONS 1.3) when no day or date is given.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import CLOCK_AMPM_RANGE, DAY_NUM, MONTH_FULL, WEEKDAY

# a heading "Hours:" (or "Opening hours:", "Office hours:") and the range straight after it
_HOURS_HEADING: Final = re.compile(
    r"\b(?:(?:opening|office|business|visiting|phone|telephone|call\s+centre|call\s+center)"
    r"\s+)?hours\s*:\s*" + CLOCK_AMPM_RANGE
)
# a phone number ("907-683-9532", "0800 123 4567") and, after a comma or a bracket, a range
_PHONE_HOURS: Final = re.compile(
    r"[0-9]{3,4}[-. ][0-9]{3,4}\s*(?:,|\(|;|–|-)\s*" + CLOCK_AMPM_RANGE
)


# a day named anywhere in the text: the hours may then be that day's ("Hours: 9 a.m. to 5
# p.m. tomorrow"), or the day the act's own ("The helpline ..., 9 a.m. to 5 p.m., will close
# on Friday")
_A_DAY: Final = re.compile(
    r"\b(?:today|tonight|tomorrow|"
    + WEEKDAY
    + r"|"
    + DAY_NUM
    + r"\s+"
    + MONTH_FULL
    + r"|"
    + MONTH_FULL
    + r"\s+"
    + DAY_NUM
    + r")\b"
)


def kept(text: str) -> bool:
    """The lowered text gives hours under a heading or beside a phone number, and names no
    day."""
    if "hours" in text and _HOURS_HEADING.search(text) is not None:
        return _A_DAY.search(text) is None
    return (
        ("call" in text or "phone" in text or "line" in text)
        and _PHONE_HOURS.search(text) is not None
        and _A_DAY.search(text) is None
    )
