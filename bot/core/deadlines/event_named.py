"""A date that names an event told of after a past verb (issue 12, round 26f): "The board
has released additional details on its Aug. 6-7 fact-gathering hearing", "has published
the agenda for its December 14 meeting" (said in December). The past act (releasing,
publishing) is told of the event, whose date stands before its noun: the date is the
event's, still ahead, not the act's.

Only a date before an event noun (at most two words between: "fact-gathering"), after
"on", "of", "for" or "about" and an article or a possessive, and a date still ahead as the
calendar reads it: "The board held its March 3 meeting", said in July, stays past (the
verb holds the event itself, and no preposition stands before it), and so does a record of
the event ("published the transcript of its December 14 hearing"). Cheap: the anchored test
of the event noun after the phrase runs before any look back.
"""

from __future__ import annotations

import re
from typing import Final

_EVENT_AFTER: Final = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:hearings?|meetings?|summit|conference|session|visit|vote"
    r"|debate|trip|talks|forum|workshop|webinar|briefing|event)\b"
)
_TOLD_OF: Final = re.compile(r"\b(?:on|of|for|about)\s+(?:its|their|his|her|our|the|this)\s+$")
# a record made of the event once held: "the transcript of its December 14 hearing" is of
# a past hearing, the calendar's reading of the year-less date notwithstanding
_RECORD_OF: Final = re.compile(
    r"\b(?:transcripts?|minutes|videos?|recordings?|records?|reports?|summary|summaries"
    r"|results|outcomes?|photos?|footage|highlights|recap)\s+(?:on|of|about)\s+"
    r"(?:its|their|his|her|our|the|this)\s+$"
)


def named_event(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] (lower-case text) stands before the noun of an
    event that a phrase "on/of/for/about its ..." names."""
    return (
        _EVENT_AFTER.match(text, end) is not None
        and _TOLD_OF.search(text, max(0, start - 20), start) is not None
        and _RECORD_OF.search(text, max(0, start - 40), start) is None
    )
