"""A time that only dates the subject talked about (issue 12, stop 60, tune12 t2).

"I now turn to business tomorrow", "Mr. Speaker, I take this time to inquire about the
schedule for next week", "So that's just an overview of the meeting on Wednesday", "we can go
through some more specifics about the meetings on Wednesday", "In regard to the business on
Friday, of this week, ...": the words name what the speaker talks or asks about (a sitting's
business, a schedule, a meeting), and the time dates that subject. Nobody undertakes anything
for it in these words: the talking is now, and what the business or the meeting will hold is
not told, so nothing falls due (`due=None`, no refusal word; CONVENTIONS 2.2 reads a day on
the verb of speaking so, and 4.3 a time only asked about).

Only a preposition or noun of talking about ("about", "regarding", "concerning", "in regard
to", "with regard to", "turn to", "overview of", "specifics about", "details of") right
before the subject noun ("business", "schedule", "programme", "agenda", "meeting"), and the
time right after that noun ("for next week", "on Wednesday", "tomorrow"); the subject's own
verb after the time ("the business for next week will be ...") tells what it holds, and keeps
the date.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import Place

# cheap substring tests first: one of them must stand in the lowered text
_CUES: Final = ("about", "regard", "concerning", "turn to", "overview", "details of")

# the talking-about words, the subject noun and its link to the time, ending at the phrase
_TOPIC: Final = re.compile(
    r"\b(?:about|regarding|concerning|(?:in|with)\s+regard\s+to|turn(?:s|ing)?\s+(?:now\s+)?to"
    r"|overview\s+of|details\s+of)\s+"
    r"(?:(?:the|this|that|our|next|tomorrow's|today's)\s+)?(?:[a-z-]+\s+)?"
    r"(?:business|schedule|programme|program|agenda|meetings?)\s+(?:for\s+|on\s+)?$"
)
# the subject's own verb after the time: what the business or meeting holds is told
_TOLD_AFTER: Final = re.compile(r"[\s,]*(?:(?:will|shall|is|are|has|have|was|were|would)\b|'ll\b)")


def talked_about(place: Place | None) -> bool:
    """Whether the chosen phrase at `place` (words.located) only dates the subject the
    speaker talks or asks about (see the module)."""
    if place is None:
        return False
    lowered, start, end, _ = place
    if not any(cue in lowered for cue in _CUES):
        return False
    if _TOPIC.search(lowered, max(0, start - 80), start) is None:
        return False
    return _TOLD_AFTER.match(lowered, end) is None
