"""How long an event lasts, told in the present or as a stay (issue 12, round 20): "its
deorbit burn, which lasts up to 10 minutes", "It takes about 30 minutes for Dragon to
re-enter the atmosphere", "The spacecraft will spend about five days attached to the space
station". The length runs from the event's own start, which the sentence does not date
(the undocking, the docking), not from the moment of speaking: no deadline
(`refusal='event'`, CONVENTIONS 1.3), as "can take ten days" is already (clauses.py).

A stay counted from now ("will spend the next two years rebuilding", "the coming weeks")
names its start, and a window run from now is due at its end (CONVENTIONS 1.1): only a bare
count after "spend" is a stay's length.
"""

from __future__ import annotations

import re

_ABOUT = (
    r"(?:\s+(?:about|around|approximately|roughly|some|nearly|almost|up\s+to|at\s+least"
    r"|at\s+most|more\s+than|less\s+than|just))?"
)
_PRESENT_LENGTH = re.compile(
    # "which lasts up to", "each orbit lasting about", "It takes about ... for"
    r"\b(?:lasts|lasting|takes)(?:\s+for)?" + _ABOUT + r"\s*$"
    # "will spend about five days attached", "spends six months aboard"
    r"|\b(?:spend|spends|spending)" + _ABOUT + r"\s*$"
)
_FROM_NOW = re.compile(r"(?:the\s+)?(?:next|coming|following|remaining|rest\s+of|first|last)\b")


def event_length(before: str, core: str) -> bool:
    """Whether the span `core`, after the clause `before` (filler words included), is how
    long an event lasts rather than a time counted from now."""
    if not any(w in before for w in ("last", "take", "spend")):
        return False  # the cheap test first: most spans follow none of these verbs
    m = _PRESENT_LENGTH.search(before[-60:])
    if m is None:
        return False
    return not (m[0].lstrip().startswith("spend") and _FROM_NOW.match(core))
