"""Vague words that wait for an event the words do not date (issue 12, stop 49, tuner u;
CONVENTIONS 5.2): the refusal `event` for them.

- Right before the event: "immediately after the Urgent Question", "soon after the
  election" (clauses.before_event), or a penalty: "will be immediately imprisoned"
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
"""

from __future__ import annotations

import re

from bot.core.deadlines import clauses, lengths

# the opening of a sentence: a condition or an undated event, up to its comma
_OPENING = re.compile(
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


# a "When" opening of the past tells when something was said or done, and waits for nothing:
# "When we met last week, the minister promised to act immediately"; nor does one that names
# no event ("When it comes to housing,", "When asked about the delay,", "When in doubt,")
_PAST_WHEN = re.compile(
    r"[\s\"“‘'(]*when\b(?:[^,]*\b(?:last|yesterday|ago|earlier|was|were|did|had)\b"
    r"|\s+(?:it\s+comes\s+to|in\s+doubt|all\s+is\s+said\s+and\s+done|you\s+look\s+at"
    r"|(?:asked|pressed|questioned|challenged)\b))",
    re.I,
)


def _after_opening_condition(text: str, start: int) -> bool:
    """The words before `start` open their sentence with a condition or an undated event,
    closed by a comma before `start`."""
    begin = clauses.sentence_start(text, start, clauses.REACH)
    m = _OPENING.match(text, begin, start)
    return m is not None and _PAST_WHEN.match(text, begin, m.end()) is None


def waits(text: str, start: int, end: int) -> bool:
    """The vague word at text[start:end] counts from an event the words do not date."""
    return (
        clauses.before_event(text, end)
        or lengths.penalty_next(text, end)
        or _after_opening_condition(text, start)
    )
