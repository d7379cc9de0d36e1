"""A span inside a condition of an act (issue 12, stop 63, tuner t2): "If the House sits
until 12 midnight they will be incommoded", "If there is no satisfactory reply within two
months, the Commission may refer the matter to the Court". The span is when the condition's
own act would happen or end, which no one undertakes (CONVENTIONS 4.2): no deadline
(`event`). clauses.condition already reads a plain date in a condition so ("If a limit is
exceeded in 2008, ..."); a limit word kept the date, for the conditions that carry no act of
their own and so leave the limit to the main act ("if possible within two months", "if
necessary until Friday") and polite requests ("if you would reply within ten days").

So the condition must open its clause with "if", then hold a subject and its verb: a word
after "if" that is no such adverb, and another word after it. Not the addressee nor the
speaker's own side ("If I get it running within a month, ...": the speaker's plan), nor a
modal, "was", "were", "had" or "not" (a request, a cut-over "If an application was submitted
before 31 January", a guillotine "if the debate is not concluded by 10 p.m."): other past
verbs are not looked for. Only the span words
"until", "till", "within", "inside": "by" and "before" in a condition often hold the date the
main act hangs on ("If the bill passes by June, ..."; tried at stop 63, two check cases fell).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses

_SPAN_WORD: Final = re.compile(r"\b(?:until|till|within|inside)\b")
_OPENING: Final = re.compile(r"(?:^\s*|\bthat\s+)if\s+")
# the word after "if" that names no act of the condition's own, or names the speaker's side
# or the addressee
_NO_ACT: Final = re.compile(
    r"(?:possible|necessary|need|needed|so|not|required|requested|appropriate|practicable"
    r"|practical|applicable|desired|convenient|feasible|any|at|all|you|your|yours|i|we|our"
    r"|my)\b"
)
# a main clause's "we'll" or "they'd" ends the condition as its "will" does (stop 63 review)
_MODAL: Final = re.compile(
    r"\b(?:would|could|can|may|might|will|shall|was|were|had|not)\b|n't\b|['\u2019](?:ll|d)\b"
)
# a subject and a verb: two words after "if"
_TWO_WORDS: Final = re.compile(r"[^\W\d_]+\s+\S")


def acted(clause: str, pre: str) -> bool:
    """The clause before a time (lower case, a condition by clauses.condition) opens with
    "if" and an act of its own, and the time's words before it (`pre`) hold a span word."""
    if _SPAN_WORD.search(pre) is None or (m := _OPENING.search(clause)) is None:
        return False
    rest = clause[m.end() :]
    return (
        _NO_ACT.match(rest) is None
        and _MODAL.search(rest) is None
        and _TWO_WORDS.match(rest) is not None
    )


def refused(clause: str, pre: str, deadline: bool) -> bool:
    """A time in a condition (clauses.condition): a plain one ("If a limit is exceeded in
    2008, ..."), or one after a limit word (`deadline`) in a condition of its own act."""
    return clauses.condition(clause) and (not deadline or acted(clause, pre))
