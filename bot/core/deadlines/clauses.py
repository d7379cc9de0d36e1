"""What the words around a time phrase say about it (issue 12).

A sentence often holds several time phrases, and the one that counts is not always the
longest. These cues read the clause in front of a phrase (back to the last comma, full
stop, bracket or "but") and the sentence as a whole:

- negated: "will no longer start on ...", "instead of on 1st January", "it will not be
  possible ... next week": the phrase is a plan being dropped, never the deadline.
  After a negation, "until"/"before"/"for" give an earliest date only ("will not happen
  until 2027", "may not be signed for a further six months"), and "after"/"later than"
  give a deadline ("in no event ... after October 1").
- reported past: "said on 20 March", "laid before the House on 12 June": a past verb and
  no future one in the clause make a phrase the moment something was said or done.
- a delay's size: "postponed by roughly a week" counts from an earlier plan, not from now.
- the week commencing <day>: that Monday-to-Sunday week, due on its Sunday.
- recurring: "each complaint gets a reply within five working days", "Monday through
  Friday": a standing service level, not one deadline.
- an event gate: "at the earliest opportunity once it is ready" waits for an event.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"\.(?=\s|$)|[;:!?()\"]|,|\s-\s|\b(?:but|so|whereas|although)\b")
_SENTENCE = re.compile(r"\.(?=\s|$)|[;:!?]")
_NEGATION = re.compile(
    r"\b(?:not|no\s+longer|never|cannot|unable\s+to|instead\s+of|rather\s+than|leave\s+out"
    r"|as\s+opposed\s+to|cancell?ed|called\s+off|originally|postponed\s+from"
    r"|scrapped|abandoned|dropped|no\s+event|no\s+circumstances)\b|n't\b"
)
_PAST_VERB = re.compile(
    r"\b(?:said|announced|stated|told|wrote|laid|reported|contributed|spent|introduced"
    r"|inserted|was|were|had|did|signed|agreed|confirmed|declared|launched|opened|made|took"
    r"|held|met|gave|sent|came|went|began|spoke|convened|identified)\b"
    r"|\b(?:i|we|he|she|they)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b"  # "I replied", "we announced"
)
_FUTURE = re.compile(
    r"\b(?:will|shall|would|to\s+be|going\s+to|expect\w*|(?:aim|plan|intend|hope)\w*\s+to"
    r"|due|should|must|may|might|could|can|is\s+to|are\s+to|had\s+to|has\s+to|have\s+to"
    r"|need\w*|necessary|target\w*|scheduled|set\s+to)\b|'ll\b"
)
_DEADLINE_PRE = re.compile(
    r"\b(?:by|until|till|til|before|within|no\s+later|not\s+later|deadline|due|through|thru"
    r"|extended\s+to|moved?\s+to|postponed\s+to|delayed\s+to|deferred\s+to|put\s+back\s+to"
    r"|committed\s+to|commitment\s+to|target\w*|aim\w*\s+for|inside|up\s+to)\b"
)
_DELAY = re.compile(
    r"\b(?:postpone[sd]?|delay(?:ed|s)?|defer(?:red|s)?|extend(?:ed|s)?|put\s+back|push(?:ed)?"
    r"\s+back|slip(?:ped|s)?|late|behind)\b(?:\s+[a-z'.]+){0,4}?\s*$"
)
_WEEK_COMMENCING = re.compile(r"(?:week\s+(?:commencing|beginning|starting)(?:\s+on)?|w/c)\s*$")
_RECURRING = re.compile(
    r"\b(?:each|every)\s+(?!(?:effort|attempt|step|possible|chance|reason|confidence|sense"
    r"|opportunity|one\s+of)\b)[a-z]+"
    r"|\b(?:daily|weekly|fortnightly|monthly|annually|yearly|per\s+(?:day|week|month|year"
    r"|annum))\b|\b(?:monday|mon)\s+(?:through|thru|to|-)\s+(?:friday|fri)\b"
    r"|\bon\s+a\s+(?:daily|weekly|monthly|regular|rolling)\s+basis\b"
    r"|\b(?:hours?|days?|times)\s+a\s+(?:day|week|month|year)\b"
    r"|\bwithin\s+[^.;]{0,40}\bof\s+(?:receipt|receiving)\b"
)
_EVENT_GATE = re.compile(
    r"\b(?:once|when|until|as\s+soon\s+as)\s+(?:it|they|this|that|the\s+[a-z]+)\s+(?:is|are|has"
    r"|have|gets?|becomes?)\s+(?:been\s+)?(?:ready|complete|completed|finished|available"
    r"|agreed|passed|signed|approved)\b"
)
_ADJECTIVE_SPAN = re.compile(r"\s+(?!(?:from|later|time|before|after|of|since|hence|ago)\b)[a-z]")
_STRONG_EARLIEST = re.compile(
    r"\b(?:not\s+before|no\s+earlier\s+than|no\s+sooner\s+than|not\s+until|not\s+till)\s*$"
)


def clause_before(text: str, start: int, floor: int = 0, sentence: bool = False) -> str:
    """The words of the clause (or sentence) in front of `start`, back to the last
    boundary or to `floor` (the end of the time phrase before it), whichever is later."""
    base = max(floor, start - 200, 0)
    window = text[base:start]
    last = 0
    for m in (_SENTENCE if sentence else _BOUNDARY).finditer(window):
        last = m.end()
    return window[last:]


def sentence_after(text: str, end: int) -> str:
    """The rest of the sentence after `end`."""
    m = _SENTENCE.search(text, end)
    return text[end : m.start() if m else len(text)]


_DURATION = re.compile(
    r"\b(?:can|could|may|might|usually|typically|normally|generally|often)\s+(?:[a-z]+\s+)?"
    r"(?:take|takes|last|lasts)\b[^.;:]*$"
    r"|\b(?:will\s+)?lasts?(?:\s+for)?\s*$"
)


def duration_estimate(before: str) -> bool:
    """ "processing can take up to ten working days": how long a thing lasts, no deadline."""
    return _DURATION.search(before) is not None


def negated(clause: str) -> bool:
    return _NEGATION.search(clause) is not None


def reported_past(clause: str) -> bool:
    return _PAST_VERB.search(clause) is not None and _FUTURE.search(clause) is None


def deadline_word(pre: str) -> bool:
    return _DEADLINE_PRE.search(pre) is not None


def delay_size(clause: str) -> bool:
    return _DELAY.search(clause) is not None


def week_commencing(before: str) -> bool:
    return _WEEK_COMMENCING.search(before) is not None


def recurring(text: str) -> bool:
    return _RECURRING.search(text) is not None


def event_gate(text: str) -> bool:
    return _EVENT_GATE.search(text) is not None


def adjective_span(text: str, end: int) -> bool:
    """ "the three-month period": a hyphenated span in front of a noun names a thing."""
    return _ADJECTIVE_SPAN.match(text, end) is not None


def strong_earliest(pre: str) -> bool:
    return _STRONG_EARLIEST.search(pre) is not None
