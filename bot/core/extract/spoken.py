"""Commitments spoken of rather than made, and a briefer running the room.

Issue 13, round 25b (precision). blind35's false candidates hold a commitment word that
the sentence only talks about:

- a thing restating someone's commitment in the present ("The conclusions reaffirm the
  Council's commitment to enlargement", "The visit reaffirms the Administration's
  commitment"): what a text or a trip shows, a stance; a person or a body that
  "reaffirmed their commitment to" is still read as committing (the splits label it so);
- a commitment another party is asked for, in the present ("Companies are being asked to
  meet these commitments"): a request to others (CONVENTIONS 2.3); "will be asked to
  agree" (a sitting's business) and "have been asked to explore" (a panel's remit) stay;
- a belief about another's commitment ("We believe that the ministry is committed to
  acting soon"): the believer's view, not the other's undertaking;
- an expectation of an outcome ("I expect to see more offers", "I expect we'll see our
  targets met", "we expect it will continue to help"): a forecast; an expected act stays
  ("We expect that this will be during the summer recess" is labelled, a plan with a date);
- invitations issued, with no time to act ("Nine projects have been invited to submit
  full applications"): a done act, the choice now the invited's (CONVENTIONS 2.1, 2.3);
  a task with its time ("has been invited to respond within two months") and the
  European way of tasking ("The Commission is invited to present a proposal") stay;
- what a thing's future hangs on ("The exact position will be governed by the timing of
  the change"), whatever its date: a description, not an act;
- a name taken from goals ("The scheme takes its name from the agency's reduction
  goals"): a description of the scheme;
- a commitment named inside a phrase that only places a thing in relation to it ("have
  been central to President Biden's commitment to", "is the cornerstone of the EU's
  renewed commitment to", "given our commitment to reducing emissions", "the execution of
  Chairman Kim's commitment to"): what the thing is or why, the commitment named and not
  made (stop 43; another cue of the sentence, "In line with its commitment to openness,
  the Department will publish", still counts).

Each is doubted (set aside under "Maybe", `aside`), never refuted. The briefer's running
of the room ("Tony, I'll begin with you", "I'll take one more") is refuted outright, as
the other housekeeping of the occasion is (`judging.housekeeping`): the splits never
label it.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

# A thing, not an actor, as the subject of a restating verb in the present.
_THING_RESTATES = re.compile(
    r"\b(?:conclusions|declaration|statement|communiqu[eé]|report|text|document|resolution|"
    r"visit|trip|meeting|summit|decision|agreement|budget|strategy|plan|letter|announcement|"
    r"move|step|outcome|programme|program|package|bill)\b(?:\s+[\w’'\-]+){0,4}?\s+"
    r"(?:reaffirms?|reiterates?|confirms?|underlines?|underscores?|demonstrates?|shows?|"
    r"reflects?|signals?|highlights?|recalls?)(?:\s+[\w’'\-]+){0,5}\s*$",
    re.IGNORECASE,
)
# A request to others, in the present: "are being asked to", "is asked to".
_ASKED_NOW = re.compile(r"\b(?:is|are)\s+(?:now\s+|also\s+)?(?:being\s+)?$", re.IGNORECASE)
# A belief about another party: "We believe that Turkey is", "I think the Council is".
_BELIEF = re.compile(
    r"\b(?:I|we)\s+(?:\w+\s+)?(?:believe|think|trust|assume|understand|feel)\s+(?:that\s+)?"
    r"(?P<subject>[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)\s+(?:is|are|remains?|has\s+been|have\s+been)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Invitations issued: "have been invited to submit", the choice now the invited's.
_INVITED_DONE = re.compile(r"\b(?:has|have)\s+(?:now\s+|also\s+)?$", re.IGNORECASE)
_SELF = frozenset({"i", "we", "i am", "we are"})
# An expectation in front of a "will": "I expect we", "we expect that it", "as we expect it".
_EXPECTATION = re.compile(
    r"\b(?:I|we)\s+(?:\w+\s+)?expects?\s+(?:that\s+)?(?:[\w’'\-]+\s*){1,3}$", re.IGNORECASE
)
# What an expectation foresees, not an act: "we'll see our goals reached", "it will
# continue to help".
_OUTCOME = re.compile(
    r"\s+(?:(?:all|still|then)\s+)?(?:see|continue|remain|grow|rise|fall|increase|improve|"
    r"go\s+(?:up|down)|get\s+(?:better|worse))\b",
    re.IGNORECASE,
)
# What a thing's future hangs on, a circumstance and not an actor: "will be governed by
# the nature and timing of", "will depend on the outcome of" ("shall be determined by the
# Government" is the Government's duty, and stays).
_GOVERNED_BY = re.compile(
    r"\s+(?:(?:largely|partly|entirely|ultimately)\s+)?(?:be\s+(?:governed|determined|dictated|"
    r"decided|shaped|influenced|affected)\s+by|depend\s+(?:on|upon))\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:\w+\s+)?(?:nature|timing|outcome|result|results|level|extent|progress|pace|scale|size|"
    r"number|availability|state|course|circumstances|conditions|weather|demand|speed)\b",
    re.IGNORECASE,
)
# A name taken from goals or commitments: "derives its name from", "is named after"; the
# goals the sentence goes on to list are the name's too ("..., with an interim goal of").
_NAMED_FROM = re.compile(
    r"\b(?:(?:derives?|takes?|draws?|gets?)\s+its\s+name\s+from|(?:is|was)\s+named\s+"
    r"(?:after|for))\s",
    re.IGNORECASE,
)
# The phrase that places a thing in relation to a commitment named after it: "central to",
# "the cornerstone of", "as part of", "given", "in line with", with at most the owner's
# words ("President Biden", "the EU", "the U.S. Government") between it and the cue.
_FRAMED = re.compile(
    r"\b(?:(?:central|integral|fundamental|key|core|essential|vital|crucial)\s+to|"
    r"(?:(?:a|an|the)\s+(?:\w+\s+)?)?(?:cornerstone|heart|core|centrepiece|centerpiece|"
    r"pillar|hallmark|result|consequence|product|execution|implementation|testament|"
    r"expression)\s+of|(?:as|is|are|was|were)\s+(?:a\s+|an\s+)?(?:\w+\s+)?part\s+of|"
    r"(?:in\s+(?:line|keeping)|consistent)\s+with|given|because\s+of|thanks\s+to)\s+"
    r"(?:(?:the|this|that)\s+)?(?:[A-Z][\w’'.\-]*(?:\s+|$)){0,4}$"
)
# "given" as a verb: "has given a commitment to", "had been given an undertaking", "has
# also given"; not "which is important given our commitment to" (stop 65, x2).
_GIVEN_BY = re.compile(
    r"\b(?:has|have|had|having|was|were|been|be|is|are)\s+(?:(?:also|already|now|just|\w+ly)\s+)?$"
)
# A commitment told about, not made (stop 64's note, kind 2): "talked about the UK's
# commitment to helping", "further highlighted how the MCC's commitment to ... is".
_TOLD_ABOUT = re.compile(
    r"(?i)\b(?:(?:talk|spoke|speak|writ|wrote)\w*\s+about|(?:highlight|explain|show|describ|"
    r"illustrat)\w*\s+how)\s+(?:[\w’'\-]+\s+){0,3}[\w’'\-]*$"
)
_COMMITMENT_WORD = re.compile(r"commit|pledge|goal|target|undertaking", re.IGNORECASE)


def spoken_of(text: str, cue: Cue, dated: bool) -> str | None:
    """The doubt (`aside.DOUBTS`) of a commitment the sentence only talks about, or None.
    `dated`: whether the cue's clause names a time ahead."""
    before = text[max(0, cue.start - 200) : cue.start]
    word = text[cue.start : cue.end]
    if _COMMITMENT_WORD.search(word):
        if _THING_RESTATES.search(before):
            return "describes"  # "The conclusions reaffirm the Council's commitment to"
        if _NAMED_FROM.search(before):
            return "describes"  # "derives its name from EPA's national reduction goals"
        if _FRAMED.search(before) and re.search(r"commitment", word, re.IGNORECASE):
            return "describes"  # "have been central to President Biden's commitment to"
        if _TOLD_ABOUT.search(before) and re.search(r"commitment", word, re.IGNORECASE):
            return "describes"  # "talked about the UK's commitment to helping"
        if re.match(r"given\s+(?:our|their|its|his|her|my|the)\b", word, re.IGNORECASE) and (
            not _GIVEN_BY.search(before)
        ):
            return "describes"  # ", given our commitment to", not "has given a commitment"
        belief = _BELIEF.search(before)
        if belief and belief.group("subject").lower() not in _SELF:
            return "vetoed"  # "We believe that Turkey is committed to"
    if re.match(r"(?:being\s+)?asked\s+to\b", word, re.IGNORECASE) and not dated:
        if _ASKED_NOW.search(before):
            return "vetoed"  # "Companies are being asked to meet these commitments"
    invited = word.lower().startswith("been invited") and not dated
    if invited and _INVITED_DONE.search(before):
        return "vetoed"  # "projects ... have been invited to submit full applications"
    if cue.kind == "will" and _GOVERNED_BY.match(text, cue.end):
        return "describes"  # "The exact position will be governed by the timing of"
    expected = word.lower().startswith("expect") or (
        cue.kind in {"will", "would"} and _EXPECTATION.search(before)
    )
    if expected and not dated and _OUTCOME.match(text, cue.end):
        return "forecast"  # "I expect we'll see our goals reached"
    return None


# The briefer giving the floor: "I'll begin with you", "I'll take one more", "we'll go to
# you next", "I'll take the last question" (not "we will go to Jordan", a trip).
_ROOM = re.compile(
    r"\b(?:I|we)\s*(?:['’]ll|will|shall)\s+(?:now\s+|just\s+)?"
    r"(?:(?:begin|start|go)\s+(?:with|to)\s+you(?:\s+(?:first|next|there))?\s*(?:[.,;]|$)|take\s+(?:(?:one|two|three|a\s+couple|a\s+few|just\s+one)\s+"
    r"(?:more|last|final)|(?:the|a)\s+(?:next|last|final)\s+(?:one|question))\b)"
)


def runs_the_room(text: str, cue: Cue) -> bool:
    """Whether the cue is a briefer handing out the floor in the room."""
    return any(found.start() <= cue.start < found.end() for found in _ROOM.finditer(text))
