"""A time inside a question put indirectly (issue 12, stop 58 tuner a; CONVENTIONS 4.3).

Parliamentary questions are printed without their question mark: "To ask the Taoiseach his
key priorities in his Department for the next three months", "Deputy X asked the Minister
for Housing ... the rents to be charged on the projects to be delivered in 2019 and 2020",
"Mr. Deenihan asked the Minister ... if he will extend the termination date from 4 December
2002 to 28 February 2003; and if he will make a statement on the matter". A member asks; the
time is part of what is asked about, and nobody undertakes it, as in a direct question
(wh_questions.py): `due=None`, no refusal word.

The question is known by its opening ("To ask the ...", "<member> asked the Minister
(Taoiseach, Secretary of State, Prime Minister, ...)", the sentence opening with the
question words) or by its printed tail ("; and if he will make a statement"). Its parts run
on over semicolons, so the whole sentence up to a full stop counts. Not "to ask the House
(your Lordships) to sit ...": a Leader telling the House's business. A fact of a dated event
told inside the question keeps its date, as labelled ("the first general election in that
country since 2010, which is due to take place in November").
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import stops
from bot.core.deadlines.words import Place

_TAIL_CUE: Final = "make a statement"

# only a full stop (not "hon.", "Mr."), "!" or "?" ends the question: its parts run on
# over semicolons and a "Question 422:" label
_FULL_STOP: Final = re.compile(stops.STOP + r"|[!?]")
# before the phrase: the question's opening
_OPENING: Final = re.compile(
    r"\bto\s+ask\s+(?!the\s+(?:house|senate|d[aá]il|seanad|committee)\b)"
    r"(?:the|her|his|him|my)\s"
    r"|\basked\s+the\s+(?:minister|taoiseach|t[aá]naiste|secretary|prime\s+minister"
    r"|chancellor|attorney|first\s+minister|leader\s+of\s+the)\b"
)
# after "asked the <office>", its act with no question word before it: an instruction that
# commits the office (issue 13's "commits others"), not a question ("asked the Minister
# whether ...", "asked the Minister for Housing the rents to be charged ...")
_INSTRUCTED: Final = re.compile(
    r"(?:[\s,]+(?!to\b|whether\b|if\b|what\b|when\b|why\b|how\b|which\b|who\b|the\b)"
    r"[a-z.'\u2019-]+){0,6}?\s+to\s+(?!be\b)[a-z]+"
)
# anywhere in the sentence: the printed tail of a written question
_TAIL: Final = re.compile(
    r";\s*and\s+if\s+(?:he|she|they|the\s+minister)\s+will\s+make\s+a\s+statement\b"
)
# a dated event told as a fact inside the question
_FACT: Final = re.compile(r"\b(?:is|are|was|were)\s+due\s+to\b|\bdue\s+to\s+take\s+place\b")


def asked(place: Place | None) -> bool:
    """Whether the chosen phrase at `place` (words.located) lies in a parliamentary question
    put indirectly (see the module)."""
    if place is None:
        return False
    lowered, start, end, _ = place
    if lowered.find("ask", 0, start) < 0 and _TAIL_CUE not in lowered:
        return False  # cheap substring tests first
    opening = 0
    for stop in _FULL_STOP.finditer(lowered, 0, start):
        opening = stop.end()
    close = _FULL_STOP.search(lowered, end)
    closing = len(lowered) if close is None else close.start()
    asking = _OPENING.search(lowered, opening, start)
    if asking is not None and _INSTRUCTED.match(lowered, asking.end(), start):
        asking = None  # "The Prime Minister has asked the Chancellor to report by Friday"
    if asking is None and not _TAIL.search(lowered, opening, closing):
        return False
    return _FACT.search(lowered, opening, closing) is None
