"""A way, an option or an effect named with "is to": advice or a definition, not a pledge.

Issue 13, round 31a (precision). "The best option for taxpayers is to file
electronically", "the only realistic way to achieve a ceasefire is to address its
causes", "The intended effect of this rule is to warn mariners", "What we need to do in
these matters is to go on the evidence": the copula names what some means, choice or
effect consists of, and the infinitive after it is what would be wise or what a thing
does, not what anyone undertakes. An aim, a goal, a priority or a plan ("Our aim is to
relocate all those eligible", "the government's plan is to secure the recovery") is a
commitment and is not read here; nor is what the speaker says they will do ("One thing
we will do is to cut the waiting lists"), nor a clause with a time frame ahead.

Such a cue is doubted ("weak": set aside under "Maybe"), never refuted.

Not hooked into the extractor: it set aside 8 false candidates of the development
splits and no true one, but left the test split (blind51-60) unchanged, so round 31a
left it out (`tests/core/test_extract_round31a.py` checks the form alone).
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import _Cue

# The means, choice or effect whose content the copula gives, and the words that may
# follow it before "is to": "the only realistic way to achieve such a ceasefire", "The
# best option for taxpayers", "one thing, which".
_MEANS = re.compile(
    r"\b(?:way|ways|option|options|choice|answer|solution|remedy|route|thing|effect|"
    r"preparation|lesson|advice)\b"
    r"(?P<rest>[^.;:!?\"“”]{0,90}?)\s*,?\s*(?:which\s+)?$",
    re.IGNORECASE,
)
# What someone needs or has to do, named: "What we need to do in these matters".
_WHAT_TO_DO = re.compile(
    r"\bwhat\s+(?:we|you|they|i|one)\s+(?:need|have|want|ought|must)\s+(?:to\s+)?do\b"
    r"[^.;:!?\"“”]{0,60}?\s*$",
    re.IGNORECASE,
)
# The speaker's own act inside the subject: "One thing we will do", "the way we shall".
_OWN_ACT = re.compile(
    r"\b(?:we|i)\s+(?:will|shall|are\s+going\s+to|am\s+going\s+to|intend|plan|mean)\b|"
    r"\b(?:we|i)[’']ll\b",
    re.IGNORECASE,
)
_COPULA = re.compile(r"(?:is|was)\s+to\b", re.IGNORECASE)


def means_doubt(text: str, cue: _Cue, dated: bool) -> str | None:
    """ "weak" for an undated "is to" whose subject names a way, an option or an
    effect ("The best option is to file electronically"), else None."""
    if dated or _COPULA.match(text, cue.start) is None:
        return None
    before = text[: cue.start].rstrip()
    named = _MEANS.search(before) or _WHAT_TO_DO.search(before)
    if named is None or _OWN_ACT.search(named.group(0)):
        return None
    return "weak"
