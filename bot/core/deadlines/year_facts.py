"""The year of speaking told as the time of a fact, not of an act owed (issue 12, stop 56,
tuner b).

"Government has provided €40 million in funding in 2018" (said in 2018), "information ...
has been presented at various seminars over the course of this year", "This year, HUD is
placing the highest priority on funding ...", "Here we are, in 2025, and it still has not
been published": the year of speaking dates an act already done or a state that holds.
Read at its end, it became a deadline nobody set.

Refused when the chosen phrase is the year of speaking alone ("this year", "in 2018" said
in 2018, "over the course of this year"), the sentence holds no word of an act ahead (a
future or modal, an intention, an expectation, a schedule, a commitment: "we can get this
done this year", "It is hoped to begin the preliminary work this year", "we are committed
this year to putting ...", "is scheduled to retire in 2021") and the year is no object of
a deadline word or of "for" ("ahead of a decision this year", "Our objectives for this year
include ...": the year's aims, due at its end):
- with a past verb (a finite "was", "had", a past form or a perfect: "has done an incredible
  job this year") before it, or after it when no present stands before it, it is refused as
  past; a relative clause set off by commas is passed over ("The scheme, which was announced
  last year, opens in 2026": the opening is ahead);
- "this year" in the present ("is", "are", "has", "we're") has no deadline and no refusal
  word, unless the present tells an act planned for the year: a progressive of an act with
  its object ("We are opening three new schools this year"; one of stance or trend, "is
  giving priority", "we're seeing fewer complaints", "prices are rising", or with no
  object, "we are meeting with the wind in our sails", stays a state), an obligation ("we
  have to deliver"), or the year as what the subject "is" ("Publication is this year"):
  those fall due at the year's end (stop 56 review). "in 2018" in the present is kept:
  refused, it cost more right readings than it gave on material the rule was not written
  from (stop 56).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.words import Place

_YEAR_WORDS: Final = re.compile(
    r"(?:(?:in|during|throughout|over\s+the\s+course\s+of)\s+)?this\s+year"
    r"|(?:in|during|throughout|over\s+the\s+course\s+of)\s+([0-9]{4})"
)
# a word of an act ahead anywhere in the sentence
_AHEAD: Final = re.compile(
    r"\b(?:will|shall|would|going\s+to|to\s+be|expect\w*|aim\w*|plan\w*|intend\w*|hope\w*"
    r"|intent\w*|hoping|target\w*|scheduled|set\s+to|due|should|must|may|might|could|can|cannot"
    r"|need\w*|commit\w*|promis\w*|pledge\w*|undert\w*|objectives?|goals?|decision"
    r"|determined|is\s+to|are\s+to|ha(?:s|ve)\s+to|ahead|upcoming|forthcoming|next|soon|later"
    r"|being)\b"
    r"|'ll\b"
    # an act ordered ("The Government was instructed to start ... in 2022"): still to come
    # when the order is given (stop 57)
    r"|\b(?:instructed|ordered|directed|tasked|mandated|requested)\s+(?:[a-z,]+\s+){0,6}?to\s"
)
# the year as the object of a deadline word or of "for", right before it
_OBJECT_OF: Final = re.compile(
    r"\b(?:by|until|till|before|within|for|ahead\s+of|end\s+of|rest\s+of|remainder\s+of"
    r"|during|later|is|are)\s+$"
)
# a progressive of an act with its object, planned for the year ("we are opening three new
# schools", "is building 500 homes"); not one of stance, experience or trend ("is giving
# priority", "we're seeing", "are rising"), nor an adjective in -ing ("is encouraging")
_PLANNED: Final = re.compile(
    r"\b(?:is|are|am|(?:we|they|it|he|she)['\u2019](?:re|s))\s+(?:(?:also|now|still)\s+)?"
    r"(?!(?:seeing|giving|placing|putting|focus+ing|prioriti[sz]ing|experiencing|facing"
    r"|enjoying|having|doing|getting|looking|hearing|feeling|working|continuing|remaining"
    r"|becoming|rising|falling|growing|increasing|declining|improving|changing|amazing"
    r"|interesting|encouraging|exciting|worrying|promising|concerning|disappointing)\b)"
    r"[a-z]{2,}ing\s+(?:the|a|an|our|its|their|his|her|this|these|new|more|[0-9][0-9,]*"
    r"|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundreds?|thousands?)\b"
)
_PRESENT: Final = re.compile(
    r"\b(?:is|are|am|has|have)\b|\b(?:we|they|it|he|she)['\u2019](?:re|s)\b"
)
# a finite past, or a perfect ("has done an incredible job this year": past, stop 39j)
_PAST: Final = re.compile(
    r"\b(?:was|were|had)\b|\b(?:has|have)\s+(?:not\s+|never\s+|[a-z]+ly\s+)*(?:been|done|made"
    r"|given|taken|seen|shown|won|spent|paid|held|met|put|set|sent|brought|built|grown|had"
    r"|[a-z]{2,}ed)\b"
)
# a relative clause set off by commas tells of its own noun ("The scheme, which was
# announced last year, opens in 2026": the opening is this year's act, ahead)
_RELATIVE: Final = re.compile(r",\s*(?:which|who|whose)\b[^,]*,")
_STOP: Final = re.compile(r"[.!?;:](?:\s|$)")
# an adjective of a compound in -ed ("self-propelled", "state-owned", "ice-covered") is no
# past verb; a prefixed verb stays one ("re-opened", "co-ordinated") (stop 57)
_COMPOUND: Final = re.compile(
    r"\b(?!(?:re|co|pre|un|de|mis|over|out|under|non)-)[a-z]+-[a-z]{2,}ed\b"
)
REASON_PAST: Final = "the year of speaking dates an act already done, not a deadline"
REASON_NOW: Final = "the year of speaking dates a state that holds, not a deadline"


def _sentence(lowered: str, start: int, end: int) -> tuple[int, int]:
    begin = 0
    for m in _STOP.finditer(lowered, 0, start):
        begin = m.end()
    stop = _STOP.search(lowered, end)
    return begin, stop.start() if stop else len(lowered)


def verdict(place: Place | None, year: int) -> tuple[str | None, str] | None:
    """The chosen phrase at `place`, the year of speaking (`year`) told of a fact, refused
    (see the module): (refusal kind or None, reason); None to keep it."""
    if place is None:
        return None
    lowered, start, end, words = place
    if "year" not in words and str(year) not in words:
        return None  # most phrases: no regex
    m = _YEAR_WORDS.fullmatch(words)
    if m is None or (m[1] is not None and int(m[1]) != year):
        return None
    if _OBJECT_OF.search(lowered, max(0, start - 24), start) is not None:
        return None
    begin, stop = _sentence(lowered, start, end)
    if _AHEAD.search(lowered, begin, stop) is not None:
        return None
    before, after = _RELATIVE.sub(",", lowered[begin:start]), lowered[end:stop]
    if "ed" in before and "-" in before:
        before = _COMPOUND.sub("adj", before)  # "the self-propelled platform": no past verb
    if clauses.past_verb(before) or clauses.past_ed(before) or _PAST.search(before):
        return "past", REASON_PAST
    if m[1] is None and (_PRESENT.search(before) or _PRESENT.search(after)):
        if _PLANNED.search(before) or _PLANNED.search(after):
            return None  # "We are opening three new schools this year": due at its end
        return None, REASON_NOW  # "this year" only: "in 2018" of a state stays (stop 56)
    if clauses.past_verb(after) or _PAST.search(after):
        return "past", REASON_PAST
    return None
