"""Who committed, when a reporter passes a pledge on.

"She said the minister had undertaken to report back before the summer": the reporting
verb names who speaks, the pledge verb's own subject names who is bound. Issue 13's
definition takes the actor as the one committed (CONVENTIONS 1.1; 3.1 accepts the
reporter beside it), so a pledge verb ("undertaken", "promised", "pledged", "agreed")
whose subject opens the reported clause and names an actor gives that actor. A general
future ("said the meeting could", "said the government had set a date") keeps the
reporter: there the reporter's word is all the commitment there is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.extract.actors import is_actor
from bot.core.extract.clauses import Cue
from bot.core.extract.cues import ANY_PRONOUN

#: Cue kinds that name a commitment by its verb: a promise, a pledge, an undertaking, a vow,
#: an agreement.
PLEDGE_VERB_KINDS = frozenset({"strong", "agree"})


def committer(
    cue: Cue,
    clause: str,
    text: str,
    subject_at: Callable[[int, int], str | None],
    index: int,
) -> str | None:
    """The subject phrase of a pledge verb in the reported `clause` (the words between
    the reporting verb and the cue), or None. `subject_at(index, position)` reads the
    subject before the cue in sentence `index` of `text`."""
    if cue.kind not in PLEDGE_VERB_KINDS:
        return None
    subject = subject_at(index, cue.start)
    if not subject or subject.lower() in ANY_PRONOUN:
        return None
    # The subject opens the reported clause ("said the minister had"), not a part of a
    # longer one ("said we and our partners remain committed").
    if not re.sub(r"^\s*(?:that\s+)?", "", clause).startswith(subject):
        return None
    return subject if is_actor(subject, text) else None
