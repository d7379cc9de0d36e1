"""The voice of a transcript that opens with its speaker's name and offices.

Issue 13, round 29d (speakers). A leader's press conference is published under a
heading of the speaker's name and portfolios, one a line ("Jane Smith / Minister, Arts /
Prime Minister"), and then runs in the first person without a label. "I will be
attending" is the heading's speaker; before this, with no label, an "I" fell to whoever
the text named most (a minister whose resignation the leader announced).

A quotation attributed to someone else keeps its own voice: the heading is the last
evidence `_voice` reads. Only the layout is read, never a particular name.
"""

from __future__ import annotations

import functools
import re

# A name line (two to four capitalised words, "Hon" or "Rt Hon" allowed), then one or
# more office lines ("Minister, Child Poverty Reduction", "Prime Minister").
_HEADING = re.compile(
    r"\A\s*(?:(?:Rt\s+)?Hon\.?\s+)?(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})[ \t]*\n"
    r"(?:[ \t]*(?:(?:Deputy|Associate|Acting|Vice)\s+)?(?:Prime\s+)?(?:Minister|Secretary|"
    r"President|Premier|Chancellor|Leader)\b[^\n.!?]{0,80}\n)+"
)


@functools.lru_cache(maxsize=8)
def heading_voice(text: str) -> str | None:
    """The speaker a transcript's heading names, or None when it opens otherwise."""
    found = _HEADING.match(text)
    return found.group("name") if found else None
