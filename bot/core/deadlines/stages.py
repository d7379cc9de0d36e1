"""Two acts given in turn (issue 12, round 23b): "will launch a new web portal this June,
and in the fall, will begin a major nationwide tour", "are expected to be ... by Sept. 1
and increase to ... by mid to late September". Each act has its own time, the second
window opens after the first time has passed, and the sentence falls due when its last
stage does (CONVENTIONS 6: a schedule falls due at its end; acts given in turn, the later).
Without this, the ranking of choose.py keeps the earlier, definite time over the later,
vaguer one ("a definite time beats a vague one"), which is right for one act told twice
("by 1 March, and soon") but not for two acts in sequence.

What makes two acts: the times joined by "and" in one sentence, and a second predicate:
the word after "and" is none of a preposition, article or number ("and increase to",
"and Parliament will vote"), or a verb follows the second time ("and in the fall, will
begin"). Times of one act listed ("on 5 March and in the summer", "the draft by 1 March
and the final plan by late spring") are left to lists.py; a second time that starts
something ("and the scheme opens in the summer") is left too, as the first is then the
deadline (lists.py's _START_BEFORE).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import lists
from bot.core.deadlines.context import Candidate

# "and", or a dash between two clauses ("will take a break in January – the first edition
# will be out late February", stop 57)
_AND: Final = re.compile(r"\band\s+(?:then\s+)?|\s(?:[\u2013\u2014]|--?)\s+")
_DASH: Final = re.compile(r"\s(?:[\u2013\u2014]|--?)\s")
# the second act's own subject and modal between the times: "and the first edition will be
# out", "– the first edition for 2007 will be out"
_OWN_MODAL: Final = re.compile(r"^[a-z0-9 ,'-]{0,60}?\b(?:will|shall|is\s+to|are\s+to)\s")
_SENTENCE_END: Final = re.compile(r"[.!?](?:\s|$)|\bor\b")
# the word after "and" that starts no predicate: "and in the fall", "and the final plan",
# "and 3 June", "and late September"
_NO_VERB: Final = re.compile(
    r"(?:in|on|at|by|for|from|until|till|to|during|before|after|within|through|thru|of|with"
    r"|the|a|an|its|their|his|her|our|this|that|these|those|next|last|early|mid|late"
    r"|then|also|again|possibly|perhaps|[0-9])\b|[0-9]"
)
_VERB_AFTER: Final = re.compile(
    r"[\s,]*(?:it\s+|they\s+|we\s+)?(?:will|shall|would|is\s+to|are\s+to)\s"
)


def drop_earlier_stage(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Of two acts joined by "and", each with its own time, the earlier act's time is
    dropped when the later act's window opens after it."""
    if len(cands) < 2 or (" and " not in text and _DASH.search(text) is None):
        return cands
    dropped: set[int] = set()
    for first, second in lists.live_pairs(cands):
        if _later_stage(text, first, second):
            dropped.add(id(first))
    return lists.without(cands, dropped)


def _later_stage(text: str, first: Candidate, second: Candidate) -> bool:
    a, b = first.res, second.res
    if a.invalid or b.invalid or a.due is None or b.earliest is None or b.earliest < a.due:
        return False  # "later this year" opens now: no later stage, one act told twice
    between = text[first.end : second.start]
    joined = _AND.search(between)
    if joined is None or _SENTENCE_END.search(between) is not None:
        return False
    rest = between[joined.end() :]
    if lists._START_BEFORE.search(rest) is not None:
        return False  # "and it will come into force in 2027": a start, the first is due
    if rest and _NO_VERB.match(rest) is None:
        return True  # "and increase to ... by mid to late September"
    if _OWN_MODAL.match(rest.lower()) is not None:
        return True  # "in January – the first edition will be out late February"
    return _VERB_AFTER.match(text, second.end) is not None  # "and in the fall, will begin"
