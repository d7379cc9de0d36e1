"""An o'clock hour told "tonight" is an hour of the night (issue 12, round D).

"until 12 o'clock to-night", "at eleven o'clock tonight": the day word after the hour names
the part of the day the hour falls in, as "at night" or "in the evening" after it does
("twelve o'clock at night"). Without it a bare hour is whichever of its readings comes
first (daytimes.py), and "12 o'clock" is noon: said in the morning, "we would sit until 12
o'clock to-night" read as noon of that day, where the night's twelve o'clock, midnight, is
meant (the parser's docstring: midnight is 23:59:59 of its day; fresh67). Only the night
word right after the hour counts ("12 o'clock ... and the vote tonight" names no part).

Read by readers (the o'clock reading), which also reads "twelve ... at night" as midnight.
"""

from __future__ import annotations

import re
from typing import Final

# "tonight", "to-night", "tonite" right after the hour (a comma or "sharp" between allowed)
_TONIGHT: Final = re.compile(r"(?:\s*,)?\s+(?:sharp\s+)?(?:to-?night|tonite)\b", re.IGNORECASE)


def night_after(text: str, end: int) -> str:
    """ "night" when "tonight" follows the hour ending at `end`, else ""."""
    return "night" if _TONIGHT.match(text, end) else ""
