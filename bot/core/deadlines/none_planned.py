"""A day told first, then that nothing is planned on it (issue 12, round 26f; CONVENTIONS
4.1): "On Friday, no votes are expected in the House", "Next week, no sittings are
scheduled", "Tomorrow, no further hearings will be held". The denial follows the day
instead of coming before it ("No votes are expected on Friday", clauses.nothing_planned),
so the day is denied all the same.

Only a phrase that opens its sentence, then a comma, then "no", at most three words of a
subject and a verb of planning ("On Friday, no more than five votes are expected" is an
amount, not a denial, and keeps Friday). Cheap: the caller
runs it only when the text holds "no ".
"""

from __future__ import annotations

import re
from typing import Final

# the sentence's head before the phrase: nothing, or a stop and spaces
_HEAD: Final = re.compile(r"(?:^|[.;:!?]|\n)\s*$")
_NONE_AFTER: Final = re.compile(
    r"\s*,\s*no\s+(?!(?:doubt|question|fewer|more|less|later|sooner|earlier|longer|matter)\b)"
    r"(?:[a-z-]+\s+){0,2}[a-z-]+\s+(?:is|are|will\s+be|have\s+been|has\s+been)\s+"
    r"(?:expected|planned|scheduled|foreseen|anticipated|envisaged|held|taken)\b"
)


def fronted_none(text: str, start: int, end: int) -> bool:
    """Whether the phrase at text[start:end] (lower-case text, `start` before its lead-in
    words) opens its sentence and is followed by "no <thing> is expected/planned"."""
    return (
        _NONE_AFTER.match(text, end) is not None
        and _HEAD.search(text, max(0, start - 4), start) is not None
    )
