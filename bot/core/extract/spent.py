"""What money or a measure already named will do: its effect, told, not pledged.

Issue 13, stop 37b (precision). A release names a measure and, in the next sentence,
says what it will do, with the measure pointed back to by "this", "these" or "the":
"This new funding will bring the total to over $5.1 billion", "These instruments will
complement any actions that the Bank may decide to take", "The additional grants will go
to nonprofit organizations", "The designation will more than quadruple the size of the
monument". What the measure brings about is not an act anyone commits to (CONVENTIONS
2.2); the measure itself, announced with its actor, is the pledge (1.5). The older rules
read the same form only with a listed verb of effect (`cues.DESCRIPTIVE`, `measures`,
`claims`); here the subject alone decides, whatever its verb, when:

- the subject is a definite or demonstrative noun phrase headed by money spent or a
  measure taken (a grant, the funding, these purchases, the changes, the designation),
  optionally qualified by a phrase ("to the UN and local partners", "announced today");
- the verb is active and not a step of the measure's own life (its start, its end, its
  running: `cues.SCHEDULED_ACT`, which also keeps every "will be ..." passive, as "The
  grants will be paid in June" is someone's act);
- no time ahead is named (the caller's `dated`): "The funding will provide 600 places by
  2021" is a target that stays.

Plans, schemes, strategies, laws and documents are not such nouns: what they "will" do
is their issuer's plan ("The plan will bring home the extra troops", "The strategy will
set out"), read by the older rules. Doubted, not refuted: the sentence moves to "Maybe".
"""

from __future__ import annotations

import re

from bot.core.extract.cues import SCHEDULED_ACT

# Money spent and measures taken, the heads of the subjects read here.
_SPENT = (
    r"(?:grants?|funding|funds|money|monies|investments?|purchases|resources|instruments|"
    r"awards|loans|payments|deals|measures?|changes|reforms|designation|efforts|projects|"
    r"programs|programmes|commitments)"
)
# The subject at the start of its clause, then the cue: "These grants will", "The
# additional funding to the UN and local humanitarian partners will", "The NEH grants
# announced today will". The qualifier holds no clause of its own (no "that", no pronoun).
_SPENT_SUBJECT = re.compile(
    r"(?:^|[,;:—–]\s+|\b(?:and|but|so)\s+)[\"“‘']?(?:this|these|those|the|such)\s+"
    r"(?:[\w\-’']+\s+){0,3}?" + _SPENT + r"\b"
    r"(?:\s+(?:(?!(?:that|which|who|we|they|it|he|she|i|you|is|are|was|were|has|have|had)\b)"
    r"[^\s,;:]+)){0,10}\s*$",
    re.IGNORECASE,
)


def spent_effect(before: str, after: str) -> bool:
    """Whether an undated "will" (the caller checks the date) tells what money or a measure
    pointed back to will do: `before` is the sentence up to the cue, `after` what follows
    it in the clause."""
    if SCHEDULED_ACT.match(after):
        return False  # "will be paid", "will open", "will run until": the measure's own life
    return _SPENT_SUBJECT.search(before[-200:]) is not None
