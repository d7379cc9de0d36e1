"""A vague window inside what is only valued, not undertaken (issue 12, stop 61, tune12 t2).

"Returning to normal educational routines as quickly as possible is critical to our national
recovery", "The Prime Minister and the Chancellor discussed ... the importance of it being
fully implemented as quickly as possible": the words weigh how much speed matters; nobody
undertakes the act by then, so nothing falls due (`due=None`, no refusal word; CONVENTIONS
5.1 keeps its windows for "vague words as an undertaking of the speaker").

Two shapes, each of a vague window only ("as soon as possible", "immediately", "in the
coming weeks"):

- a gerund clause opening its sentence, the window inside it, then "is (was, will be)
  critical (crucial, vital, essential, important, key, paramount, imperative)";
- the window after "the importance of" in its clause.

A definite time keeps its reading, and so does a pledge that says its speed is vital
without a gerund subject ("We will act as quickly as possible, which is vital").
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.words import Place

# cheap substring tests first: a word of value in the text
_CUES: Final = (
    "critical",
    "crucial",
    "vital",
    "essential",
    "important",
    "key",
    "paramount",
    "imperative",
    "importance",
)
_VALUE: Final = r"(?:critical|crucial|vital|essential|important|key|paramount|imperative)"
# the window's clause is the subject of a verdict on its value: "... is critical to"
_VALUED_AFTER: Final = re.compile(
    r"\s*,?\s+(?:is|was|are|were|will\s+be|would\s+be|remains)\s+(?:(?:also|therefore|now|so"
    r"|absolutely|[a-z]+ly)\s+)?" + _VALUE + r"\b"
)
# a gerund opening the sentence: "Returning to normal routines ...", "Getting it right ..."
_GERUND_OPENING: Final = re.compile(r"\s*(?:and\s+|but\s+)?[a-z]{3,}ing\b")
# "the importance of it being fully implemented", no stop or clause break in between (a comma
# ends the clause: "Recognising the importance of this, we will repair it as soon as possible")
_IMPORTANCE_BEFORE: Final = re.compile(r"\bimportance\s+of\s+[^.;:!?,]{0,120}$")


def valued(place: Place | None, vague: bool) -> bool:
    """Whether the chosen vague phrase at `place` (words.located) only tells how much its
    speed matters (see the module)."""
    if not vague or place is None:
        return False
    lowered, start, end, _ = place
    if not any(cue in lowered for cue in _CUES):
        return False
    if "importance" in lowered and _IMPORTANCE_BEFORE.search(lowered, max(0, start - 130), start):
        return True
    if _VALUED_AFTER.match(lowered, end) is None:
        return False
    opening = clauses.sentence_start(lowered, start)
    return _GERUND_OPENING.match(lowered, opening) is not None
