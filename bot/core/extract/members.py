"""A member's name on a line of its own, in the layouts parliaments print without a title.

Written and oral answers are printed as a heading with the member's name, then what they
said in the paragraphs below it. The Commons' old form puts a title in the name ("Lord
McIntosh of Haringey", `actors._NAME_LINE`), but most others print a plain name with the
seat or party in brackets ("Bertie Ahern (Dublin Central, Fianna Fail)", "Valerie Vaz
(Walsall South) (Lab)", "1. Dave Thompson (Skye, Lochaber and Badenoch) (SNP):"), a plain
name and a colon ("Alex Neil:"), or the office with its holder in brackets ("The Cabinet
Secretary for Health and Wellbeing (Alex Neil):"); TheyWorkForYou and Parallel Parliament
print a byline, the name and then the office, the party and seat or the time ("David Cameron
The Prime Minister, Leader of the Conservative Party", "Ken Skates Labour 3:22, 16 January
2019"). Without the heading read, the "I" of a minister's answer fell to whoever the text
named last or most (the member asking, the health board the answer was about).

A heading of the same shape names a topic too ("Energy Markets (Competition)", "Broads
Authority Bill (By Order)", "Meeting Venue:"): a name is taken only when none of its words
is ever written in lower case in the text, which a topic's common nouns are, and none is
the head of a body, a document or an event ("Leeds City Council Bill (By Order)").

Issue 13, stop 44 (tuner s, speakers).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from bot.core.extract.actors import DOCUMENTS, EVENTS
from bot.core.extract.cues import ORG_HEADS

_WORD = r"[A-Z][\w’'\-]*[a-z][\w’'\-]*"
_PARTICLE = r"(?:de|van|von|der|da|di|le|la|ap|of)\b"
_NAME = rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|[A-Z]{{2,3}}|{_PARTICLE})){{1,3}})"
# "Bertie Ahern (Dublin Central, Fianna Fail)", "21. Ann Winterton (Congleton)", "Lord
# Rosser (Lab)", "Elin Jones MS (Chair)": a name and one or two brackets, a colon at most.
_SEATED = re.compile(
    rf"^(?:\d+\.\s*)?{_NAME}\s*\([^()\n]{{2,60}}\)(?:\s*\([^()\n]{{2,20}}\))?\s*:?\s*$"
)
# "Alex Neil:", "Rachael Hamilton:": a name and a colon, nothing after it.
_COLON = re.compile(rf"^{_NAME}\s*:\s*$")
# "The Cabinet Secretary for Health and Wellbeing (Alex Neil):", "The Deputy Presiding
# Officer (Christine Grahame)": the holder in brackets.
_OFFICE = re.compile(rf"^The\s+[A-Z][^()\n:]{{2,120}}?\s+\({_NAME}\)\s*:?\s*$")
# TheyWorkForYou's and Parallel Parliament's byline: the name, then the office or the
# party and seat, sometimes the time ("Andrew Lansley The Leader of the House of Commons",
# "Ken Skates Labour 3:22, 16 January 2019", "Stella Creasy Shadow Minister (Business,
# Innovation and Skills)", "James Arbuthnot Conservative, North East Hampshire").
_PARTY = (
    r"(?:Labour|Conservative|Liberal\s+Democrat|Plaid\s+Cymru|Scottish\s+National|Crossbench|"
    r"Non-affiliated|Independent|Green|Sinn\s+F[ée]in|Social\s+Democratic|Ulster\s+Unionist|"
    r"Democratic\s+Unionist|Alliance|Reform\s+UK)"
)
_OFFICE_WORD = (
    r"(?:Prime|Deputy|Minister|Secretary|Parliamentary|Chancellor|Leader|Attorney|Solicitor|"
    r"Financial|Economic|Exchequer|Paymaster|Chief|Lord|Advocate|First|Cabinet|Premier)"
)
_STAMP = r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?,\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}"
_BYLINE = re.compile(
    rf"^{_NAME}\s+(?:"
    # "Andrew Lansley The Leader of the House of Commons"
    rf"The\s+{_OFFICE_WORD}\b[^\n.!?:]{{0,160}}"
    # "James Arbuthnot Conservative, North East Hampshire", "Rhun ap Iorwerth Plaid Cymru"
    rf"|{_PARTY}(?:\s+(?:and|of|[A-Z][\w’'\-]*))*(?:,(?:\s+(?:and|of|upon|[A-Z][\w’'\-]*))+)?"
    # "Stella Creasy Shadow Minister (Business, Innovation and Skills) 11:30, 11 March 2015"
    rf"|[^\n.!?:]{{2,160}}?\s+{_STAMP}"
    rf"|Shadow\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*(?:\s+\([^()\n]{{2,80}}\))?"
    r")\s*$"
)
_BYLINE_WORDS = frozenset(
    """
    the shadow minister secretary parliamentary chancellor deputy labour conservative liberal
    plaid scottish democratic crossbench non-affiliated independent green sinn social ulster
    alliance speaker chair lab con ld snp dup mr mrs ms president portrait
    """.split()
)


@lru_cache(maxsize=8)
def words_of(text: str) -> frozenset[str]:
    """The words of a text as written, read once per text."""
    return frozenset(re.findall(r"\w+(?:[’'.\-]\w+)*", text))


# A letter's or a notice's opening words before a colon, never a member: "Dear Harbour
# Masters:", "Notes to Editors:".
_OPENERS = frozenset("dear to from re subject attention contact contacts note notes media".split())


# Heads of a body, a document or an event, which a topic heading names and a member never
# is: "Leeds City Council Bill (By Order)", "Committee Staff:".
_NOT_NAMES = ORG_HEADS | DOCUMENTS | EVENTS | frozenset({"staff", "members", "questions"})


# KildareStreet's heading: the photo's caption and the name run together, the seat and
# party in brackets, the source ("Photo of Jim DalyJim Daly (Cork South West, Fine Gael) |
# Oireachtas source"): read as "Jim Daly (Cork South West, Fine Gael)". Stop 56, xs56.
_PHOTO = re.compile(
    r"Photo\s+of\s+(?P<name>[^\n(|]{4,60}?)(?P=name)\s*(?P<seat>\([^()\n]{2,60}\))"
    r"\s*(?:\|\s*[\w ]{0,40})?$"
)


def member_heading(paragraph: str, words: Collection[str]) -> str | None:
    """The member a heading paragraph names, or None. `words` are the text's words as
    written: a word of the name seen in lower case makes it a topic, not a name."""
    line = paragraph.strip()
    if "\n" in line or len(line) > 160:
        return None
    photo = _PHOTO.match(line)
    line = f"{photo.group('name')} {photo.group('seat')}" if photo else line
    found = _SEATED.match(line) or _COLON.match(line) or _OFFICE.match(line) or _BYLINE.match(line)
    if found is None:
        return None
    name = found.group("name")
    # "Thomas Burns Social Democratic ...", "Elin Jones MS": the name ends before the
    # office or the party; and before Parallel Parliament's photo caption, "Owen Paterson
    # Portrait The Secretary of State for ..." (stop 61, f2).
    parts = name.split()
    cut = next((n for n, part in enumerate(parts) if part.lower() in _BYLINE_WORDS), None)
    name = " ".join(parts[:cut])
    if len(name.split()) < 2 or not name.split()[-1][:1].isupper():
        return None
    if name.split()[0].lower() in _OPENERS or any(
        part.lower() in _NOT_NAMES for part in name.split()
    ):
        return None
    if any(
        word.lower() in words for word in name.split() if word[:1].isupper() and not word.isupper()
    ):
        return None
    return name
