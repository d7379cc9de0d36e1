"""A verb joined by "and" to a doubted one shares its subject, and so its doubt.

Issue 13, stop 40, tuner a (precision). English leaves out the subject of a second verb
phrase joined by "and": "The full Board meeting will begin at 8:00 am and will adjourn
at about 5:00 pm", "The roundtables will begin at 9:00 a.m. and will be held in the
Auditorium". The doubts that read a cue's subject (a thing's effect, an event's hours or
place, its theme: `describing`, `occasions`, `event_aims`) find none before the second
"will", so the first cue is set aside and the second, with nothing of its own to doubt,
carries the sentence as a candidate. Both verbs have one subject: what made the first a
description makes the second one too.

So a cue that follows "and" directly (adverbs apart), in the same clause as a cue of its
sentence doubted as a description, is doubted the same way, unless its own conjunct
names a time ahead ("The scheme will cut costs and will open on 1 April": a date of its
own makes it a plan). Only the doubts of what the verb tells pass on (a description, a
weak wording, a forecast): a negation, a condition or a report frame of the first verb
is its own ("We will not raise taxes and will cut spending"). The sentence moves to the
"maybe" list, one click away, as the first cue would have moved it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.extract.clauses import Cue

# From the doubted cue to the joined one: one clause (a colon only in a clock time, a stop
# only in an abbreviation: the sentence is already split), ended by "and" and an adverb.
_JOINED = re.compile(r"(?:[^;:!?]|:(?=\d))*?,?\s+and\s+(?:(?:also|then|later|\w+ly)\s+){0,2}", re.I)
# A word that opens a clause of its own between them: the second verb is not the first's.
_OPENS_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|whose|when|where|while|whereas|if|unless|because|as|so|but|"
    r"although|though|after|before|until|once)\b",
    re.I,
)
# The doubts a joined verb shares: what its subject makes of the first verb (`aside.DOUBTS`).
_SHARED = frozenset({"describes", "weak", "forecast"})


def shared_doubt(
    text: str, noted: tuple[str, Cue] | None, cue: Cue, own_date: Callable[[], bool]
) -> str | None:
    """The doubt `cue` shares as the second verb of a subject whose first verb's cue,
    `noted` (the sentence's first doubt: its kind and cue), was doubted, or None.
    `own_date` tells whether the cue's own conjunct names a time ahead; it reads the
    clause's deadline, so it is asked last, only of a cue joined to a doubted one."""
    if noted is None:
        return None
    kind, first = noted
    if kind not in _SHARED or first.end > cue.start:
        return None
    between = text[first.end : cue.start]
    if _JOINED.fullmatch(between) is None or _OPENS_CLAUSE.search(between):
        return None
    return None if own_date() else kind
