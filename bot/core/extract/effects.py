"""What a thing will be or do, told with verbs the older list (`cues.DESCRIPTIVE`) lacks.

Issue 13, round 29a (precision). "This will reflect the bulk of the late changes", "Our
data going forward will be different", "The funding will give the NHS the tools to do
just that", "this will give the Senate more time", "All this will make these projects
attractive to investors" (stop 43): the subject is a thing (a change, a sum, a record,
"this"), and the verb tells how it will stand, what it will afford someone or what it will
make of the world, which no one could later be held to. `describing` reads them as it
reads "will provide" or "will help": only for a subject that is not a person nor an
actor, and only with no time frame ahead ("The scheme will give every pupil a laptop by
May" stays).
"""

from __future__ import annotations

import re

_AFFORDED = (
    r"(?:tools?|time|opportunity|chance|ability|power|powers|confidence|means|flexibility|"
    r"certainty|freedom|space|capacity|peace\s+of\s+mind|reassurance|clarity|edge)"
)
# How a thing leaves the world it acts on: "more secure", "healthier", "attractive".
_MADE = (
    r"(?:more|less|easier|harder|better|safer|stronger|healthier|wealthier|fairer|simpler|"
    r"cheaper|faster|greener|richer|attractive|affordable|accessible|competitive)"
)
# "will reflect", "will be different", "will give the Senate more time".
_TOLD = re.compile(
    r"^\s*(?:also\s+|now\s+|still\s+|further\s+|\w+ly\s+)?(?:"
    r"reflect|mirror|"
    r"be\s+(?:\w+ly\s+)?(?:different|similar|unchanged|identical|comparable)\b|"
    r"give\s+(?:\S+\s+){1,4}?(?:the\s+|more\s+|greater\s+|extra\s+|additional\s+|much\s+|"
    r"some\s+|a\s+)?(?:\w+\s+)?" + _AFFORDED + r"\b|"
    # What it will make of the world (stop 43): "will make these projects attractive to
    # investors", "will make Scotland healthier", "will make a huge difference".
    r"make\s+(?:a\s+(?:\w+\s+)?(?:difference|contribution)|(?:[\w’'\-]+\s+){1,3}?"
    + _MADE
    + r")\b|"
    # Still more of CONVENTIONS 6.2's effects (stop 43): "It will attract investment",
    # "which will drive Fitzroy's economy", "will build on USAID's support", "will raise
    # awareness", "will spotlight how", "will secure the future of", "will define the
    # direction".
    r"(?:attract|drive|build\s+on|raise\s+(?:\w+\s+)?awareness|spotlight|"
    r"secure\s+the\s+future|define\s+the\s+(?:\w+\s+)?(?:direction|future|shape))\b|"
    # CONVENTIONS 2.2's and 6.2's own examples (stop 43): "will find it easier", "Their
    # available speeds will rocket", a quantity halved or soaring.
    r"find\s+it\s+(?:\w+\s+)?(?:easier|harder|simpler|quicker|cheaper|more|less)\b|"
    r"(?:rocket|soar|surge|plummet|skyrocket|halve)\b"
    r")",
    re.IGNORECASE,
)


def told_of_thing(after: str) -> bool:
    """Whether the words after a "will" tell how a thing will stand or what it will
    afford someone (for a subject that is a thing: the caller checks it)."""
    return _TOLD.match(after) is not None
