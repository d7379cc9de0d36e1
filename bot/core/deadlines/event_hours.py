"""The hours of an event whose day is given elsewhere (issue 12, round 26c).

A notice names the day of a hearing in its heading or its first lines, then gives its hours
in a sentence of their own: "The hearing will begin at 10 a.m. at EPA's offices in Research
Triangle Park", "The workshop will be held from 9 a.m. to 5 p.m. at the FTC's conference
center", "A late afternoon session beginning at 5 p.m. and ending at 8 p.m.". With no day
in the sentence the clock time is the event's own hours, not today's: refused as "event"
(CONVENTIONS 1.3). Two shapes tell such a line from a time told for today ("The ceremony
will begin at 2:30 p.m. EDT", "launch coverage will begin at 3 p.m.", which stay due then):
the hours followed by the place the event is held, or its start and end both given.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.words import CLOCK_AMPM, HOURS_TO, MONTH, STARTING, WEEKDAY_OR_SHORT

_EVENT: Final = (
    r"\b(?:hearings?|sessions?|meetings?|workshops?|conferences?|briefings?|webinars?|forums?"
    r"|seminars?|symposium|panels?|ceremony|reception|presentations?|sittings?|events?"
    r"|inquiry|inquest|lectures?|tours?)\b"
)
_EVENT_WORD: Final = re.compile(_EVENT)
_STARTS: Final = r"(?:begins?|starts?|commences?|" + STARTING + ")"
_TO = HOURS_TO  # between the hours of a start and an end
# the event noun, a verb of holding or starting it, and nothing that ends the clause
_HELD: Final = re.compile(
    _EVENT
    + r"[^.;:!?]{0,60}?\b(?:will\s+(?:be\s+held|begin|start|commence|run|take\s+place|convene)"
    r"|(?:is|are)\s+(?:held|scheduled)|"
    + _STARTS
    + r"|runs?|takes?\s+place|convenes?)\b\s*(?:(?:at|from|between)\s+"
    + CLOCK_AMPM
    + r"(?:"
    + _TO
    + r"|\s*))?$"
)
# after the hours, the place: "at EPA's offices in ...", "at the FTC's satellite building
# conference center"
_VENUE: Final = re.compile(
    r"\.?(?:" + _TO + CLOCK_AMPM + r")?"
    r"\s*(?:[a-z]{2,4}\s+)?,?\s*(?:at|in)\s+(?:the\s+)?[a-z0-9'’.&-]+(?:\s+[a-z0-9'’.&-]+){0,6}?"
    r"\s+(?:offices?|cent(?:er|re)|building|hall|rooms?|hotel|headquarters|auditorium"
    r"|library|courthouse|campus|chambers?|theat(?:er|re)|annex"
    # and the other buildings that hold events (stop 39k: "at St. Paul's Cathedral")
    r"|cathedral|church|abbey|chapel|mosque|synagogue|temple|museum|gallery|stadium|arena)\b"
)
# the start and the end of the event, both: "starting at 9 a.m. and ending at noon"
_START_AND_END: Final = re.compile(
    _STARTS
    + r"\s+at\s+"
    + CLOCK_AMPM
    + r"\s*,?\s+and\s+(?:will\s+)?(?:ending|ends?|finishing|finish(?:es)?|concluding"
    r"|conclude[sd]?|adjourning|adjourns?)\s+(?:at|by)\s+" + CLOCK_AMPM
)
# a day in the sentence: the hours belong to it, not to a day given elsewhere
_DAY: Final = re.compile(
    r"\b(?:" + WEEKDAY_OR_SHORT + r"(?![a-z])|" + MONTH + r"[a-z]*\.?\s+[0-9]"
    r"|[0-9]{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r"|(?:today|tonight|tomorrow|each|every|daily)\b)"
)
_REACH: Final = 300


def held(text: str, start: int, end: int) -> bool:
    """The clock time at text[start:end] (lowered) gives the hours of an event whose day the
    sentence does not name."""
    after = text[end : end + 80]
    if (
        "at " not in after
        and "in " not in after
        and " and " not in text[max(0, start - 24) : end + 8]
    ):
        return False  # most clock times: no place after them, no end given
    both = _START_AND_END.search(text, start - 60 if start >= 60 else 0, end + 60)
    if both is not None and not both.start() <= start < both.end():
        both = None
    if both is None and _VENUE.match(text, end) is None:
        return False  # neither shape: the sentence is not read
    head = max(0, start - _REACH)
    for stop_before in clauses.WORD_STOP.finditer(text, head, start):
        head = stop_before.end()  # the sentence's start: not "p.m.", which WORD_STOP skips
    stop = clauses.WORD_STOP.search(text, end, end + _REACH)
    if _DAY.search(text[head : stop.start() if stop is not None else end + _REACH]) is not None:
        return False
    if both is not None:
        return _EVENT_WORD.search(text, head, both.start()) is not None
    return _HELD.search(text[head:start]) is not None
