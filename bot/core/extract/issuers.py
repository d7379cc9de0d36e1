"""Whose predicate a cue continues: the subject of a clause the cue is joined to.

"Mr Peters arrived in Jakarta yesterday and has scheduled meetings with ministers
today" has no subject of its own before "scheduled": "and" joins the verb to the main
clause, whose subject (the sentence's actor) does both. A ministry's or government's
text would otherwise give such a subjectless future to the body that issues it; the
person the sentence is about comes first.

The holder of an office the text names ("the Foreign Secretary") is someone titled with
that office, not the holder of another office with the same last word ("Defence Secretary
Liam Fox"): `of_office` keeps only the names whose title the text qualifies alike.

Issue 13, round 28f (blind46's and blind48's releases about a minister's visit).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from bot.core.extract.actors import is_actor
from bot.core.extract.clauses import Cue
from bot.core.extract.passages import Sentence

# "... yesterday and has scheduled", "... and will also visit": "and", then at most an
# auxiliary or two and an adverb, right before the cue.
_JOINED = re.compile(
    r"\w\s+and\s+(?:(?:has|have|had|will|would|is|are|was|were|also|then|now)\s+){0,3}$",
    re.IGNORECASE,
)


# A passive after the cue tells what is done to the subject, not its act: "Supplies sent by
# Ms Folau arrived yesterday and will be distributed on Friday".
_PASSIVE = re.compile(r"\s+(?:also\s+)?be\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.IGNORECASE)


def joined_to(before: str, own: str | None) -> bool:
    """Whether the text `before` the cue ends in an "and" that joins the cue's verb to a
    main clause whose subject `own` is a named actor."""
    return own is not None and bool(_JOINED.search(before))


class _Reading(Protocol):
    """The text being read and its sentences (the extractor)."""

    text: str
    sentences: list[Sentence]


def impersonal(reading: _Reading, subject: str | None, index: int, cue: Cue) -> bool:
    """Whether the future at `cue` in sentence `index`, with `subject` (maybe none) before
    it, is the issuing body's: not when the subject is an actor, nor when "and" joins the
    cue's active verb to the clause of the sentence's own actor (`_PASSIVE`)."""
    sentence = reading.sentences[index]
    if is_actor(subject, reading.text):
        return False
    passive = _PASSIVE.match(sentence.text, cue.end) is not None
    return passive or not joined_to(sentence.text[: cue.start], sentence.actor)


# The capitalised word just before a title: "Foreign" of "Foreign Secretary William Hague";
# not a word that opens a sentence ("Today Secretary Lee").
_QUALIFIER = re.compile(
    r"\b(?!(?:The|A|An|And|But|Then|Today|Yesterday|Tomorrow|When|As|After)\s)([A-Z][a-z]+)\s+$"
)


def of_office(text: str, actor: str, named: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The titled names (position of the title, name) in `text` that may hold `actor`'s
    office: "the Foreign Secretary" is not "Defence Secretary Liam Fox", whose title the
    text qualifies with another word. A bare "the Secretary" may be any of them."""
    words = actor.split()
    office = words[-2] if len(words) > 2 and words[-2][:1].isupper() else None
    if office is None:
        return list(named)
    kept: list[tuple[int, str]] = []
    for position, name in named:
        qualifier = _QUALIFIER.search(text, max(0, position - 30), position)
        if qualifier is None or qualifier.group(1) == office:
            kept.append((position, name))
    return kept
