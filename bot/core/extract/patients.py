"""The subject of a passive future is what is acted on, not who acts.

"Polish will be considered along with other languages" in a minister's written answer
commits the minister, not Polish; "Timetables in Gaelic will be reviewed" likewise. With
no agent named ("by COAG Senior Officials", which `framing.passive_agent` reads), the one
who acts is the voice that speaks the sentence (a transcript label, a written answer's
"Answered by" line, an "X said:" paragraph), so the subject gives way to it. A titled
person stays the actor ("The Minister will be briefed tomorrow" is the Minister's
engagement), and without a voice nothing changes.

Issue 13, round 26b (blind36's written answers).

A thing "scheduled for delivery" or "due for replacement" is acted on just as a passive's
subject is: "The fourth ship, to be named LÉ George Bernard Shaw, is scheduled for delivery
in mid 2018" in a minister's written answer is the minister's (the ship is handed over, it
does not act). Issue 13, stop 59 (blind141's written answers on naval ships).

With no voice either, the one who acts is the text's issuer (`issued`, stop 39, tuner d):
"Buford Dam Road will be reopened to public traffic" in a district's notice, "Direct
Federal assistance will be provided" in an agency's release commit the agency that issues
the text (`speech.Voices.issuer`), not the road or the assistance. Without an issuer nothing
changes.

Nor is a verb phrase an actor (`unless_verbal`, round 29e): the nearest phrase before "will be"
in "A motion to confirm the orders will be debated" is "confirm the orders", in "A plan
to grow the economy by slashing waste will be unveiled" "slashing waste". A phrase that
opens on a lowercase word (not an article or a possessive) right after an infinitive's
"to" or a "by" names no one.
"""

from __future__ import annotations

import re

from bot.core.extract import speech
from bot.core.extract.clauses import Cue
from bot.core.extract.cues import DETERMINERS, has_title

# "will be considered", "will then be reviewed", "will be given": an agentless passive; a
# quotation may open inside it ('will "preferably be launched in October," he said').
_PASSIVE = re.compile(
    r"\s+[\"“‘']?(?:\w+ly\s+|then\s+|also\s+)?be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ght)\b"
    r"(?!\s+(?:[\w’'\-]+\s+){0,3}?by\b)"
)

# "is scheduled for delivery", "are due for replacement": a noun of an act done to the subject.
_FOR_AN_ACT = re.compile(
    r"(?<=\bfor)\s+(?:its\s+|their\s+)?(?:delivery|handover|hand-over|completion|"
    r"commissioning|decommissioning|replacement|refurbishment|renovation|demolition)\b"
)


def _acted_on(text: str, cue: Cue, subject: str) -> bool:
    """Whether `subject` (lower case), before `cue` in `text`, is only what an agentless
    passive acts on (no title in it: "The Minister for Ports will be briefed" is an actor),
    or what an act scheduled "for delivery" is done to."""
    if not _PASSIVE.match(text, cue.end) and not _FOR_AN_ACT.match(text, cue.end):
        return False
    return not has_title(subject.split())


def patient(text: str, cue: Cue, subject: str, voice: str | None) -> bool:
    """Whether `subject` is only what an agentless passive acts on (`_acted_on`) while a
    `voice` speaks the sentence."""
    return voice is not None and _acted_on(text, cue, subject)


def issued(reading: speech._Reading, text: str, cue: Cue, subject: str) -> str | None:
    """The issuer of the text `reading` reads, when `subject` (lower case) is only what an
    agentless passive at `cue` acts on (the caller found no voice for the sentence)."""
    issuer = speech.model(reading).issuer
    return issuer if issuer and _acted_on(text, cue, subject) else None


_VERB_LEAD = re.compile(r"(?:^|\s)(?:to|by)\s+$")
_FROM = re.compile(r"\bfrom\b[^,;]*$")


def unless_verbal(before: str, phrase: str | None) -> str | None:
    """`phrase`, found at the end of `before`, unless it follows "to" or "by" and opens on
    a lowercase word that no article introduces: a verb phrase, which names no one."""
    if not phrase or not phrase[:1].islower() or phrase.split()[0].lower() in DETERMINERS:
        return phrase
    at = before.rfind(phrase)
    lead = _VERB_LEAD.search(before[max(0, at - 12) : at]) if at > 0 else None
    if lead is None or _FROM.search(before[: max(0, at - 12) + lead.start()]):
        return phrase  # "from financial services to high street retailers": a range
    return None
