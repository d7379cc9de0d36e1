"""Round 6 of issue 12: is there a deadline in this sentence at all, and which clause holds
it. Each check reads the sentence around one time phrase and says whether the phrase is
turned down, reported as someone else's advice, or a year a target names; each is
cheap (a substring test before any regular expression) because it runs for every phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.deadlines import clauses
from bot.core.deadlines.vocabulary import TARGET_AFTER

# "NOAA Fisheries has denied a request for emergency action to close ... from January 1 to
# June 30", "The Government rejected a proposal to hold the vote by 1 November": the
# dates are what was asked for and refused.
_TURNED_DOWN_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|refus(?:e|es|ed)|declin(?:e|es|ed)|turn(?:s|ed)?"
    r"\s+down|dismiss(?:es|ed)?|vetoe?(?:s|d)?)\s+(?:(?:a|an|the|our|their|his|her|its|this"
    r"|that|any)\s+)?(?:[a-z-]+\s+)?(?:request|proposal|offer|petition|application|bid"
    r"|motion|amendment|suggestion|plea|call|demand)s?\b"
)
# "... offered our support on condition that they would bring forward legislation by 1
# November but, as usual, they turned that down."
_TURNED_DOWN_AFTER = re.compile(
    r"\b(?:turn(?:s|ed)?\s+(?:that|it|this|them|those|these)\s+down"
    r"|(?:reject(?:s|ed)?|refus(?:es|ed)|declin(?:es|ed)|den(?:ies|ied))\s+(?:that|it|this"
    r"|them)\b)"
)
_REFUSING = re.compile(r"den[iy]|reject|refus|declin|turn|dismiss|veto")


@lru_cache(maxsize=512)
def _refusing(text: str) -> bool:
    """Once per text, not once per phrase: most texts have no refusal word at all."""
    return _REFUSING.search(text) is not None


def turned_down(text: str, start: int, end: int) -> bool:
    if not _refusing(text):
        return False
    before = clauses.clause_before(text, start, sentence=True)
    if _TURNED_DOWN_BEFORE.search(before):
        return True
    return _TURNED_DOWN_AFTER.search(clauses.sentence_after(text, end)) is not None


# "A report stated the plan should be published by July", "The review said the rules
# should be changed by the end of the year": advice reported in the past, not a pledge.
_SAID_SHOULD = re.compile(
    r"\b(?:said|stated|suggested|recommended|concluded|argued|claimed|advised|warned)"
    r"\s+(?:that\s+)?(?:[a-z'-]+\s+){0,5}?should\b"
)


def reported_advice(text: str, start: int) -> bool:
    if "should" not in text:
        return False
    return _SAID_SHOULD.search(clauses.clause_before(text, start, sentence=True)) is not None


# "What progress she has made on reaching the Government's 2050 net zero target": a year
# a target names is ahead whatever the tense of the verb before it
_YEAR_THEN_TARGET = re.compile(r"[0-9]{4}" + TARGET_AFTER)


def target_year(text: str, start: int, end: int) -> bool:
    return _YEAR_THEN_TARGET.match(text, max(start, end - 4)) is not None
