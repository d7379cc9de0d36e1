"""A commitment told as the noun an actor states, or as a pledge under way.
Issue 13, round 31b (recall). Readouts and news reports give a commitment in forms the
commitment cues ("committed to", "pledged to", "promised to") did not read:
- the commitment, the intention or the plan stated, confirmed or renewed, with its act:
  "The Prime Minister began by expressing commitment to visit Australia", "The High
  Representative confirmed the intention of the EU to bring its Strategy in line",
  "The President reaffirmed the U.S. commitment to the Strategic Framework Agreement",
  "The two leaders recommitted to ensuring that ...";
- the pledge in the progressive: "Senior officials are pledging billions of dollars more
  in civil aid", "President Karzai is promising donors a vigorous fight against
  corruption".
The actor states a commitment of his own (CONVENTIONS 1.1 and 1.2: reported, whatever the
tense of the reporting verb), so the cue is a commitment ("commit"). Left out: readiness
("expressed his readiness to travel"), which is a stance (2.3); a commitment to a thing
kept, not an act ("reaffirmed their commitment to the alliance" with no agreement or
plan named); and the relative clause "anyone who is promising them", a description.
Only grammar is read here, never a particular actor.
"""

from __future__ import annotations

import re

_STATES = (
    r"(?:confirm(?:ed|s|ing)?|express(?:ed|es|ing)?|reaffirm(?:ed|s|ing)?|"
    r"reiterat(?:ed|es|ing)|restat(?:ed|es|ing)|renew(?:ed|s|ing)?)"
)
_WHOSE = r"(?:the\s+|their\s+|his\s+|her\s+|its\s+|our\s+|a\s+|an\s+)?(?:[\w.\-]+\s+){0,3}?"
# What the commitment binds to: an act ("to visit"), or an agreement, a plan or a
# framework the actor will keep ("to the Strategic Framework Agreement").
_TO_ACT = (
    r"(?:of\s+(?:[\w.\-]+\s+){1,4}?)?to\s+(?:(?!the\b|a\b|an\b|its\b|their\b|our\b)[a-z]{2,}\b|"
    r"(?:the|its|their|our)\s+(?:[\w.\-’']+\s+){0,5}?(?:[Aa]greement|[Pp]lan|[Ff]ramework|"
    r"[Aa]ccord|[Dd]eal|[Tt]reaty|[Ss]trategy|[Rr]oadmap)\b)"
)
_AVOWAL = re.compile(
    # "expressing commitment to visit", "confirmed the intention of the EU to bring"
    rf"\b(?P<noun>{_STATES}\s+{_WHOSE}(?:intention|commitment|determination))\s+{_TO_ACT}"
    # "The two leaders recommitted to ensuring"
    r"|\b(?P<again>recommit(?:ted|s)?)\s+(?:themselves\s+)?to\s+[a-z]"
    # "are pledging billions", "is promising donors a vigorous fight"; not "who is promising"
    r"|(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)\b(?:is|are|am|[’']s|[’']re)\s+(?:now\s+|also\s+)?"
    r"(?P<ing>promising|pledging|vowing)\b(?!\s+(?:that\s+)?(?:it|this)\s+(?:is|was)\b)"
)


def avowal_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a commitment stated as a noun or a pledge under way."""
    found: list[tuple[str, int, int]] = []
    for match in _AVOWAL.finditer(text):
        group = next(name for name in ("noun", "again", "ing") if match.group(name))
        found.append(("commit", *match.span(group)))
    return found
