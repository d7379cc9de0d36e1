"""A start that is the act itself (issue 12, stop 40; CONVENTIONS 3.1 against 3.2).

"from <day>", "beginning <day>" or "as of <day>" give only a start (3.2) when what goes on
from then is an activity or a state ("applications will be accepted from 3 June",
"available from the week commencing 9 March"). When the verb they hang on is itself a verb
of beginning, the act is the start and happens once, that day (3.1): "will begin working at
the Commission from 4 July", "from 1 January, I will be moving into a new post", "from
Thursday 22 August we are launching an update", "terms expiring as of October 2014".
Whether it began is checked then.

The verb is a form of beginning, starting, commencing, opening, launching, moving or
expiring, in the same clause before the time (or after a fronted time, in the clause it
opens). A bare form must be a verb by what stands before it ("will open", "to begin"), not a
noun ("the launch of", "a fresh start from"); an adjective "open" after a copula ("is open
from 9 a.m.") is a state, and stays a start. A day followed by "to <day>" is moved away from
or starts a range ("MOVING UP the bill FROM Tuesday to TODAY"), and is left to the rules of
moves and ranges.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import MODAL_VERBS

# inflected forms are verbs; a bare one only after a modal or an infinitive's "to" (and at
# most one adverb)
_INFLECTED: Final = (
    r"(?:begins|began|beginning|starts|started|commences|commenced|opens|opened|launches"
    r"|launched|launching|moving|moves|expires|expired|expiring)"
)
_BARE: Final = r"(?:begin|start|commence|open|launch|move|expire)"
# the modals of words.MODAL_VERBS, "may" (a month alone, but before a bare verb of beginning
# a modal: "may begin") and an infinitive's "to". Unlike governing._MODALS, not "cannot" or
# "won't": a beginning denied happens on no day; nor "'ll" ("we'll begin"), a gap kept as
# the rule was tuned (stop 40), to be weighed on labelled cases before it is closed
_VERBAL: Final = rf"\b(?:{'|'.join(MODAL_VERBS)}|may|to)\s+(?:[a-z]+ly\s+)?"
_BEGINS_BEFORE: Final = re.compile(
    rf"(?:\b{_INFLECTED}|{_VERBAL}{_BARE})\b(?:[^.;:!?–—]{{0,80}}?\s)?$"
)
# after a fronted time: "From 1 January, I will also be moving into a new post"
_BEGINS_AFTER: Final = re.compile(
    r"^[^.;:!?–—]{0,60}?\b(?:(?:will|shall)\s+(?:also\s+|now\s+)?(?:be\s+)?"
    rf"{_INFLECTED}|{_VERBAL}{_BARE}|(?:are|is|am)\s+(?:also\s+|now\s+)?{_INFLECTED})\b"
)

# a cheap first look (most clauses hold none of the verbs): the regular expressions above
# try every position of the clause
_STEMS: Final = ("begin", "began", "start", "commenc", "open", "launch", "mov", "expir")
# how much of the text after a fronted time a caller gives as `rest`, and the stems look at
AFTER_REACH: Final = 80

# "from <day> to <day>": the first day is moved away from, or a range's start
_TO_AFTER: Final = re.compile(r"\s*,?\s*(?:to|until|till|through|thru|-|–)\s")


def starts_itself(lead: str, rest: str = "") -> bool:
    """Whether the clause around a start (`lead` before its "from"/"beginning"/"as of",
    `rest` after the time when it is fronted) tells of a beginning that happens once."""
    if _TO_AFTER.match(rest) is not None:
        return False  # "moving up the bill from Tuesday to today": a day moved, or a range
    return (_stem(lead) and _BEGINS_BEFORE.search(lead) is not None) or (
        _stem(rest[:AFTER_REACH]) and _BEGINS_AFTER.match(rest) is not None
    )


def _stem(words: str) -> bool:
    for stem in _STEMS:
        if stem in words:
            return True
    return False
