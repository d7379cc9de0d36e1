"""Notes to the press and to the reader: what they are to do, not what anyone undertakes.

Issue 13, stop 55 (tuner p). A media advisory ends with instructions to whoever means to
cover the event: "Media interested in attending are asked to confirm their attendance no
later than 4 p.m. Monday", "Media planning to travel may contact Whitney Smith", "Media
interested in learning how the Department is accelerating ... are invited to ...",
"Please include the name of your media organization, names of those who will attend",
"The Ministry will issue credentials to media wishing to cover the talks". CONVENTIONS 2.3
and 2.4 put invitations and press arrangements among the look-alikes; the development
splits label none of them (NASA, Treasury, Defense and CDC advisories, blind34, blind57,
blind60, blind127), and any cue of such a note (the relative "who will attend", the
"is accelerating" of what the media may learn about) is refuted, up to a clause of its own
after a semicolon or ", and", ", but" (not ", as space will be limited": the note's reason).

A sentence is such a note when the press, named as those who wish or plan to come, is its
subject (not when it tells what they were told or heard: that is news), or when it opens
with "Please" and a reader's errand (include, send, contact, arrive, ...); "Please note
that the Minister will travel on Friday" tells a plan, and stays. Credentials issued to the
media are a press arrangement as `logistics` reads them.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

_PRESS = (
    r"(?:(?:members\s+of\s+the\s+|the\s+|all\s+|accredited\s+|credentialed\s+|news\s+)*"
    r"(?:media|press|news\s+media|reporters|journalists|photographers|camera\s+crews|"
    r"correspondents))"
)
# "Media interested in attending", "Journalists who wish to attend", "Reporters planning to
# travel", at the head of the sentence (after a linking word: "Additionally, media ...").
_PRESS_ADDRESSED = re.compile(
    r"^\W*(?:(?:additionally|also|in\s+addition|finally|however|note)\s*,?\s+)?"
    + _PRESS
    + r"\s+(?:(?:who|that)\s+(?:are\s+|would\s+|will\s+)?)?"
    r"(?:interested|planning|plan|wishing|wish|intending|intend|want|wanting|hoping|seeking)\b",
    re.I,
)
# "Please include ...", "Please arrive ...", "Please RSVP ...": the reader's errand.
_PLEASE = re.compile(
    r"^\W*please\s+(?:(?:also|kindly|be\s+sure\s+to)\s+)?(?:include|send|submit|contact|call|"
    r"e-?mail|arrive|bring|provide|rsvp|register|confirm|allow|direct|forward|indicate|reply|"
    r"respond|use)\b",
    re.I,
)
# "will issue credentials to media wishing to cover", "credentialing for the press".
_CREDENTIALS = re.compile(
    r"\b(?:credentials?|credentialing|accreditation|press\s+passes)\s+(?:to|for)\s+" + _PRESS,
    re.I,
)
# A clause of its own after the note: "; the council will", ", and we will", ", but the
# Ministry will".
_OWN_CLAUSE = re.compile(r";\s*|,\s+(?:and|but)\s+")
# The press told something, in the past: news of what was said to them, not a note to
# them ("Reporters seeking comment were told the Ministry will publish ...").
_PRESS_TOLD = re.compile(
    r"\b(?:were|was)\s+(?:told|informed|briefed|assured|promised|given)\b|\b(?:heard|told)\b",
    re.I,
)
# How far after the cue's word the credentials may be named ("will issue credentials to").
_NEAR = 30


def press_note(text: str, cue: Cue) -> bool:
    """Whether the cue stands in a note to the press or the reader (`_PRESS_ADDRESSED`,
    `_PLEASE`) before any clause of its own ("Please send us your views by 31 January, and
    we will publish a response by 30 April": the second clause keeps its cue), or names
    credentials issued to the media right after its word."""
    if _PLEASE.match(text) and not _OWN_CLAUSE.search(text, 0, cue.start):
        return True
    if (
        _PRESS_ADDRESSED.match(text)
        and not _OWN_CLAUSE.search(text, 0, cue.start)
        and not _PRESS_TOLD.search(text, 0, cue.start)
    ):
        return True
    found = _CREDENTIALS.search(text, cue.end)
    return found is not None and found.start() <= cue.end + _NEAR
