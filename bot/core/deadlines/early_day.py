""" "early <day>": the morning of that day (issue 12, stop 39g).

"early" before a period splits it in thirds (the package docstring: "early next week" is
Monday-Tuesday). Before a single day ("by early Friday", "early on Monday", "early
tomorrow") it names the first part of that day, and the parts of the day are documented:
the morning ends at 12:00. So the day takes the part "morning", as "Friday morning" does;
without "early" a day still falls due at its end, and "late Friday" is that end already.
The check is one slice compared before a weekday or a day word, nothing more.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Hit

# "early" right before the phrase (its filler words, such as "on", are the phrase's own)
_EARLY_BEFORE: Final = re.compile(r"\bearly\s+$", re.I)


def early_part(text: str, hit: Hit) -> str | None:
    """ "morning" when "early" stands right before the day `hit` names, else None."""
    before = text[max(0, hit.start - 8) : hit.start]
    return "morning" if "arly" in before and _EARLY_BEFORE.search(before) else None
