"""A motion agreed to: a sitting's result, not an agreement to act.

Issue 13, stop 39, tuner e (precision; CONVENTIONS 2.1, past events). A parliamentary
record closes each decision with its result: "Question agreed to.", "On Question, Motion
agreed to.", "Question put and agreed to.". The "agreed to" there has nothing after it:
it is the passive of the House agreeing to the question put, done as the record is
written, and names no act anyone has to do later. An agreement to act always says the act
("Ministers agreed to provide an update", "the airlines have agreed to ..."), so the
reading here is only of an "agreed to" that ends its sentence, whatever stands before.

The cue is doubted as "vetoed" (`aside.DOUBTS`: it may only report a commitment), never
refuted: the sentence moves to the "maybe" list. Only grammar is read here.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

# "agreed to." / "agreed to" then only closing marks or a bracketed note to the end.
_AGREED_TO_END = re.compile(r"agreed\s+to\s*[.;]?\s*(?:\[[^\]]*\]|\([^)]*\))?\W*$", re.I)


def motion_doubt(text: str, cue: Cue) -> str | None:
    """The doubt "vetoed" when the cue is an "agreed to" with nothing after it (a motion
    agreed to), else None."""
    return "vetoed" if _AGREED_TO_END.match(text, cue.start) else None
