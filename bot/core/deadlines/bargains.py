"""Times guessed at or put forward in a bargain (issue 12, stop 58; CONVENTIONS 4.3).

Members of a House bargain over its hours and guess at its business: "I think 11.30 would be
more reasonable", "I think I would compromise with 12 o'clock", "I am compromising with 11.30
p.m.", "I think if we cannot conclude this discussion by 11 p.m. it would be better to leave
it over until tomorrow", "I think probably on Monday", "Perhaps, tomorrow morning", "I'm not
sure when exactly, perhaps already tomorrow". Nobody undertakes such a time: it is offered
for agreement or guessed at, so nothing falls due (`due=None`, no refusal word).

Three shapes, each read from the sentence that holds the phrase:
- a bargain: the speaker offers to compromise with the time ("I would compromise with 12
  o'clock", "I am compromising with 11.30 p.m.") or asks whether the other side will agree to
  a compromise, or the speaker's "I think" is
  followed in the same sentence by "would be better", "would be more reasonable" and the like
  (what the speaker would prefer, put to the others), or the speaker's "I suggest" or "I
  propose" by "would be a most appropriate day" and the like (stop 60: a day put forward as
  the fitting one), unless the phrase lies in a clause
  of its own beside that preference ("..., and we will open it by 2028");
- a guess: "perhaps", "probably", "possibly" or "maybe" right before the phrase (a comma,
  "already", "on" or "at" between them at most), with no verb of the future before it in the
  sentence: "The House will rise, probably on Monday" tells what will happen and keeps its
  date, "I think probably on Monday" only guesses;
- a suggestion to another: the sentence opens "Perhaps" and a third person's "will" or
  "would" follows ("Perhaps the hon. Member will put that question down for Monday"): the act
  is left to them.

What is told as going to happen, or as the speaker's plan, stays dated however modestly put
("We hope to take the Bill through all stages on Thursday next", "We will probably finish by
Friday").
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.look_back import LOOK_BACK
from bot.core.deadlines.words import Place

# cheap substring tests first: one of them must be in the lowered text
CUES: Final = (
    "compromis",
    "would ",
    "should be",
    "suit",
    "perhaps",
    "probably",
    "possibly",
    "maybe",
)

# the speaker's own counter-offer, the time its object ("I would compromise with 12 o'clock",
# "I am compromising with 11.30 p.m."), or a compromise the other side is asked to agree to
# ("If Deputy Sweetman will agree to a compromise"); not the noun of a deal told as going to
# happen ("The compromise deal will take effect on 1 January") nor a compromise over something
# else ("I would compromise with the unions and pay the bonus by June")
_COMPROMISE_OFFERED: Final = re.compile(
    r"\b(?:i|we)(?:\s+(?:would|will|shall|could|can|am|are|might)|(?:'|\u2019)(?:d|ll|m|re))?"
    r"\s+(?:be\s+)?compromis(?:e|ing)\s+(?:(?:with|on|at|for)\s+)?$"
)
_COMPROMISE_ASKED: Final = re.compile(r"\b(?:will|would)\s+agree\s+to\s+a\s+compromise\b")
# The gap is at most LOOK_BACK characters, the longest sentence the product reads: unbounded,
# it ran from every "I think" to the end of a long text with no full stop (issue 12, stop 62:
# 3 s on 100 kB of "I think it would be fine by Friday and ...")
_GAP: Final = f"[^;!?]{{0,{LOOK_BACK}}}?"
_PREFERRED: Final = re.compile(
    rf"\bi\s+think\b{_GAP}\bwould\s+be\s+(?:much\s+|far\s+|rather\s+)?(?:more\s+)?"
    r"(?:better|reasonable|preferable|sensible|convenient|wiser|fairer|easier)\b"
    # a day put forward as the fitting one (stop 60, fresh172): "I suggest that the 1st April
    # would be a most appropriate day"
    rf"|\b(?:i|we)\s+(?:would\s+|should\s+)?(?:suggest|propose)\b{_GAP}\bwould\s+be\s+"
    r"(?:a\s+|the\s+)?(?:most\s+|more\s+|very\s+|quite\s+|much\s+)?"
    r"(?:appropriate|suitable|better|reasonable|convenient|sensible|fitting|proper|preferable)\b"
    # (stop 63) the time that suits better: "I think 3 o'clock suits the city Senators better"
    rf"|\bi\s+think\b{_GAP}\bsuits?\b[^;!?]{{0,60}}?\b(?:better|best)\b"
    # an act weighed as the sentence's subject: "To take it on Friday would seem to be rushing
    # the thing", "Meeting on Wednesday would suit most members"; not a fronted adverbial of
    # time ("Starting on Monday, ...": a comma ends the subject) nor "Nothing would ..."
    r"|^\s*(?:to\s+[a-z]+|(?!(?:starting|beginning|commencing|during|following|nothing"
    r"|something|anything|everything|according|including|pending|morning|evening)\b)"
    r"[a-z]{3,}ing)\b[^,;:!?]{0,120}?\bwould\s+(?:seem|appear|be|suit|mean|leave|cause)\b"
    # but the speaker's aim told so stays a plan: "Publishing it next week would be our aim"
    r"(?![^,;:!?]{0,30}?\b(?:aims?|intention|plans?|hopes?|target|goal|objective|commitment)\b)"
    # an impersonal preference or a request in the conditional: "It would be better to take
    # the vote on Monday", "It would be helpful if the Minister could make a statement next
    # week", "I would be glad if the Bill could be printed in time for Friday"
    r"|\bit\s+would\s+(?:seem\s+|appear\s+)?(?:to\s+)?be\s+(?:much\s+|far\s+|rather\s+|more\s+"
    r"|most\s+|very\s+|quite\s+|a\s+)*(?:better|best|preferable|sensible|convenient|wiser|fairer"
    r"|easier|desirable|advisable|wrong|unfair|unwise|premature|mistake|helpful|useful"
    r"|unreasonable|reasonable)\b"
    # not the speaker's own side's act put modestly: "it would be better ... if we were to
    # decide to-night to adjourn until nine o'clock to-morrow morning" (a plan, 4.3)
    r"(?![^;!?]{0,100}?\bif\s+(?:we|i)\b)"
    r"|\b(?:i|we)\s+(?:would|should)\s+be\s+(?:very\s+|most\s+)?(?:glad|grateful|pleased|happy|obliged)"
    r"\s+if\b"
)
# a clause of its own after the preference tells a plan: "I think the new hospital would be
# better for patients, and we will open it by 2028"; or gives the reason or the outcome
# told as going to happen ("It would be better to wait, because the council will decide on
# 14 January", "..., which is why the work will be done by 5 January"; stop 63 review)
_PLAN_AFTER: Final = re.compile(
    r"[,;:]\s*(?:and|but|so|while|whereas|because|since|(?:which|that)\s+is\s+why)\b[^,;:]*?"
    r"\b(?:will|shall|'ll|are\s+going\s+to)\b"
)
_CLAUSE_BREAK: Final = re.compile(r"[,;:]")
# the hedge right before the phrase
_HEDGE_BEFORE: Final = re.compile(
    r"\b(?:perhaps|probably|possibly|maybe)\s*,?\s*(?:already\s+|even\s+)?(?:on\s+|at\s+)?$"
)
# a stop that does not end the sentence: "11 p.m. it", "the hon. Member"
_ABBREVIATION: Final = re.compile(r"\b(?:[ap]\.m|hon|rt|no|mr|mrs|ms|dr|st)\.\s*$")
_HEDGE_OPENS: Final = re.compile(r"(?:perhaps|probably|possibly|maybe)\b")
# a verb of the future or of a plan before the hedge: what will happen is told, and dated
_FUTURE: Final = re.compile(
    r"\b(?:will|shall|'ll|going\s+to|plan(?:s|ned)?\s+to|intends?\s+to|expects?\s+to|hopes?\s+to"
    r"|is\s+to|are\s+to|due\s+to|would|should|must|can|could|may|might)\b"
)
# "Perhaps the hon. Member will ...": a third person's act suggested to them
_SUGGESTED: Final = re.compile(
    r"[\s\"'\u201c\u2018(]*perhaps\s+(?!i\b|we\b)(?:the\s+|my\s+|his\s+|her\s+|you\b|he\b|she\b|they\b)"
    r"[^;!?]*?\b(?:will|would)\b"
)


def offered(place: Place | None) -> bool:
    """Whether the chosen phrase at `place` (words.located) is a time guessed at or put
    forward in a bargain (see the module)."""
    if place is None:
        return False
    lowered, start, end, _ = place
    if not any(cue in lowered for cue in CUES):
        return False
    opening = clauses.sentence_start(lowered, start)
    for _ in range(3):  # "by 11 p.m. it would be better": a clock's or a title's stop goes on
        abbreviation = _ABBREVIATION.search(lowered, 0, opening)
        if abbreviation is None:
            break
        opening = clauses.sentence_start(lowered, abbreviation.start())
    close = clauses.SENTENCE.search(lowered, end)
    sentence_end = len(lowered) if close is None else close.start()
    sentence = lowered[opening:sentence_end]
    if (
        _COMPROMISE_OFFERED.search(lowered, opening, start)
        or _COMPROMISE_ASKED.search(sentence)
        or _preferred(sentence, start - opening, end - opening)
    ):
        return True
    # the hedge before the phrase, or opening it ("probably on Monday" read as one phrase)
    hedge = _HEDGE_BEFORE.search(lowered, opening, start) or _HEDGE_OPENS.match(lowered, start, end)
    if hedge is not None and _FUTURE.search(lowered, opening, hedge.start()) is None:
        return True
    return _SUGGESTED.match(lowered, opening, start) is not None


def _preferred(sentence: str, start: int, end: int) -> bool:
    """Whether the phrase at `start`..`end` of `sentence` is the time the speaker's "I think
    ... would be better" puts forward, not one told in a clause beside it ("We will publish
    on Friday, and I think that would be better")."""
    if "would" not in sentence and "suit" not in sentence and "should" not in sentence:
        return False
    preferred = _PREFERRED.search(sentence)
    if preferred is None:
        return False
    if end <= preferred.start():
        return _CLAUSE_BREAK.search(sentence, end, preferred.start()) is None
    if start >= preferred.end():
        return _PLAN_AFTER.search(sentence, preferred.end(), start) is None
    return True
