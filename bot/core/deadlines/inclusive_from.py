"""A start told as inclusive, "from and including <day>" (issue 12, stop 39j).

"From and including the 11 August MPS release, the Bank will: ..." gives where a practice
starts, exactly as "from the 11 August ..." does: the words between "from" and the time only
say the first day belongs to the span ("from and including", "from and after", "from and
inclusive of"). Left in place they cut the time off its "from", and the date alone was read
as a deadline. They are hidden before the scan (each character kept in its place, as
misread.py keeps them), so the scanner reads "from <day>": an open start (`earliest`,
CONVENTIONS 3.2) or, after a verb of taking effect, the day of the change (3.1).

Read by misread.hide behind a substring test: most texts hold no "from and".
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import blanked

# "and including", "and after", "and inclusive of" right after "from" (not "from and to")
_INCLUSIVE: Final = re.compile(
    r"(?<=\b[Ff]rom)\s+and\s+(?:including|inclusive\s+of|after)(?=\s)", re.IGNORECASE
)


def hide(text: str) -> str:
    """`text` with the inclusive words after "from" blanked, every character in its place."""
    if "rom and" not in text and "ROM AND" not in text:
        return text
    return _INCLUSIVE.sub(blanked, text)
