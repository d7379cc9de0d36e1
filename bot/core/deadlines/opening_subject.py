"""The day of speaking heading a release, then a named subject and a past act (issue 12,
round 27d).

"Today, Architect of the Capitol Stephen T. Ayers, FAIA, LEED AP, joined members of ...",
"This morning, Architect ... announced that ...", "WASHINGTON - Today, U.S. Sens. Mark R.
Warner and Tim Kaine (both D-VA) praised ...": a release tells what its subject did on the
day it went out. The subject is a name with a title, often with initials ("T.", "U.S.")
and letters after it between commas or brackets, so the readers that stop a sentence at
every full stop, or want no bracket in the subject, lose the verb. Here the subject may
hold all of those, and the first verb after it must be a verb of a release's act in the
past, not followed by a preposition that would make it a participle describing the
subject ("the plan announced in May closes today" is no act done today).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.clauses import FUTURE
from bot.core.deadlines.words import RELEASE_DONE

_HEADS: Final = frozenset(("today", "this morning", "this afternoon"))
# what may stand before the time: nothing, a joining word, or a dateline ("WASHINGTON -")
_BEFORE: Final = re.compile(r"(?:^|[.!?]\s+|\n)(?:[a-z][a-z .,'-]{1,40}\s[\u2013\u2014-]+\s*)?$")
# the acts a release tells of its subject
_ACT: Final = (
    RELEASE_DONE
    + r"|joined|praised|convened|hosted|visited|met|signed|issued|awarded|opened|celebrated"
    + r"|marked"
)
# the subject: words, initials, commas and a short bracket, then the act; a preposition
# after the -ed word makes it a participle ("the funds approved by Congress"), and so does
# a verb of its own ("all forms signed must be returned", "any grants awarded will be paid")
_SUBJECT_ACT: Final = re.compile(
    r",\s*((?:[a-z0-9&'\u2019.-]+,?\s+|\([^()]{1,40}\)\s+){1,24}?)(?:[a-z]+ly\s+)?(?:"
    + _ACT
    + r")\b(?!\s+(?:in|on|by|at|for|to|under|last|earlier|yesterday|from|during"
    + r"|must|will|shall|should|can|may|need|needs|is|are|was|were)\b)"
)
# a word in the subject that makes it a clause of its own
_CLAUSE_WORD: Final = re.compile(r"\b(?:who|which|that|when|if|as|is|are|was|were|has|have)\b")


def subject_done(text: str, start: int, end: int, core: str) -> bool:
    """Whether the time `core` at text[start:end] heads its sentence, set off by a comma,
    before a named subject and its past act ("Today, X, Minister of ..., announced")."""
    if core not in _HEADS or not text.startswith(",", end):
        return False  # the cheap test first
    if _BEFORE.search(text, max(0, start - 48), start) is None:
        return False
    m = _SUBJECT_ACT.match(text, end)
    if m is None:
        return False
    subject = m[1]
    return FUTURE.search(subject) is None and _CLAUSE_WORD.search(subject) is None
