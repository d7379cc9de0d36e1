"""The running of the event a text records: told, not pledged.

Issue 13, round 29a (precision). A transcript of a briefing, a call or a press conference
tells, as it goes, what its speakers are doing in it: "We'll go ahead and get started",
"And with that, I'll turn it over to the Secretary", "I will start today by highlighting
four aspects of ...", "I'll just give you a summary of the trip", "Barbara is going to
brief us today", "They will be available for the question and answer session" (CONVENTIONS
2.4). Each is done within the event itself, before the reader has finished reading it:
no act is left to check later. A notice of a future event ("The Secretary will deliver
remarks at the Conference on 18 January", "will deliver remarks followed by a brief Q and
A session at ...") is a schedule and stays: the forms here are the speaker's own turn, a
handover to someone present, the audience addressed as "us" or "you", or remarks told
with the questions that follow them and no place or time of their own.

Round 29c adds the chair of a debate, who says whom the House hears next ("I shall call
Jane Doe to open the debate, and then the Minister to reply"), and the host of a weekly
round-up, who says how the session will go ("I'll start as usual and go through the week
ahead"): read after the speaker's own "I will" or "we'll" alone, with or without a time
frame ("the week ahead" is the session's own).

Each is doubted as "weak" (`aside.DOUBTS`), never refuted: the sentence moves to the
"maybe" list. Only grammar and a few closed word lists are read here.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

_MODIFIERS = r"(?:(?:just|now|first|then|next|also|shortly|briefly|quickly|simply)\s+)*"
# Said (by the briefer) of what the briefer says next: the verb after "start by".
_SPEAKING = (
    r"(?:highlighting|giving|saying|thanking|welcoming|outlining|talking|reviewing|noting|"
    r"describing|explaining|walking|introducing|reading|sharing|providing|offering|going|"
    r"running|making|laying|setting|updating|recapping|summari[sz]ing|reminding|recognizing|"
    r"recognising|acknowledging|announcing)"
)
# The speaker's own opening, hand-over and running order, read after "I will"/"we'll":
# "go ahead and get started", "turn it over to", "start today by highlighting", "follow
# with an overview", "give you guys a summary of", "do one piece of news".
_OWN_RUNNING = re.compile(
    r"\s+" + _MODIFIERS + r"(?:go\s+ahead\s+and\s+)?" + _MODIFIERS + r"(?:"
    r"get\s+(?:started|going|underway)\s*(?:[.,;:!]|$|(?:now|today|here)\b)|"
    r"(?:start|begin|kick\s+(?:it|things|this)\s+off|open|lead\s+off)(?:\s+(?:today|"
    r"(?:this|the)\s+(?:morning|afternoon|evening|call|briefing|conference)|here|off))?"
    r"\s+by\s+" + _SPEAKING + r"\b|"
    r"(?:turn|hand|pass)\s+(?:it|things|this|the\s+(?:call|floor|podium|briefing|mic))\s+"
    r"(?:back\s+)?over\b|"
    r"follow\s+(?:up\s+)?with\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:overview|summary|rundown|"
    r"readout|preview)\b|"
    r"give\s+(?:you\s+(?:all\s+|guys\s+)?)?(?:an?\s+|the\s+)?(?:quick\s+|brief\s+|short\s+|"
    r"general\s+)?(?:overview|summary|rundown|readout|preview)\b|"
    r"do\s+(?:a|one)\b(?:\W+\w+){0,3}?\W+(?:piece\s+of\s+news|announcements?|housekeeping)"
    r")",
    re.IGNORECASE,
)
# Whom the chair calls and what for: "call Jane Doe to move the motion", "call the
# Minister to respond". The name or title is short and ends before "to" + a floor verb.
_CALLS = re.compile(
    r"\s+" + _MODIFIERS + r"call\s+(?:up(?:on)?\s+|on\s+)?(?:the\s+)?(?:[\w.'’-]+\s+){1,5}?to\s+"
    r"(?:move|open|respond|reply|wind\s+up|sum\s+up|speak|ask|put|present|introduce)\b"
    r"(?!\s+(?:legislation|a\s+bill|the\s+(?:bill|budget|law)))",
    re.IGNORECASE,
)
# A host's running order: "start as per usual", "run through, quickly, the week ahead".
_ROUND_UP = re.compile(
    r"\s+" + _MODIFIERS + r"(?:(?:start|begin|kick\s+off)\s+(?:as\s+(?:per\s+)?usual|"
    r"as\s+(?:I|we)\s+(?:always|usually)\s+do)\b|"
    r"(?:run|go|walk)\s+(?:you\s+)?through,?\s+(?:\w+,\s+)?(?:the|this|next)\s+"
    r"(?:week|day|days|weekend|month)\s+ahead\b)",
    re.IGNORECASE,
)
# Anyone's briefing of the room: "Barbara is going to brief us today".
_BRIEFS_ROOM = re.compile(
    r"\s+" + _MODIFIERS + r"brief\s+(?:us|you(?:\s+all)?)\b(?!\s+(?:again|later|next|"
    r"tomorrow|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))",
    re.IGNORECASE,
)
# The event's questions, and those present for them: "will be available for the question
# and answer session", "will be on hand to take your questions".
_FOR_QUESTIONS = re.compile(
    r"\s+" + _MODIFIERS + r"be\s+(?:available|on\s+hand|here|on\s+the\s+line|with\s+us)\s+"
    r"(?:for|to\s+(?:take|answer))\s+(?:the\s+|your\s+|any\s+|some\s+)?(?:questions?|"
    r"q\s*(?:and|&)\s*a)\b",
    re.IGNORECASE,
)
# A handover to someone present: "And with that, he is going to make some opening statements".
_WITH_THAT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|so)\s+)with\s+that,?\s+[^,;:]{0,60}$", re.I)
_REMARKS = re.compile(
    r"\s+" + _MODIFIERS + r"(?:make|give|deliver|provide|offer|say)\s+(?:\w+\s+){0,3}?"
    r"(?:remarks|statements?|comments|words)\b",
    re.IGNORECASE,
)
_WILL_REMARKS = re.compile(r"\b(?:will|shall|going\s+to)" + _REMARKS.pattern, re.IGNORECASE)
# Remarks told with the questions that follow them: "He will provide opening remarks and
# will discuss a new report before taking questions".
_THEN_QUESTIONS = re.compile(
    r"\b(?:before|then)\s+(?:taking|take|answering|answer)\s+(?:your\s+|reporters['’]?\s+|"
    r"some\s+|a\s+few\s+|any\s+)?questions\b",
    re.IGNORECASE,
)
# A place of its own makes it a notice of a future event ("remarks at the Gala").
# ("in the MMWR" names a report, not a place).
_PLACED = re.compile(r"\b(?:at\s+(?:the\s+)?[A-Z]|in\s+[A-Z][a-z])")


def proceeding_doubt(text: str, cue: Cue, subject: str, after: str, dated: bool) -> str | None:
    """The doubt (`aside.DOUBTS`) of a cue that tells the running of the event under way,
    or None. `subject` is the cue's subject in lower case; `dated` whether the cue's clause
    names a time ahead (a briefing promised for later is a schedule, and stays; a chair's
    call or a host's running order is read with or without one)."""
    own = subject in {"i", "we"}
    if own and cue.kind == "will" and (_CALLS.match(after) or _ROUND_UP.match(after)):
        return "weak"  # "I will call the Minister to reply", "I'll start as usual"
    if cue.kind not in {"will", "plan"} or dated:
        return None  # "We will start by providing free meals from September" stays
    if own and _OWN_RUNNING.match(after):
        return "weak"  # "We'll go ahead and get started", "I will start today by highlighting"
    if _BRIEFS_ROOM.match(after) or _FOR_QUESTIONS.match(after):
        return "weak"  # "Barbara is going to brief us today"
    if _REMARKS.match(after) and _WITH_THAT.search(text, 0, cue.start):
        return "weak"  # "and with that, he is going to make some opening statements"
    # The remarks' own cue or a later one of theirs ("... and will discuss a new report").
    remarks = _WILL_REMARKS.search(text)
    if remarks is not None and remarks.start() > cue.start:
        return None
    if remarks is None or _PLACED.search(text, remarks.start()):
        return None
    return "weak" if _THEN_QUESTIONS.search(text, cue.end) else None
