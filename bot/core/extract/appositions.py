"""People a story names by an apposition: "Burns, the former chairman of the Nevada
Libertarian Party, was asked ...".

A news story of an interview names the person interviewed as the object of its first
sentence ("Wikinews held an exclusive interview with James Burns") and then as the subject
of a passive with an apposition of his office; neither is a form `speakers.People` knew
a person by, so "He replied, “... I shall do my best ...”" went to the publisher, the only
actor named before. A capitalised name at the start of a sentence, followed by "the
(former) chairman of ...," and a verb, is a person's; when the text also writes the name
in full ("James Burns"), the full name stands for it.

Issue 13, round 23. Only grammar is read here, never a particular name.
"""

from __future__ import annotations

import re

from bot.core.extract.cues import TITLES

# The offices and standings an apposition gives a person.
_ROLES = (
    r"(?:chairman|chairwoman|chair|president|leader|candidate|founder|co-founder|"
    r"spokesman|spokeswoman|spokesperson|minister|secretary|director|governor|mayor|senator|"
    r"ambassador|adviser|advisor|commissioner|nominee|member|head|owner|author|activist)"
)
_APPOSED = re.compile(
    r"\b(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}),\s+(?:the|a|an)\s+"
    r"(?:(?:former|then|current|new|outgoing|incoming|longtime|long-time)\s+)?"
    r"(?:[\w’'\-]+\s+){0,3}?" + _ROLES + r"\b[^,.;:!?]{0,100},\s+"
    r"(?:was|is|has|had|said|says|told|will|would|replied|added)\b"
)
# Before a sentence's first word: nothing, a line break, or a sentence's end.
_SENTENCE_START = re.compile(r"(?:^|[.!?][”\"’']?\s+|\n\s*)$")


def apposed_people(text: str) -> list[str]:
    """The people `text` names at a sentence's start with an apposition of their office,
    each in full where the text writes the name in full elsewhere ("James Burns")."""
    found: list[str] = []
    for match in _APPOSED.finditer(text, 0, 20_000):
        if not _SENTENCE_START.search(text, max(0, match.start() - 4), match.start()):
            continue
        name = match.group("name")
        if len(name.split()) == 1:
            full = re.search(r"\b([A-Z][\w’'\-]+)\s+" + re.escape(name) + r"\b", text[:20_000])
            if full is None or full.group(1).lower() in TITLES:
                continue  # a bare word ("Today, the president said ...") is no name
            name = full.group()
        found.append(name)
    return found
