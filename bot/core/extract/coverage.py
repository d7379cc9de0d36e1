"""Who carries the coverage an advisory announces: the broadcaster owning the channel.

A media advisory tells how its agency will broadcast an event: "Coverage will begin on
NASA Television and the agency's website Sunday", "Live coverage of the rendezvous will
begin at 5:30 a.m. on NASA TV", "NASA Television coverage of the launch begins at 12:15
p.m.", "All briefings ... will air live on NASA TV". The actor is the agency that owns
the channel (NASA), not the astronaut or the company the sentence before named, nor the
channel itself.

Issue 13, stop 58 (helper xs58, blind139's misses).
"""

from __future__ import annotations

import re

# The sentence's subject is the coverage: "Coverage", "Live coverage of ...", "NASA
# Television coverage of ...", "Prelaunch coverage".
_COVERAGE_SUBJECT = re.compile(r"\s*(?:[A-Z][\w\-]*\s+){0,2}?[Cc]overage\b")
# Or its act is the broadcast of a programme: "will air live on", "will be broadcast on",
# "will be streamed on"; not a person's own broadcast ("The Prime Minister will broadcast on
# BBC Television tonight": he speaks), so the transitive verbs only in the passive.
_AIRS = re.compile(
    r"\b(?:airs?|aired|(?:be|been|being|is|are|was|were)\s+(?:broadcast|streamed|televised))"
    r"\s+(?:live\s+)?on\b"
)
# A reporting verb: the coverage is what someone said ("Keir Starmer said his address will
# air live on BBC TV"), and the reported speaker is read as for any reported plan.
_REPORTED = re.compile(r"\b(?:said|says|told|announced|confirmed)\b")
# The channel and its owner: "on NASA Television", "on NASA TV".
_CHANNEL = re.compile(r"(?:\bon\s+|^\s*)(?P<owner>[A-Z][A-Za-z]{1,15})\s+(?:TV|Television)\b")


def broadcaster(text: str) -> str | None:
    """The owner of the channel that carries the coverage the sentence announces."""
    if not (_COVERAGE_SUBJECT.match(text) or (_AIRS.search(text) and not _REPORTED.search(text))):
        return None
    channel = _CHANNEL.search(text)
    return channel.group("owner") if channel else None
