"""Engagements and intentions said without "will" or "to".

A minister answering in a debate tells the House what is fixed: "I have arranged a
meeting with the Prime Minister of Portugal", "We have set up a call with the
Commissioner". The meeting lies ahead, though the verb is a present perfect, and the one
who arranged it will attend. And "I intend on amending regulation 12" is "I intend to
amend" in another idiom, which the plan cue (`cues.PLAN`, "intends to") does not read.

Both are cues of a plan (`clauses.sentence_cues`), scored as any plan: a time frame, a speaker
and the vetoes (a question, a negation, a past frame: "In 2019 I had arranged a meeting")
judge them as they judge "plans to". An arrangement for others ("has arranged for
pupils to visit") or of things ("arranged the flowers") is not read.

Issue 13, round 28b (blind40's and blind41's missed pledges).
"""

from __future__ import annotations

import re

# "I have arranged a meeting with", "we've set up a call with", "has scheduled talks
# with": a first-person or named arranger, an engagement, then whom it is with.
_ARRANGED = re.compile(
    r"\b(?:have|has|’ve|'ve)\s+(?:now\s+|also\s+|already\s+)?"
    r"(?P<cue>arranged|scheduled|set\s+up|organised|organized)\s+"
    r"(?:a|an|the)?\s*(?:\w+\s+)?(?:meeting|call|visit|talks|bilateral|discussion)s?\s+"
    r"(?:with|between)\b"
)
# "The Department of the Interior has scheduled 38 oil and natural gas lease sales for 2010",
# "have scheduled three public meetings to present information" (stop 62, t1): a schedule the
# subject has fixed for events to come, whoever else takes part; "scheduled" says they lie ahead
# (a sum or a case "scheduled" is not read: the events are named).
_SCHEDULED_EVENTS = re.compile(
    r"\b(?:have|has|’ve|'ve)\s+(?:now\s+|also\s+|already\s+)?(?P<cue>scheduled)\s+"
    r"(?:[\w\-]+\s+){0,6}?(?:meetings?|hearings?|sessions?|workshops?|webinars?|sales|"
    r"auctions?|conferences?|open\s+houses?|briefings?)\b"
)
# "I intend on amending", "we are intent on publishing": an intention, then a gerund.
_INTENT_ON = re.compile(r"\b(?P<cue>intends?\s+on|intent\s+on)\s+[a-z]+ing\b")


def arranged_acts(text: str) -> list[tuple[str, int, int]]:
    """The cues (kind, start, end) of engagements arranged and intentions "on" a gerund."""
    return [
        ("plan", *match.span("cue"))
        for pattern in (_ARRANGED, _SCHEDULED_EVENTS, _INTENT_ON)
        for match in pattern.finditer(text)
    ]
