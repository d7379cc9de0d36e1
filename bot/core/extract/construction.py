"""A law's rule of construction or scope: how the text is to be read, not a duty laid.

Issue 13, stop 55 (tuner p). "The provisions of this Directive shall not be construed to
interfere with or impede the authorities ... of the Offices of Inspector General", "The
private sector members shall not be considered special Government employees", "Provisions
of items 1 and 3 of this Executive Order shall not apply to citizens of unfriendly foreign
states": the clause tells how the order's words are to be read or how far they reach,
binding no one to an act that could later be checked (CONVENTIONS 1.4 labels the duties an
order lays, 1.7 a refusal to act). The development splits label none of them (three
orders of three governments: blind3, blind16, blind55). A negative duty ("shall not
export", "shall not sell") is still a pledge (1.7) and is not read here.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

_CONSTRUED = re.compile(
    r"\s+not\s+(?:be\s+(?:construed|interpreted|deemed|considered|regarded|treated\s+as|"
    r"read\s+as)|apply\s+to|affect|impair|limit|derogate\s+from)\b",
    re.I,
)


def construction_rule(text: str, cue: Cue) -> bool:
    """Whether the cue is a "shall" of a rule of construction or scope."""
    return text[cue.start : cue.end].lower() == "shall" and bool(_CONSTRUED.match(text, cue.end))
