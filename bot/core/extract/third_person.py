"""Whom "he" or "she" can stand for: an office a later clause of a sentence names.

Issue 13, stop 57, tuner r (speakers; CONVENTIONS 3.2). The last-actor walk of a person
pronoun (`speaker_lookups._from_context`) took, from each sentence before it, the
sentence's leading actor, a person it names, or an office it opens with as a possessor.
An office one person holds written as the subject of a later clause ("First stop is
United Kingdom, where the Secretary will reaffirm the special relationship. He'll meet
with Ambassador Johnson") was passed over, so the walk went on to an earlier sentence and
gave "he" to whoever was named there (the briefer, in a background call). Such an office
is who the pronoun stands for, as much as a leading actor is.

Only an office of one (`giving.holder`: "the Secretary", "the Prime Minister", "the
President") as the subject of a finite verb is read, never a body ("the Commission
will") nor a plural.
"""

from __future__ import annotations

import re

from bot.core.extract.giving import holder

# "the Secretary will", "the Prime Minister is", "the President travels": an office of one
# to four capitalised words as the subject of a finite verb.
_OFFICE_SUBJECT = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w\-]*)\s+"
    r"(?:will|would|shall|is|was|has|had|also|then|plans|intends|travels|meets|visits)\b"
)


def clause_office(text: str) -> str | None:
    """The first office held by one person that `text` names as a clause's subject
    ("the Secretary" in "..., where the Secretary will reaffirm ..."), else None."""
    for found in _OFFICE_SUBJECT.finditer(text):
        office = "the " + found.group(1)
        if holder(office):
            return office
    return None
