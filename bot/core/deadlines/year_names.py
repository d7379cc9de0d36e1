"""A year that names a thing, in a sentence told in the past (issue 12, round 23a).

"the 2012-2013 Refuge-Specific Hunting and Sport Fishing Regulations", "the 2015 program":
a year (or run of years) between "the" and a noun is part of the thing's name, the year
it is for. In a sentence that tells what was done with it ("Notice of the 2012-2013 ...
Regulations published in the Federal Register on September 11, 2012", "dairy producers
enrolled in the 2015 program, which exceeded our expectations") it sets no time for any
act: the phrase is the past, as the dated act beside it is. Said of an act to come ("will
open sales for the 2012 Infantry Soldier Silver Dollar on February 16") the sentence has
its future and the rule stays out; a year with no noun after it ("in 2015", "the 2015-16
year" reads its own noun) is read as before.

Read by past_reading.py for a period or fiscal phrase it would otherwise leave ahead.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.context import Hit

_NAMING: Final = re.compile(r"the\s+[0-9]{4}(?:\s*[-/]\s*[0-9]{2,4})?")
# a word of the name after the year: not a joining word, a verb or a time unit
_NOUN_AFTER: Final = re.compile(
    r"\s+(?!(?:and|or|to|through|thru|until|till|from|for|by|in|on|at|as|is|are|was|were"
    r"|will|would|has|have|had|be|year|years|fiscal|financial|calendar|tax)\b)[a-z][a-z'-]*"
)

# the future, a plan or a modal: "expectations" (a noun) is none, nor "in May"; summed_up.py
# reads it too
AHEAD: Final = re.compile(
    r"\b(?:will|shall|would|going\s+to|is\s+to|are\s+to|to\s+be|(?:expect|plan|intend|hope|aim)"
    r"(?:s|ed|ing)?\s+to|set\s+to|scheduled|due|(?<!\bin\s)may(?!\s+[0-9])|might|must|can|could"
    r"|should)\b|'ll\b"
)


def named_told_past(text: str, hit: Hit) -> bool:
    """Whether the phrase is a year naming a thing ("the 2015 program") in a sentence
    that tells the past around it, with nothing ahead."""
    if hit.kind not in ("period", "fiscal") or not hit.core.startswith("the "):
        return False
    if _NAMING.fullmatch(hit.core) is None or _NOUN_AFTER.match(text, hit.end) is None:
        return False
    words = (
        clauses.clause_before(text, hit.start, sentence=True)
        + " "
        + clauses.sentence_after(text, hit.end)
    )
    return clauses.past_form(words) and AHEAD.search(words) is None
