"""Hours kept every day do not give a date its time (issue 12, round 27b).

"The picnic area is open daily from 9:30 am – 5 pm ... until May 15": the clock range is
the daily opening, kept on each day up to the date; the schedule runs until that date, so
the date falls due at its end (CONVENTIONS 3.3), not at 5 p.m. of it. combine.py's loose
join of one day and one clock time asks here first, and drops the daily hours.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import EVERY_DAY

# "daily", "every day", "each day", "seven days a week" right before the clock range; or
# "weekdays" ("by June 20 at 800-621-8431 (weekdays, 10 a.m. to 5:30 p.m.)": an office's
# hours, kept each weekday, were the deadline's clock with no warning, stop 56)
_DAILY_BEFORE: Final = re.compile(
    r"\b(?:"
    + EVERY_DAY
    + r"|(?:on\s+|every\s+)?weekdays|every\s+weekday)[\s,]*(?:from|between)?\s*$"
)


def kept_daily(text: str, start: int) -> bool:
    """The clock time or range at `start` of the lowered `text` is hours kept every day."""
    lo = max(0, start - 30)
    if text.find("da", lo, start) < 0:
        return False  # every schedule word holds "da" ("daily", "weekdays"): most hits pass
    return _DAILY_BEFORE.search(text, lo, start) is not None
