"""The voice of a transcript that opens with its speaker's name and offices.

Issue 13, round 29d (speakers). A leader's press conference is published under a
heading of the speaker's name and portfolios, one a line ("Jane Smith / Minister, Arts /
Prime Minister"), and then runs in the first person without a label. "I will be
attending" is the heading's speaker; before this, with no label, an "I" fell to whoever
the text named most (a minister whose resignation the leader announced).

A quotation attributed to someone else keeps its own voice: the heading is the last
evidence `_voice` reads. Only the layout is read, never a particular name.
"""

from __future__ import annotations

import functools
import re

# A name line (two to four capitalised words, "Hon" or "Rt Hon" allowed), then one or
# more office lines ("Minister, Child Poverty Reduction", "Prime Minister").
_HEADING = re.compile(
    r"\A\s*(?:(?:Rt\s+)?Hon\.?\s+)?(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})[ \t]*\n"
    r"(?:[ \t]*(?:(?:Deputy|Associate|Acting|Vice)\s+)?(?:Prime\s+)?(?:Minister|Secretary|"
    r"President|Premier|Chancellor|Leader)\b[^\n.!?]{0,80}\n)+"
)


# A media release whose heading gives the office alone, on its own line among the title,
# the kind and the date ("G20 Leaders Summit / Media release / 29 Nov 2018 / Prime
# Minister", as pm.gov.au prints it), then runs in the first person: "I will travel to
# Argentina" is the office holder's, not the G20's the text names most. Stop 61, f2.
_RELEASE_KIND = re.compile(r"(?im)^[ \t]*media[ \t]+(?:release|statement)[ \t]*$")
_OFFICE_LINE = re.compile(
    r"(?m)^[ \t]*(?P<office>(?:(?:Deputy|Acting|Assistant)[ \t]+)?(?:Prime[ \t]+Minister|"
    r"Treasurer|Premier|Chief[ \t]+Minister|Attorney-General|(?:Foreign[ \t]+)?Minister"
    r"(?:[ \t]+for[ \t]+[A-Z][^\n.!?:]{2,80})?))[ \t]*$"
)
_RELEASE_HEAD_LINES = 6


def _release_office(text: str) -> str | None:
    """ "the Prime Minister" when a media release's heading lines name the office alone."""
    head = "\n".join(
        [line for line in text.lstrip().splitlines() if line.strip()][:_RELEASE_HEAD_LINES]
    )
    if not _RELEASE_KIND.search(head):
        return None
    office = _OFFICE_LINE.search(head)
    return "the " + office.group("office") if office else None


@functools.lru_cache(maxsize=8)
def heading_voice(text: str) -> str | None:
    """The speaker a transcript's or a release's heading names, or None when it opens
    otherwise."""
    found = _HEADING.match(text)
    return found.group("name") if found else _release_office(text)


# A speech printed as prepared, its speaker on a line of the heading below the kind ("REMARKS
# FOR / THE HONORABLE NORMAN Y. MINETA / SECRETARY OF TRANSPORTATION", "Secretary's Speech /
# AS PREPARED FOR DELIVERY / October 12, 2005 / U.S. Commerce Secretary Carlos M. Gutierrez"):
# the text then runs in the first person, and "I'll be traveling" is that speaker's. Stop 63,
# tuner t2.
_PREPARED = re.compile(
    r"(?im)^[ \t]*(?:remarks[ \t]+(?:for|by|of)|(?:remarks[ \t]+)?as[ \t]+prepared[ \t]+"
    r"(?:for[ \t]+delivery|for[ \t]+remarks)?)[ \t:]*$"
)
_HONORABLE = re.compile(r"(?i)^(?:the[ \t]+)?(?:right[ \t]+)?hon(?:ou?rable|\.)?[ \t]+")
# A speaker's line: capitalised words and initials only ("U.S. Commerce Secretary Carlos M.
# Gutierrez"), an office among them or "The Honorable" before them, and a name to end it.
_NAME_LINE = re.compile(r"^(?:[A-Z][\w.’'\-]*[ \t]+){1,8}[A-Z][\w’'\-]+$")
_OFFICES = re.compile(
    r"(?i)\b(?:secretary|minister|administrator|commissioner|president|director|governor|"
    r"ambassador|attorney|chairman|chair|mayor|senator)\b"
)
_PREPARED_LINES = 4
# A person's name after the office ("Carlos M. Gutierrez", "Norman Y. Mineta, Jr."): more
# words than this after the last office word make a headline, not a name line.
_NAME_WORDS = 4
_PREPARED_HEAD_CHARS = 1500  # the heading's lines, not a whole paste


def prepared_speaker(text: str) -> str | None:
    """The speaker a prepared speech's heading names below "REMARKS FOR" or "AS PREPARED
    FOR DELIVERY", else None."""
    head = text.lstrip()[:_PREPARED_HEAD_CHARS]
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    for at, line in enumerate(lines[:_PREPARED_LINES]):
        if not _PREPARED.match(line):
            continue
        for below in lines[at + 1 : at + 1 + _PREPARED_LINES]:
            honoured = _HONORABLE.match(below)
            name = below[honoured.end() :] if honoured else below
            if not _NAME_LINE.match(name) or not (honoured or _OFFICES.search(name)):
                continue
            words = name.split()
            if _OFFICES.search(words[-1]) or words[-2].lower() in {"of", "for", "and", "the"}:
                continue  # "SECRETARY OF TRANSPORTATION": an office, not a name
            offices = [at for at, word in enumerate(words) if _OFFICES.search(word)]
            if len(words) - (offices[-1] + 1 if offices else 0) > _NAME_WORDS:
                continue  # "SECRETARY KEMP ANNOUNCES RURAL BROADBAND GRANTS": a headline
            return name.title() if name.isupper() else name
        return None
    return None
