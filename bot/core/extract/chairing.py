"""The running of a debate or a round-up, told by the one who runs it: told, not pledged.

Issue 13, round 29c (precision), beside `proceedings` (round 29a, a briefing's running).
The chair of a debate says whom the House hears next ("I shall call Jane Doe to open the
debate, and then the Minister to reply"), and the host of a weekly round-up says how the
session will go ("I'll start as usual and go through the week ahead, then turn to a
couple of topical items"). Each is done in the sitting itself, while it is recorded: no
act is left for anyone to check later. Read only after the speaker's own "I will" or
"we'll" (the caller checks the subject), and doubted as "weak": the sentence moves to
the "maybe" list, never hidden.
"""

from __future__ import annotations

import re

_LEAD = r"\s+(?:(?:now|then|first|next|also|shortly|just)\s+)*"
# Whom the chair calls and what for: "call Jane Doe to move the motion", "call the
# Minister to respond". The name or title is short and ends before "to" + a floor verb.
_CALLS = re.compile(
    _LEAD + r"call\s+(?:up(?:on)?\s+|on\s+)?(?:the\s+)?(?:[\w.'’-]+\s+){1,5}?to\s+"
    r"(?:move|open|respond|reply|wind\s+up|sum\s+up|speak|ask|put|present|introduce)\b"
    r"(?!\s+(?:legislation|a\s+bill|the\s+(?:bill|budget|law)))",
    re.IGNORECASE,
)
# A host's running order: "start as per usual", "run through, quickly, the week ahead".
_ROUND_UP = re.compile(
    _LEAD + r"(?:start|begin|kick\s+off)\s+(?:as\s+(?:per\s+)?usual|as\s+(?:I|we)\s+"
    r"(?:always|usually)\s+do)\b|"
    + _LEAD
    + r"(?:run|go|walk)\s+(?:you\s+)?through,?\s+(?:\w+,\s+)?(?:the|this|next)\s+"
    r"(?:week|day|days|weekend|month)\s+ahead\b",
    re.IGNORECASE,
)


def chairing_doubt(kind: str, subject: str, after: str) -> str | None:
    """The doubt (`aside.DOUBTS`) of a cue of kind `kind` whose words `after` it tell how
    the speaker (`subject`, in lower case: "i" or "we") runs the debate or the round-up
    under way, or None."""
    if kind != "will" or subject not in {"i", "we"}:
        return None
    return "weak" if _CALLS.match(after) or _ROUND_UP.match(after) else None
