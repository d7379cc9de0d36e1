"""Schedules moved or kept, and whose they are.

Issue 13, round 25a (recall and speakers). A statement that puts a trip off tells the new
date in the passive perfect, with no "will": "The Minister's visit to Lisbon has been
postponed to May 6-7", "The talks have been rescheduled for 12 October". The new time
is the commitment (CONVENTIONS 1.3: announced schedules; the postponed time counts as
the new time), so a move to a date the sentence names is a schedule cue; a move with no
date ("has been postponed indefinitely") and a move told in the simple past ("was
postponed to March" in a history) are not read here.

Such sentences name the traveller by a possessive ("The President's visit to Mexico",
"the Secretary's trips to Asia"): the owner of the trip is its actor, not "the
President's" nor the last country the trip goes to; "His visit to Fiji on 3-4 May" is
the visit of the person "he" stands for (round 28f). And an event that goes ahead in
named places ("The regional meetings in Lyon, France and Turin, Italy will go forward as
scheduled") is held by whoever the text tells of, never by the last place named.

Only grammar is read here, never a particular person or place.
"""

from __future__ import annotations

import re

from bot.core.extract.actors import EVENTS, is_actor
from bot.core.extract.calendar_names import WEEKDAY
from bot.core.extract.cues import MONTH_NAMES

# A time to move to: "May 6-7", "Sept. 12", "12 October", "Tuesday", "next week", "the autumn".
_NEW_TIME = (
    rf"(?:{MONTH_NAMES}\.?\s+\d|\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{MONTH_NAMES}\b|{WEEKDAY}\b|next\s+(?:week|month|year)\b|"
    r"(?:later|early)\s+(?:this|next)\s+(?:week|month|year)\b|the\s+(?:spring|summer|autumn|"
    r"fall|winter)\b|(?:the\s+)?(?:week|end)\s+of\s+)"
)
# "has been postponed to May 6-7", "have been rescheduled for 12 October", "has been
# moved back to Tuesday".
_MOVED = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|also\s+)?been\s+(?:\w+ly\s+)?(?P<act>postponed|rescheduled|"
    r"re-scheduled|moved|pushed\s+back|put\s+back|brought\s+forward|delayed|deferred)"
    rf"(?:\s+(?:back|forward))?\s+(?:to|until|till|for)\s+(?:on\s+)?(?={_NEW_TIME})"
)
# A subject longer than this is not one of these.
_LONGEST_SUBJECT = 200
# What a trip or an engagement is: "visit", "trips", "travel", "meetings", a "final stop" (stop 56).
_OUTINGS = r"(?:visits?|trips?|travels?|journey|tour|meetings?|talks|summit|appearances?|stops?)"
# A place phrase of names: "to Brazil, Argentina and Venezuela", "in San Jose, Costa Rica".
_PLACE_WORD = r"(?:[A-Z][\w.\-]*|and|the|of)(?:[ \t]*,)?"
_PLACES = rf"{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,11}}"
# The subject of its sentence, "The President's visit to Mexico", "the Secretary’s trips to
# Brazil and Chile": a possessive owner, the outing, then only where it goes.
_OWNED_OUTING = re.compile(
    rf"^\s*(?:(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w.\-]*\s+){{0,4}}?[A-Z][\w.\-]*)(?:’s|'s)|"
    rf"(?P<pronoun>[Hh]is|[Hh]er))\s+(?:[a-z]+\s+)?{_OUTINGS}(?:\s+(?:to|in)\s+{_PLACES})?"
    rf"(?:\s+(?:on|in|from|next|this)\s+[\w\-–]+(?:\s+[\w\-–]+){{0,3}})?$"
)
# A pronoun that owns the outing stands for its subject: "His visit to Fiji" is his.
_SUBJECT_PRONOUN = {"his": "he", "her": "she"}
# An event as the subject, then the places it is held in: "The regional summit meetings in
# Bridgetown, Barbados and San Jose, Costa Rica".
_EVENT_IN_PLACES = re.compile(
    rf"^\s*(?:[Tt]he\s+)?(?:[a-z]+\s+){{0,3}}(?P<event>{'|'.join(sorted(EVENTS))}|meetings|"
    rf"summits|conferences|visits)\s+(?:in|at)\s+{_PLACES}$"
)


def moved_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of an engagement moved to a time the sentence names."""
    return [("schedule", *m.span("act")) for m in _MOVED.finditer(text)]


def outing_owner(prefix: str, text: str) -> str | None:
    """Whose a subject's trip or event is, from the words before its verb: the possessive
    owner of "The President's visit to Mexico", or the event itself ("meetings") when only
    places follow it, which commits no one (the caller looks further for the actor)."""
    tail = prefix.rstrip(" ,")
    if len(tail) > _LONGEST_SUBJECT:
        return None
    owned = _OWNED_OUTING.match(tail)
    if owned and owned.group("pronoun"):
        return _SUBJECT_PRONOUN[owned.group("pronoun").lower()]
    if owned and is_actor(owned.group("owner"), text):
        return owned.group("owner")
    placed = _EVENT_IN_PLACES.match(tail)
    return placed.group("event").lower() if placed else None
