"""Round 27f of issue 12: a night named by its event ("on Census night", "on election
night", "on opening night") is that event's night, not tonight. The bare word "night" reads
as tonight ("we will finish the count by night"), so a noun in front of it, with no article
or day word before the pair, names a night the words do not date: "event".

Not touched: a day's night ("Thursday night", "tomorrow night", "last night"), a described
night ("a cooler night", "the same night"), "day and night", "late night", "all night".
The cue is the hit's core, then one anchored match on the words before it.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import WEEKDAY

# words that make "<word> night" a described night, whether in front of it or the noun's
_DETERMINERS: Final = (
    "a an the this that these those every each one same last next first second third final"
    " whole entire any some no tomorrow's today's yesterday's"
)
_DESCRIBED: Final = frozenset(_DETERMINERS.split())
_NOT_A_NAME: Final = frozenset(
    (_DETERMINERS + " late all and or to by at on in of for from per good mid overnight").split()
    + "tomorrow today yesterday tonight".split()
)
# the word before "night", and the one before it (if any)
_BEFORE: Final = re.compile(r"(?<![a-z'-])(?:([a-z'-]+)\s+)?([a-z][a-z'-]*)\s+$")
_WEEKDAY_WORD: Final = re.compile(rf"{WEEKDAY}[a-z']*$")


def event_night(text: str, start: int) -> bool:
    """Whether the bare "night" at text[start:] is named by an event word in front of it."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word, det = before.group(2), before.group(1)
    if word in _NOT_A_NAME or _WEEKDAY_WORD.match(word) is not None:
        return False
    return det is None or det not in _DESCRIBED
