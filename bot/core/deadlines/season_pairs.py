"""Two seasons joined into one stretch (issue 12, round D): "through the autumn and winter",
"over the summer and autumn", "the winter to spring".

The scanner reads a season with "the" or a preposition in front; the season joined after
it by "and", "to", "into" or a dash has neither, so it was left unread and the stretch fell
due at the first season's end ("Through the autumn and winter she will lead a number of
sessions", said in September 2022: 30 November, where the sessions run to the winter's end,
28 February 2023; fresh67). Two seasons named together are one window, as two months are
("August and September", periods._months): from the first season to the end of the next
occurrence of the second after it, falling due at that end (the parser's docstring: a range
falls due at its later end). A second season that names an event ("the summer and winter
recess") is no season, as a season before those words is not (vocabulary.py).

Read by periods (a season read with its words).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import SEASON_EVENT_NOUNS

# the join and the second season, then no noun that makes it an event's name (the nouns
# vocabulary.py refuses after a single season)
_SECOND: Final = re.compile(
    r"\s*(?:-|\s(?:and|to|into|through|thru)\s)\s*(?:the\s+)?(?P<season>spring|summer|autumn|fall"
    r"|winter)\b(?![-'’])(?!\s+(?:" + SEASON_EVENT_NOUNS + r")\b)",
    re.IGNORECASE,
)


def second_season(text: str, end: int) -> str | None:
    """The season joined after the one ending at `end` ("autumn and winter"), or None."""
    if end >= len(text) or text[end] not in " -":
        return None  # most seasons: a stop or a comma after them
    m = _SECOND.match(text, end)
    return m["season"].lower() if m else None
