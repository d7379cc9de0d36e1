"""What an event is about, shows or serves: its theme, not anyone's act.

Issue 13, stop 39, tuner f (precision; CONVENTIONS 2.2 and 2.5). Releases that announce a
visit, a meeting or an exercise go on to say what it is for, with the event itself as the
subject of the "will": "The Dialogue will focus on addressing the challenges", "Her trip
to New Orleans will advance the Administration's commitment", "The workshop will offer an
opportunity to reflect", "The exercise will simulate the boarding of a vessel", "The
meeting will continue our close coordination", "The Board meeting will be open to the
public". Nobody is bound by these: the event is labelled where it is announced (that it
will be held, on a day, by someone), and what it will focus on, underscore, offer or
simulate is its agenda, its purpose or its character, which no member could later find
kept or broken. The DEV splits leave every such sentence unlabelled.

Only the event as the head of the subject counts ("The visit", "Today's meeting in
Bucharest", "Secretary Kerry's meetings"); a person or a body doing the same ("Merrigan
will highlight", "EU leaders will address") keeps its act, and the verbs that make the
event happen ("will be held", "will take place", "will begin", "will be streamed") or
tell its parts ("will include visiting Beijing") are not read here. The cue is doubted as
"describes" (`aside.DOUBTS`): the sentence moves to the "maybe" list, one click away.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.extract.clauses import Cue

# An occasion that has a programme: the noun that heads the subject. Stop 62 (tuner x2)
# added the occasions the older list lacked, which releases describe the same way: a call
# or a teleconference ("The teleconference will be open to the public"), a reception, a
# dinner, a town hall, a lecture, an exhibition, a launch ("discussions" stays out:
# `test_extract_round28a` keeps "The discussions will centre on flood defences").
_OCCASION = re.compile(
    r"\b(?:meeting|session|(?:tele|video|web)?conference|call|town\s+hall|open\s+house|"
    r"panel|reception|dinner|luncheon|lunch|breakfast|gala|rally|vigil|lecture|"
    r"presentation|celebration|festival|exhibition|expo|launch|summit|dialogue|talks|visit|"
    r"trip|tour|exercise|workshop|roundtable|round-table|forum|symposium|seminar|webinar|"
    r"briefing|event|ceremony|hearing)s?\b",
    re.I,
)
# The noun heads the subject: it ends it, or only a phrase of place, time or aim follows
# ("The Foreign Ministers' Meeting in Mexico", "His visit to PNG on August 3-4").
_HEADS = r"(?:\s+(?:of|for|at|in|on|to|with|between|from)\b[^,;]*)?\s*$"
# What an occasion will be about, show, serve or be like: its theme ("focus on"), its
# message ("underscore", "highlight"), its purpose ("advance", "build on", "offer an
# opportunity", "be a moment to"), its form ("simulate", "consist of", "feature") or its
# access ("be open to the public", "be open press").
_THEME = re.compile(
    r"\s+(?:also\s+|further\s+|then\s+|primarily\s+|mainly\s+)?(?:"
    r"(?:focus|centre|center|concentrate)\s+(?:\w+\s+)?on|underscore|underline|"
    r"emphasi[sz]e|highlight|showcase|advance|build\s+(?:up)?on|offer|provide\s+(?:an?\s+|"
    r"the\s+)?(?:\w+\s+)?(?:opportunity|chance|forum|platform|occasion)|be\s+(?:an?|the)\s+"
    r"(?:\w+\s+){0,2}(?:opportunity|chance|moment|occasion|forum|platform|step)|feature|"
    r"consist|comprise|simulate|explore|look\s+(?:to|at|ahead)|examine|continue\s+(?:our|"
    r"the|their|its|this|a)\b|reinforce|further|define|celebrate|demonstrate|reaffirm|"
    r"deepen|strengthen|promote|serve\s+(?:as|to)|ensure|help|be\s+(?:open|closed)\s+"
    r"(?:to\s+(?:the\s+)?(?:public|press|media)|press)|be\s+public)\b",
    re.I,
)


# The "will" of an earlier clause whose theme may hold a later cue.
_WILL = re.compile(r"\bwill\b", re.I)
# A new clause between a theme's "will" and a later cue: a stop, a word of saying, or a
# modal after a subject of its own ("and will follow up" goes on with the occasion).
_NEW_CLAUSE = re.compile(
    r"[;:!?]|\b(?:said|says|told|added|announced|stated)\b|(?<!\band)(?<!,)\s+"
    r"(?:will|would|shall|must|can|may)\b",
    re.I,
)


def _theme(text: str, cue: Cue, subject: str) -> bool:
    """Whether a "will" tells what an occasion heading its subject is about, shows or
    serves (`_THEME`), not that it will happen."""
    if cue.kind != "will" or _THEME.match(text, cue.end) is None:
        return False
    return any(re.match(_HEADS, subject[found.end() :]) for found in _OCCASION.finditer(subject))


def event_aim(text: str, cue: Cue, subject: str, subject_of: Callable[[Cue], str]) -> bool:
    """Whether the cue tells an occasion's theme (`_theme`), or sits in one told before it
    in the same clause: "will advance the Administration's commitment to ...", "and will
    follow up on", "and look ahead to". `subject` is the cue's clause up to it, and
    `subject_of` gives an earlier "will"'s."""
    if _theme(text, cue, subject):
        return True
    for will in _WILL.finditer(text, 0, cue.start):
        told = Cue("will", will.start(), will.end())
        if _theme(text, told, subject_of(told)):
            return _NEW_CLAUSE.search(text, told.end, cue.end) is None
    return False
