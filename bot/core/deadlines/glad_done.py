"""A done act told through a feeling about it (issue 12, stop 58): "We were proud to have the
report published on 20 March", "I am pleased to have published the plan on Monday".

A perfect infinitive after a feeling ("pleased to have published", "proud to have been
chosen") tells the act as done before the feeling; so does a causative "have" with its
object's participle after a feeling told in the past ("were proud to have the report
published", "was able to have the road reopened"). The time of that act is gone. The readers
of the past took the infinitive for an act ahead: a weekday was read as the coming one and a
year-less date rolled into next year, with no warning.

Left alone: a perfect infinitive of a hope or plan ("We hope to have published it by Friday":
no feeling), a feeling put as a wish or a condition ("We would be delighted to have it
published on Monday": no "am/is/are/was/were" before the feeling), a present feeling with a
causative "have" ("I am happy to have it published on Monday" offers an act ahead), and a time
in a later clause ("..., and will publish the next one on Friday").
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.choose import Outcome

_FEELING: Final = (
    r"(?:very\s+|so\s+|really\s+|extremely\s+|particularly\s+|most\s+|also\s+|all\s+|truly\s+)*"
    r"(?:proud|pleased|delighted|glad|happy|honou?red|thrilled|privileged|relieved|grateful"
    r"|excited|sorry|sad|saddened|disappointed|able|lucky|fortunate)\s+to\s+have\s+"
)
_PARTICIPLE: Final = (
    r"(?:[a-z]{2,}(?:ed|en|wn)|made|had|met|held|sent|won|begun|done|paid|seen|brought|bought"
    r"|built|set|put|cut|read|led|kept|run|told|sold|found|heard|left|spent|taught|caught"
    r"|fought|got|gotten|struck)\b"
)
# the perfect infinitive after a feeling told in any tense: "am pleased to have published"
_PERFECT: Final = re.compile(
    r"\b(?:am|is|are|was|were)\s+" + _FEELING + r"(?:been\s+)?" + _PARTICIPLE
)
# the causative "have" after a feeling told in the past: "were proud to have the report
# published"
_CAUSED: Final = re.compile(
    r"\b(?:was|were)\s+" + _FEELING + r"(?!been\b)(?:[a-z'-]+\s+){1,5}?" + _PARTICIPLE
)
# between the feeling's act and the phrase: nothing that opens another clause
_CLAUSE_BREAK: Final = re.compile(
    r"[.;:!?]|\b(?:and|but|which|that|who|will|shall|would|when|while|before|after|until)\b"
)
REASON: Final = "the time of an act told as done (a feeling about it: “proud to have …”)"


def verdict(text: str, found: Outcome) -> tuple[str, str] | None:
    """("past", reason) when the chosen phrase is the time of an act a feeling tells as done
    (see the module), or None to keep the reading."""
    cand = found.cand
    if cand is None or cand.res.due is None or " to have " not in text:
        return None
    lowered = text.lower()
    if len(lowered) != len(text):
        return None  # a case change that moves characters: the offsets would not hold
    before = lowered[max(0, cand.start - 160) : cand.start]
    for pattern in (_PERFECT, _CAUSED):
        for m in pattern.finditer(before):
            if _CLAUSE_BREAK.search(before, m.end()) is None:
                return "past", f"“{found.matched}” is {REASON}"
    return None
