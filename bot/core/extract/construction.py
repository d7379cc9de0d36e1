"""A law's rule of construction or scope: how the text is to be read, not a duty laid.

Issue 13, stop 55 (tuner p). "The provisions of this Directive shall not be construed to
interfere with or impede the authorities ... of the Offices of Inspector General", "The
private sector members shall not be considered special Government employees", "Provisions
of items 1 and 3 of this Executive Order shall not apply to citizens of unfriendly foreign
states": the clause tells how the order's words are to be read or how far they reach,
binding no one to an act that could later be checked (CONVENTIONS 1.4 labels the duties an
order lays, 1.7 a refusal to act). The development splits label none of them (three
orders of three governments: blind3, blind16, blind55). A negative duty ("shall not
export", "shall not sell", and an actor's "shall not apply to the court for", "shall not
limit access") is still a pledge (1.7) and is not read here.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

_CONSTRUED = re.compile(
    r"\s+not\s+(?:be\s+(?:construed|interpreted|deemed|considered|regarded|treated\s+as|"
    r"read\s+as)|(?P<reach>apply\s+to|affect|impair|limit|derogate\s+from))\b",
    re.I,
)
# The active verbs of scope ("shall not apply to", "shall not affect") say how far a text
# reaches only when a text is their subject: "Items 2 and 4 of this Decree shall not apply
# to", "Nothing in this Act shall affect"; with an actor they lay a negative duty (1.7):
# "The operator shall not apply to the regulator for a licence", "The contractor shall not
# limit access".
_TEXT_SUBJECT = re.compile(
    r"\b(?:provisions?|items?|sections?|subsections?|articles?|paragraphs?|clauses?|chapters?"
    r"|parts?|schedules?|rules?|regulations?|orders?|acts?|directives?|decrees?|laws?|codes?"
    r"|nothing|this|these)\b[^;:]*$",
    re.I,
)
# How far before the cue the subject is looked for.
_SUBJECT_REACH = 100


def construction_rule(text: str, cue: Cue) -> bool:
    """Whether the cue is a "shall" of a rule of construction or scope."""
    if text[cue.start : cue.end].lower() != "shall":
        return False
    found = _CONSTRUED.match(text, cue.end)
    if found is None or found.group("reach") is None:
        return found is not None
    return _TEXT_SUBJECT.search(text, max(0, cue.start - _SUBJECT_REACH), cue.start) is not None
