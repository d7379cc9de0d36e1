"""The running of a sitting and the programme of an event: told, not pledged.

Issue 13, round 27b (blind38 and blind39's false candidates). A chair or a member who
runs a sitting says what the sitting or the speech will hold ("I will record a few
points", "The first item will be questions to the First Minister"), lets someone speak
("I shall certainly allow him the opportunity"), orders a member back to their seat or
gives a committee leave to sit (round 28c), or says what a question is for ("The
object of my question is to find out whether ..."): none of it binds anyone to an act
checkable later. Likewise a release that tells what an event will feature and offer its
visitors, and who will come along ("The fair will feature a brass band", "Visitors to the
show will also be able to enjoy ...", "Joining the Mayor for the opening will be ..."),
describes an occasion whose own date is the pledge ("is scheduled to be held at X on 22
June" stays). A list of what legislation "will" do ("These include a bill that will ...")
and a commitment to strengthen a relationship describe, too.

Each is doubted (`aside.DOUBTS`), never refuted: the sentence moves to the "maybe" list.
Only grammar is read here, never a particular body or sentence.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue
from bot.core.extract.procedures import ends_at_cue

# The speaker's own speech ahead: "I will record a few points", "we shall make two remarks".
_OWN_REMARKS = re.compile(
    r"\s+(?:\w+ly\s+|now\s+|just\s+|also\s+|therefore\s+){0,2}(?:record|make|say|raise|note|"
    r"set\s+out|add|offer|mention)\s+(?:a\s+few|a\s+couple\s+of|some|one\s+or\s+two|two|three|"
    r"several|a\s+number\s+of|a|one)\s+(?:(?:brief|short|further|final|general|quick)\s+)?"
    r"(?:points?|remarks?|comments?|words?|observations?)\b"
)
# An item of a sitting's business: "The first item will be", "The next item of business is".
_ITEM = re.compile(
    r"\b(?:first|next|second|third|last|final|only|main)\s+(?:item|business|order)"
    r"(?:\s+(?:of|on)\s+(?:business|the\s+(?:agenda|order\s+paper)))?"
    r"(?:\s+(?:today|tomorrow|(?:this|today[’']s|tomorrow[’']s)\s+\w+))?\s*$",
    re.IGNORECASE,
)
# A chair's leave to speak: "allow him the opportunity", "give the noble Lord a chance".
_LEAVE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:allow|give|afford|grant)\s+(?:him|her|them|the\s+(?:noble|hon\.?|"
    r"honourable|right|learned|gallant)\s+[^.;,]{1,50}?)\s+(?:the|an|that|a|every)\s+"
    r"(?:opportunity|chance)\b"
)
# What a question or a speech is for: "The object of my original question is to find out".
_MY_QUESTION = re.compile(
    r"\b(?:object|purpose|point|aim|intention)\s+of\s+(?:my|our|the|his|her)\s+(?:\w+\s+)?"
    r"(?:question|questions|remarks|speech|amendment|intervention|query|motion)\s*$",
    re.IGNORECASE,
)
# What an event will feature: "SkyFest will feature the Demonstration Team".
# ("The Mayor will feature in a debate on 10 March" is her appearance, and stays).
_FEATURES = re.compile(
    r"\s+(?:also\s+)?(?:feature|showcase)\s+(?!(?:in|at|on|as)\s)(?:the\s+|a\s+|an\s+)?\S"
)
# The chair's course of the sitting: "will deal with the private business", "go into
# private session" (issue 13, round 28a).
_SITTING = re.compile(
    r"\s+(?:now\s+)?(?:deal\s+with|take|go\s+into|move\s+into)\s+(?:the\s+)?"
    r"(?:private|public)\s+(?:business|session)\b"
)
# The chair's order to a member and a sitting's leave: "The member will resume his seat",
# "The committee shall have leave to sit twice" (a permission, not an obligation).
_ORDER_OR_LEAVE = re.compile(
    r"\s+(?:now\s+)?(?:resume\s+(?:his|her|their|your)\s+seats?|have\s+leave\s+to)\b", re.I
)
# Its visitors' enjoyment: "Patrons of the airshow will also be able to enjoy".
# (`occasions` reads the same words for the public's part in an announced event.)
AUDIENCE = (
    r"(?:visitors|patrons|attendees|participants|guests|spectators|fans|audiences?|"
    r"(?:the\s+)?public|those\s+attending|residents|citizens|stakeholders)"
)
_VISITORS = re.compile(
    r"\b" + AUDIENCE + r"(?:\s+(?:of|to|at)\s+[^,;:]{1,40})?\s*$",
    re.IGNORECASE,
)
_ABLE = re.compile(
    r"\s+(?:also\s+)?be\s+able\s+to\s+(?:\w+\s+)?(?:enjoy|see|view|watch|meet|tour|"
    r"explore|experience|visit|take\s+part|try|hear|learn|browse|sample)\b"
)
# Who comes along, inverted: "Joining Snow for the meeting will be the Chairman".
_JOINING = re.compile(r"^\W*Joining\s+[^.;:]{1,120}?\s*$")
# The items of a list, told: "These include legislation that will amend" (not "These
# include a promise that the council will repair every road by May": a pledge reported).
_INCLUDE = re.compile(
    r"^\W*(?:These|They|Those|Others)\s+(?:also\s+)?include\b"
    r"(?!\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w\-]+\s+)?(?:promises?|pledges?|"
    r"commitments?|undertakings?|guarantees?)\b)[^.;:]*$"
)
# A commitment to strengthen a relationship: "their commitment to reinforce the long
# standing, strategic relationship" (a bond, not an act checkable later).
_BOND = re.compile(
    r"\s*(?:further\s+)?(?:reinforc|strengthen|deepen|enhanc|bolster|consolidat|intensify)\w*\s+"
    r"(?:the|their|our|its|this)\s+(?:[\w\-]+,?\s+){0,6}?(?:relationship|ties|partnership|"
    r"friendship|bonds?)\b"
)


def running_doubt(text: str, cue: Cue, after: str) -> str | None:
    """The doubt (`aside.DOUBTS`) of a cue that runs a sitting or tells an event's
    programme, or None."""
    if cue.kind == "commit":
        return "describes" if _BOND.match(after) else None
    if cue.kind == "plan":
        return "describes" if ends_at_cue(_MY_QUESTION, text, cue) else None
    if cue.kind not in {"will", "would"}:
        return None
    if _OWN_REMARKS.match(after) or _LEAVE.match(after):
        return "weak"  # "I will record a few points", "I shall allow him the opportunity"
    item = ends_at_cue(_ITEM, text, cue) or ends_at_cue(_JOINING, text, cue)
    if item and re.match(r"\s+be\b", after):
        return "describes"  # "The first item will be", "Joining X for the Y will be"
    if _FEATURES.match(after) or (_ABLE.match(after) and ends_at_cue(_VISITORS, text, cue)):
        return "describes"  # "will feature", "Visitors will also be able to enjoy"
    if ends_at_cue(_INCLUDE, text, cue):
        return "describes"  # "These include legislation that will amend"
    if _SITTING.match(after) or _ORDER_OR_LEAVE.match(after):  # after the "describes" above
        return "weak"  # ("The first item will take the public business"): "We will deal with"
    return None
