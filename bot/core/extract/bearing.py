"""What a thing will bring, make up or change in how things go: a described effect.

Issue 13, round 29c (precision), beside `effects` (round 29a). A reform, a bill, a force
or a plan is said to "bring about a safer continent", to "make up a fifth of the army",
to "change how rents are set", to "set out how the council will work", to "be marked by
three themes" or to "give the agency the right level of ambition": each tells what the
thing will amount to or bring, which no one could later be held to as an act. `describing`
reads these as it reads "will provide" or "will help": only for a subject that is not a
person nor an actor, and only with no time frame ahead ("The bill will change how rents
are set from April 2027" stays). A law's own effect ("The Act will mean that ...") is read
as an obligation there; the forms here are not, since they tell the law's reach, not
what it obliges, and neither are the effects on the world `cues.EFFECT_VERB` names ("will
lift 100,000 children out of poverty"), which `borne_by_thing` reads with them.
"""

from __future__ import annotations

import re

from bot.core.extract.cues import EFFECT_VERB

_HOW = r"(?:how|what|the\s+way(?:s)?|where|when|whether|who)\b"
# An effect on the world (`cues.EFFECT_VERB`: "will lift 100,000 children out of
# poverty") or what the thing brings, makes up or changes.
_BORNE = re.compile(
    r"^\s*(?:also\s+|now\s+|further\s+|in\s+turn\s+|\w+ly\s+)?(?:"
    + EFFECT_VERB
    + r"\b|bring\s+about\b|"
    r"make\s+up\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|"
    r"less\s+than\s+)?(?:\d|a\s+(?:third|quarter|fifth|half|tenth|fraction|share|"
    r"majority)|half|one|two|three|most|the\s+(?:bulk|majority))|"
    r"be\s+marked\s+by\b|"
    r"(?:detail|set\s+out|outline|explain|describe|show)\s+" + _HOW + r"|"
    r"(?:reform|change|transform|reshape|shape|define|determine|govern|alter|overhaul)\s+"
    + _HOW
    + r"|give\s+(?:\S+\s+){1,4}?(?:the\s+|a\s+)?(?:\w+\s+)?(?:level|degree|measure)\s+of\b"
    r")",
    re.IGNORECASE,
)


def borne_by_thing(after: str) -> bool:
    """Whether the words after a "will" tell what a thing will bring about, amount to or
    change in how things go (for a subject that is a thing: the caller checks it)."""
    return _BORNE.match(after) is not None
