"""Vague words that wait for an event the words do not date (issue 12, stop 49, tuner u;
CONVENTIONS 5.2): the refusal `event` for them.

- Right before the event: "immediately after the Urgent Question", "soon after the
  election" (after_words.before_event), or a penalty: "will be immediately imprisoned"
  (lengths.penalty_next).
- After a condition or an event opening the sentence: "If our understanding is mistaken,
  firms will notify us immediately", "In the event such gunfire does occur, shelter should
  immediately be sought", "Once Congress passes the bill, it will soon need to ...",
  "Should the vote be lost, we will respond as soon as possible". The vague word counts
  from the condition being met, which no one dates. A condition of one word names no
  event ("If possible,", "If necessary,", or its idiom "If need be,"; "If elected, we
  would immediately scrap the tax" keeps its window, round 17), nor does "Once again,".
  Only vague words: a date after the condition is read by clauses.condition and the rest.
- Equivalent openings alike (stop 50, fix50): "When the bill passes," and "As soon as the
  bill passes," wait for the event as "Once the bill passes," does (CONVENTIONS 5.2:
  "without delay once the inquiry reports" is `event`); and the speaker's own election in
  words ("If we are elected,", "When I am re-elected,", "If we win the election,") is the
  one-word "If elected," (round 17), which keeps its window.
- Only the election named (stop 51, fix51): "If we win," and "Should we win," wait as "If we
  win the vote," and "If we succeed," do; a win names no election ("If we win the next
  general election,", "Should we be elected," keep the window).
- A "When" opening of the past waits for nothing ("When we met last week,"); a past word in
  its relative clause does not make it one (fix51): "When the bill that was introduced last
  week passes," waits for the passing; a past verb of its own makes it one ("When we met,"
  reads as "When we met last week,"); so is a "Once" or "As soon as" opening of the past.
- A word pointing back to an event told before (stop 62): "It will subsequently be moved to
  the Dail as quickly as possible", "At that point, I will liaise ... as quickly as
  possible", "I will update the House as soon as possible in such an eventuality",
  "Following the conclusion of the consultation process, ... will be published, as soon as
  possible": the vague word counts from that event, which the sentence does not date.
- Nor does a past word in a participle that describes the subject (stop 52, described.py):
  "When the law passed last year takes effect," waits as "When the law takes effect," does.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import after_words, clauses, lengths
from bot.core.deadlines.context import holds
from bot.core.deadlines.described import loosely_described
from bot.core.deadlines.look_back import LOOK_BACK, head_start

# the opening of a sentence: a condition or an undated event, up to its comma
_OPENING: Final = re.compile(
    r"[\s\"“‘'(]*(?:if|once|when|as\s+soon\s+as|in\s+the\s+event(?:\s+that|\s+of)?"
    r"|in\s+case(?:\s+of)?"
    r"|should(?=\s+(?:the|a|an|any|this|that|these|those|there|it|we|they|he|she|you)\b))\s+"
    r"(?!(?:possible|necessary|needed|required|so|not|appropriate|applicable|again|more"
    r"|ever|anything|any|only|at\s+all|need\s+be)\b[\s,])"
    r"(?!(?:that\s+)?(?:(?:we|i)\s+(?:are|am|be|get|were|was|is|become)\s+|we[’']re\s+|i[’']m\s+)"
    r"(?:re-?)?elected\s*,"
    r"|(?:that\s+)?(?:we|i)\s+win\s+the\s+(?:next\s+)?(?:general\s+)?election\s*,)"
    r"[^,;:.!?\s]+\s+[^,;:.!?]{1,160}?,",
    re.IGNORECASE,
)


# a "When" opening that names no event waits for nothing ("When it comes to housing,",
# "When asked about the delay,", "When in doubt,"); nor does one of the past (_of_the_past)
_NO_EVENT_WHEN: Final = re.compile(
    r"[\s\"“‘'(]*when\s+(?:it\s+comes\s+to|in\s+doubt|all\s+is\s+said\s+and\s+done|you\s+look\s+at"
    r"|(?:asked|pressed|questioned|challenged)\b)",
    re.I,
)
# "Once" and "As soon as" tell of the past as "When" does ("Once we met last week,")
_WHEN: Final = re.compile(r"[\s\"“‘'(]*(?:when|once|as\s+soon\s+as)\b", re.I)
# a word of the past ("When we met last week,", "When I was in Brussels,"), with the noun of
# "last" and "earlier": what follows is the clause's next word
_PAST_WORD: Final = re.compile(
    r"\b(?:last(?:\s+[a-z]+)?|yesterday|ago|was|were|did|had"
    r"|earlier(?:\s+today|\s+this\s+[a-z]+|\s+in\s+the\s+[a-z]+)?)\b"
)
# a relative clause's opening, and a verb that is not past after it
_RELATIVE: Final = re.compile(r"\b(?:that|which|who|whom|whose)\b")
_NOT_PAST: Final = re.compile(r"\b(?:is|are|has|have|gets?|becomes?|will|shall)\b")


def _of_the_past(opening: str) -> bool:
    """Whether a "When" opening (lowercased, up to its comma) tells when something was said
    or done, and so waits for nothing: "When we met last week, the minister promised to act
    immediately", "When we met, ..." (its own verb past). A past word inside a relative
    clause tells of the event's subject, not of the event (stop 51, fix51): "When the bill
    that was introduced last week passes," waits as "When the bill passes," does; the verb
    after the relative clause decides ("When the minister who was here last week spoke," is
    of the past)."""
    rel = _RELATIVE.search(opening)
    head = opening if rel is None else opening[: rel.start()]
    head = loosely_described(head)  # "When the law passed last year takes effect,": described.py
    if _PAST_WORD.search(head) is not None or _past_verb(head):
        return True  # "When we met last week,", "When we met,", "When I said that ..."
    marks = [] if rel is None else list(_PAST_WORD.finditer(opening, rel.end()))
    if not marks:
        return False
    rest = opening[marks[-1].end() :]
    return re.search(r"[a-z]", rest) is None or _past_verb(rest)  # no verb after it: as before


def _past_verb(words: str) -> bool:
    """A past verb in `words` and no verb of the present ("is published", "has passed"); a
    past form that describes its noun is none: in "When the money promised arrives," the
    opening's own verb is "arrives" (the final review of stop 51; described.py)."""
    words = loosely_described(words)
    return _NOT_PAST.search(words) is None and clauses.past_form(words)


