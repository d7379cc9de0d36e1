"""An invitation to a class of people: a request, not anyone's commitment.

Issue 13, stop 39, tuner e (precision; CONVENTIONS 2.3, recommendations and invitations).
A notice or a report invites its readers, the members of a House or the public to act:
"Members are invited to send their suggestions for inquiry topics", "readers are invited
to read Schedule 4 ... as if the wording were different", "Members of the public are
encouraged to attend". Whether any of them does so is their choice, and nobody the text
names is bound by it. A body tasked in the European way ("The Commission is invited to
present a proposal") is no such class: it is named, and stays.

The cue is doubted as "weak" (`aside.DOUBTS`), never refuted: the sentence moves to the
"maybe" list. Only grammar and the closed list of the classes invited are read here.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

# Those a notice invites, as a class, right before the cue: "Members are invited to",
# "the public is welcome to", "interested parties are encouraged to".
_INVITED = re.compile(
    r"\b(?:members(?:\s+of\s+the\s+(?:public|media|press|committee|house))?|readers|"
    r"the\s+public|participants|visitors|attendees|stakeholders|applicants|journalists|"
    r"interested\s+(?:parties|persons|people|members\s+of\s+the\s+public))\s+(?:are|is)\s+"
    r"(?:also\s+|cordially\s+|warmly\s+|strongly\s+)?(?:invited|encouraged|welcome|urged)"
    r"\s+to\s*$",
    re.IGNORECASE,
)


def invited_doubt(text: str, cue: Cue) -> str | None:
    """The doubt "weak" when the cue invites a class of people to act ("Members are invited
    to send their suggestions"), else None."""
    return "weak" if _INVITED.search(text[: cue.end]) else None
