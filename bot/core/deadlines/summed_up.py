"""The year running, summed up as done (issue 12, round 26d).

"In 2025, ... the European Commission placed a particular priority on ...", "An overview of
what has been achieved in 2025 can be found online", said in December 2025: the year the
speaker is in, told in the past or the perfect, is a report of what was done in it, not a
time for anything still to do. Two readings count: the year heads the sentence ("In 2025,
...") and the sentence holds a past form and nothing ahead; or the year follows a perfect or
past passive ("has been achieved in 2025", "were adopted in 2025"). A year at a clause's
end after another verb is left alone ("is tasked with completing the building in 2023").
A year with a deadline word ("by 2025", "until 2025") or a future anywhere in its
sentence ("In 2025 we will ...") is read as before, and so is a year already gone (past by
its date) or still to come.

Read by past_reading.py for a period phrase it would otherwise leave ahead.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses, gate, year_names
from bot.core.deadlines.context import Ctx, Hit

_YEAR: Final = re.compile(r"[0-9]{4}")
_PRE: frozenset[str] = frozenset(("", "in", "during", "throughout", "over"))
# a perfect or a past passive right before the year: "has been achieved", "were adopted"
_PERFECT: Final = re.compile(
    r"\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn|de|ld|t)\s+$"
)


def year_summed_up(text: str, hit: Hit, ctx: Ctx) -> bool:
    """Whether a bare year that is the one running is told as done (see the docstring)."""
    if hit.kind != "period" or _YEAR.fullmatch(hit.core) is None:
        return False
    if int(hit.core) != ctx.today.year or hit.pre.strip() not in _PRE:
        return False
    clause = clauses.clause_before(text, hit.start)
    if _PERFECT.search(clause) is not None and year_names.AHEAD.search(clause) is None:
        return True  # "what has been achieved in 2025 can be found online": the act's year
    words = clauses.clause_before(text, hit.start, sentence=True)
    words += " " + clauses.sentence_after(text, hit.end)
    if year_names.AHEAD.search(words) is not None:
        return False
    # "In 2025, ..., the Commission placed"; not a year at a clause's end, whose verb may be
    # an act to come ("is tasked with completing the building in 2023")
    return gate.head_of_sentence(text, hit.start) and clauses.past_form(words)
