"""A lone capitalised word that names no actor, dropped as a speaker.

Several steps of the extractor take a sentence's first noun for its actor: the subject
reading, the last actor named before a sentence (`_last_actor`), the actor a text names
most often (`_protagonist`). In real texts that noun is often a thing, an act or an
address, capitalised only because it opens its sentence or heading: "Ballots must be
returned ...", "Work is set to begin in mid-December", "Questions will be taken at 3
p.m.", "Safety ...", "Below are ...". Such a word is no speaker;
the sentence's speaker is the one the later steps find (the transcript turn, the office
a written question asked, the issuer of the text), as the labels have it.

The test is the text's own usage: a one-word speaker is kept when the text writes it
with a capital inside a sentence (after a word or a comma: "said Brown", "Gordon Brown",
"in Russia"), or in capitals throughout ("AMS", "NASA"), or when it is an actor's head
("Parliament", "Congress") or a body's ("Municipality", "Management"). A word the text
capitalises only where a sentence or a line begins, and that is an abstract noun or a
word never used as a name, is dropped; any other lone word ("Germany", "Brown") is left
alone. Issue 13, stop 55 (helper xs55).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.actors import ACTOR_HEADS

# A word standing inside a sentence: after a letter, a digit, a comma, a semicolon, a
# closing bracket or a hyphen on the same line, or after a title or an initial ("Mr.
# Raynsford", "Michael R. Pompeo"), with spaces or tabs between.
_INSIDE = re.compile(
    r"(?:(?<=[\w,;)\-])|(?<=\b[A-Z]\.)|(?<=\b(?:Mr|Ms|Dr|St)\.)|(?<=\b(?:Mrs|Rep|Sen|Hon)\.))"
    r"[ \t]+([A-Z][\w’'\-]*)"
)
_LONE = re.compile(r"[A-Z][a-z][\w’'\-]*")
# The kinds of word that, written only where a sentence begins, name no one: an
# abstract noun ("Safety", "Fairness", "Enforcement") or a word that is never a name
# ("Below", "This", "Work"). A lone word that may be a place or a group ("Germany has
# made €50,000 available") is left alone. Plurals ("Ballots", "Questions") were tried
# and left out: on the check split they cost one right speaker (a group named so).
_NOT_NAMES = re.compile(r"(?i)\w+(?:ty|ness|ment)|below|above|this|these|those|work")
# Words of those endings that name a body, not a quality: actors, kept (review55b; they
# were dropped as "Safety" is)
_BODIES = frozenset(
    "municipality county society community university charity faculty fraternity sorority"
    " majority minority management".split()
)


@lru_cache(maxsize=8)
def _capitalised_inside(text: str) -> frozenset[str]:
    """The capitalised words a text writes inside its sentences (once per text)."""
    return frozenset(match.group(1) for match in _INSIDE.finditer(text))


def kept(speaker: str | None, text: str) -> str | None:
    """The speaker, or None when it is one capitalised word that names no actor here."""
    if not speaker:
        return speaker
    word = speaker.strip().strip(".,:;’'")
    if not _LONE.fullmatch(word):
        return speaker  # several words, an acronym, a pronoun in lower case
    low = word.lower()
    singular = low[:-3] + "y" if low.endswith("ies") else low.rstrip("s")
    if low in ACTOR_HEADS or singular in ACTOR_HEADS or low in _BODIES:
        return speaker
    if word in _capitalised_inside(text) or not _NOT_NAMES.fullmatch(word):
        return speaker
    return None  # "Ballots must be ...", "Work is set to begin ...": a thing, no actor
