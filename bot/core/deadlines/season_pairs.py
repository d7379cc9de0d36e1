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

Stop 61: a slash or "or" joins two seasons too ("the Spring/Summer of 2011", "spring or
summer 2028": of alternatives the later counts, which is the pair's end), and a year written
after the second season ("the spring and summer of 2028", "the autumn/winter of 2027") is
the pair's: the second season of that year, the first the one before it ("the winter/spring
of 2027" from December 2026). The first season alone had been read in its next occurrence
and the year dropped with no warning ("during the Spring/Summer of 2011", said in 2015, fell
due in May 2016).

Read by periods (a season read with its words).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import SEASON_EVENT_NOUNS

# the join and the second season, then no noun that makes it an event's name (the nouns
# vocabulary.py refuses after a single season)
_SECOND: Final = re.compile(
    r"\s*(?:[-/]|\s(?:and|or|to|into|through|thru)\s)\s*(?:the\s+)?(?P<season>spring|summer"
    r"|autumn|fall|winter)\b(?![-'’])(?!\s+(?:" + SEASON_EVENT_NOUNS + r")\b)"
    # the pair's year, written after the second season: "of 2011", "2028"
    r"(?:,?\s+(?:of\s+)?(?P<year>[12][0-9]{3})\b(?![-/–]))?",
    re.IGNORECASE,
)


def second_season(text: str, end: int) -> tuple[str, int | None] | None:
    """The season joined after the one ending at `end` ("autumn and winter") and the year
    written after it ("the spring/summer of 2011"), or None."""
    if end >= len(text) or text[end] not in " -/":
        return None  # most seasons: a stop or a comma after them
    m = _SECOND.match(text, end)
    if m is None:
        return None
    return m["season"].lower(), int(m["year"]) if m["year"] else None