def _after_opening_condition(text: str, start: int) -> bool:
    """The words before `start` open their sentence with a condition or an undated event,
    closed by a comma before `start`."""
    begin = clauses.sentence_start(text, start, clauses.REACH)
    m = _OPENING.match(text, begin, start)
    if m is None or _NO_EVENT_WHEN.match(text, begin, m.end()) is not None:
        return False
    return _WHEN.match(text, begin, m.end()) is None or not _of_the_past(
        text[begin : m.end()].lower()
    )


# a word pointing back to an event told before, or the end of one named (stop 62); anywhere
# in the sentence: "in such an eventuality", "following the conclusion of"
_EVENT_NAMED: Final = (
    r"in\s+(?:that|such\s+an?)\s+(?:event|eventuality)"
    r"|following\s+the\s+(?:conclusion|completion|end|close)\s+of"
)
_EVENT_AFTER: Final = re.compile(r"\b(?:" + _EVENT_NAMED + r")\b", re.IGNORECASE)
# before the vague word only: after it, "subsequently" and "at that point" count on from the
# act the vague word times ("We will publish it immediately and subsequently brief the
# Committee"; stop 62 review)
_EVENT_BEFORE: Final = re.compile(
    r"\b(?:subsequently|at\s+that\s+(?:point|stage|juncture)|" + _EVENT_NAMED + r")\b",
    re.IGNORECASE,
)
_EVENT_CUES: Final = ("ubsequently", "t that", "n that", "n such", "ollowing the")


def _told_event(text: str, start: int, end: int) -> bool:
    """The sentence of the vague word at text[start:end] points back to an event."""
    if not any(holds(text, cue) for cue in _EVENT_CUES):
        return False  # the cheap test first, once per long text: most hold none of these words
    begin = head_start(text, start)[0]  # far into a long paste with no stop, its last LOOK_BACK
    stop = clauses.SENTENCE.search(text, end, min(len(text), end + clauses.REACH))
    until = stop.start() if stop else min(len(text), end + LOOK_BACK)
    return (
        _EVENT_BEFORE.search(text, begin, start) is not None
        or _EVENT_AFTER.search(text, end, until) is not None
    )


def waits(text: str, start: int, end: int) -> bool:
    """The vague word at text[start:end] counts from an event the words do not date."""
    return (
        after_words.before_event(text, end)
        or lengths.penalty_next(text, end)
        or _after_opening_condition(text, start)
        or _told_event(text, start, end)
    )
