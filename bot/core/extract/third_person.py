"""Whom a pronoun or an actorless sentence stands for: an office or a body that a later
clause of an earlier sentence names as its subject.

Issue 13, stop 57, tuner r (speakers; CONVENTIONS 3.2). The walks back to the last actor
(`speaker_lookups._from_context` for "he"/"she", `_last_actor` for "it" and for a sentence
with no actor of its own) read, from each sentence before, its leading actor, a person it
names, or an office it opens with as a possessor. An actor written as the subject of a
later clause was passed over, so the walk went on to an earlier sentence and gave the
commitment to whoever was named there:

- an office of one (`giving.holder`) as a clause's subject: "First stop is United Kingdom,
  where the Secretary will reaffirm the special relationship. He'll meet with Ambassador
  Johnson" is the Secretary's, not the briefer's named further up;
- a body as the subject of a future clause ("will", "shall", "plans", "intends") in a
  sentence with no actor of its own: the body is the nearest actor named, for "it" or an
  impersonal sentence after it. Not a body that "will receive" something (a receiver is
  no actor), nor "the Minister and I" (the speaker's own side, which the speaker walk
  reads otherwise).
"""

from __future__ import annotations

import re

from bot.core.extract.actors import is_actor
from bot.core.extract.giving import holder, receives

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


# "the Electoral Board will", "the Department of Health and the Treasury plans": a body of
# up to five capitalised words (with "of", "for", "and" between them) before a future.
_BODY_SUBJECT = re.compile(
    r"\b[Tt]he\s+((?:[A-Z][\w’'\-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,4}[A-Z][\w\-]*)\s+"
    r"(?:will|shall|plans|intends)\b"
)


def clause_body(text: str, whole: str) -> str | None:
    """The first body `text` names as the subject of a future clause ("the Electoral
    Board will announce"), an actor of the text `whole`, else None."""
    for found in _BODY_SUBJECT.finditer(text):
        body = "the " + found.group(1)
        if body.endswith(" I") or holder(body) or receives(text, found.end()):
            continue  # "the Minister and I will" (the speaker's side), "will receive"
        if is_actor(body, whole):
            return body
    return None
