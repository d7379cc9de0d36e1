"""A clock time said in the place's own time (issue 12, stop 53, fix12).

The State Department's public schedules give each item's time in the time of the place the
Secretary is in: "10:00 a.m. LOCAL Secretary Rubio meets with NATO Secretary General Mark
Rutte, at NATO Headquarters, in Brussels, Belgium." The parser read "10:00 a.m." in the
publisher's zone (Washington's), five or six hours off, without a word. "LOCAL" after a
clock time now names the zone of the place the sentence names, when it names one whose zone
the parser knows (a city or country of `zone_words.ZONES_BY_WORD`, capitalised as a place
is: "in Brussels", "Tokyo"); and "local time" does the same when a place is named ("at 9am
local time in Tokyo"). A "LOCAL" whose place the sentence does not name, or names two on
different clocks, is refused as a zone the parser cannot place (`refusal='zone'`, as an
unknown zone name is: blind_real.py, "a zone we cannot place ... is refused, never read in
the server's zone"). "local time" with no place keeps its documented reading, the server's
own zone ("Polls close at 8pm local time"). Two places on one clock on that day ("from Tokyo
to Seoul") name that clock.
"""

from __future__ import annotations

import re
from datetime import tzinfo
from typing import Final

from bot.core.deadlines.context import Candidate
from bot.core.deadlines.zone_words import ZONES_BY_WORD
from bot.core.deadlines.zones import zone_named

# zone words that name a clock, not a place a sentence would put someone in
_NOT_PLACES: Final = frozenset(
    (
        "et",
        "ct",
        "mt",
        "pt",
        "eastern",
        "central",
        "mountain",
        "pacific",
        "chamorro",
        "uk",
        "alaska local",
        "a.l.t",
        "central european",
        "eastern european",
        "western european",
    )
)
_PLACES: Final = {
    " ".join(part.capitalize() for part in word.split()): zone
    for word, zone in ZONES_BY_WORD.items()
    if isinstance(zone, str) and word not in _NOT_PLACES
}
_PLACE: Final = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, sorted(_PLACES, key=len, reverse=True)))
    + r")\b(?!['\u2019]s\s+time)"
)
# "LOCAL" right after a clock time, as the schedules write it (capitals, perhaps bracketed)
_LOCAL: Final = re.compile(r"[ \t]*\(?LOCAL\b")
# the end of the sentence: a stop after a word that is no "a.m."/"p.m.", or a line's end
_END: Final = re.compile(r"(?<![ap]\.m)(?<![AP]\.M)\.(?=\s|$)|[;!?\n]")
# how far either side of the time its sentence is looked for: a schedule's line or a long
# sentence, not a whole paste (stop 54: the look back ran from the text's start, and the
# look ahead to its end when no stop came)
_REACH: Final = 1000


# "local time" said to be each applicant's own ("5:00 p.m. local time (of the applicant
# institution/organization)"): a clock the sentence cannot name, read in the server's zone
# with no warning before stop 56
_OWNER: Final = (
    r"(?:applicant|applying|recipient|offeror|bidder|submitter|sender|institution"
    r"|organi[sz]ation|proposer|respondent)s?"
)
_OWNED: Final = re.compile(
    r"\blocal\s+time\s*\(?\s*of\s+(?:the\s+|your\s+|their\s+|each\s+)?"
    r"(?:[a-z]+\s+)?" + _OWNER + r"\b",
    re.IGNORECASE,
)
_OWNED_REACH: Final = 60  # from the clock time's end: "local time (of the applicant"


class NoPlace(Exception):
    """A "LOCAL" time whose place the sentence does not name (or names two on different clocks)."""


def _one_clock(zones: set[str], cand: Candidate) -> tzinfo | None:
    """The first of `zones` when every one keeps the same clock on the candidate's day
    ("Asia/Tokyo" and "Asia/Seoul", "Europe/Paris" and "Europe/Berlin"), else None."""
    when = cand.res.due
    if when is None:
        return None
    named = [zone_named(z) for z in sorted(zones)]
    offsets = {when.astimezone(z).utcoffset() for z in named}
    return named[0] if len(offsets) == 1 else None


def local_zone(text: str, cand: Candidate) -> tzinfo | None:
    """The zone "LOCAL" or "local time" after the chosen clock time names (see the module
    docstring); None when neither is there, or "local time" names no place. Raises NoPlace
    for a "LOCAL" with no place the parser can place, and for the local time of each
    applicant (its words: "LOCAL" or "local time")."""
    if "LOCAL" not in text and "local time" not in text.lower():
        return None  # most texts (a substring test)
    parts = cand.words or ((cand.start, cand.end),)
    if any(_OWNED.search(text, a, b + _OWNED_REACH) for a, b in parts):
        raise NoPlace("local time")
    marked = next((m for _, end in parts if (m := _LOCAL.match(text, end)) is not None), None)
    if marked is None and not any("local time" in text[a:b].lower() for a, b in parts):
        return None
    after = marked.end() if marked is not None else cand.end
    stop = _END.search(text, after, after + _REACH)
    floor = max(0, cand.start - _REACH)
    begin = max((m.end() for m in _END.finditer(text, floor, cand.start)), default=floor)
    last = stop.start() if stop is not None else min(len(text), after + _REACH)
    zones = {_PLACES[m.group()] for m in _PLACE.finditer(text, begin, last)}
    if len(zones) == 1:
        return zone_named(zones.pop())
    if zones and (one := _one_clock(zones, cand)) is not None:
        return one  # "from Tokyo to Seoul": two places, one clock (review, stop 53)
    if marked is not None:
        raise NoPlace("LOCAL")
    return None
