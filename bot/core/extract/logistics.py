"""Press arrangements of a briefing or a schedule: who may cover an event, on what
terms a call is held, where a briefing is sent from. They run the occasion and bind
no one to anything checkable later ("That will be open to still photographers",
"There will be print pool coverage", "This call will be on background")."""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue
from bot.core.extract.literals import ARRANGEMENT_WORDS, holds_any_folded

_PRESS = r"(?:press|media|pool|cameras|photographers|reporters|journalists)"
_ARRANGEMENT = re.compile(
    r"\b(?:"
    # "will be open to still photographers", "will be closed press", "will be pooled press"
    rf"(?:open|closed|pooled)\s+(?:to\s+(?:the\s+)?(?:still\s+|print\s+|travel(?:ing)?\s+|"
    rf"expanded\s+|full\s+|pool\s+|(?:pre-?)?credentialed\s+)*{_PRESS}|press)\b"
    # "will be covered by the in-town travel pool", "covered by the travelling press pool"
    # (a press or travel pool, not "the Flood Re reinsurance pool")
    r"|covered\s+by\s+(?:the\s+|a\s+)?(?:(?:in-town|out-of-town|travel(?:l?ing)?|print|"
    r"press|radio|tv|television|still|photo|wire|expanded|full|white\s+house)\s+){0,3}"
    r"(?:pool|press)\b"
    # "The press is invited to attend", "Media access ... will be announced"
    rf"|{_PRESS}\s+(?:is|are)\s+(?:also\s+)?invited\b"
    r"|(?:press|media)\s+access\s+(?:[\w’'\-]+\s+){0,8}?(?:will|would)\s+be\b"
    # "print pool coverage", "expanded press pool coverage", "a pool spray"
    r"|(?:pool|press)\s+(?:coverage|spray)\b"
    # the same, had by the occasion further on from its "will" (stop 62): "This meeting in
    # the Oval Office will have an in-house pool spray at the top"
    r"|(?:will|would)\s+(?:have|include)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:pool|press)\s+(?:coverage|spray)\b"
    # "This call will be on background", "the briefing will be on the record"
    r"|(?:will|would)\s+be\s+(?:on\s+(?:deep\s+)?background|on\s+the\s+record|off\s+the\s+record)\b"
    # "The briefing will originate from the auditorium"
    r"|(?:will|would)\s+originate\s+from\b"
    # "we'll do a little topper here on what you can expect"
    r"|(?:I|we)\s*(?:['’]ll|will)\s+(?:\w+\s+){0,3}topper\b"
    r")",
    re.I,
)
# A call's other terms, told only of a call or a briefing: "it will be embargoed until
# the end of the call", "[the official], who will be referred to as Senior Official One"
# ("the data will be embargoed until publication", "the new body, which will be referred
# to as Great British Railways" are the Government's acts).
_CALL_TERMS = re.compile(r"\b(?:will|would|['’]ll)\s+be\s+(?:embargoed|referred\s+to\s+as)\b", re.I)
_CALL = re.compile(
    r"\b(?:calls?|briefings?|background|press|media|reporters|journalists|officials?|"
    r"conference|remarks|transcript|moderator)\b",
    re.I,
)
# An embargo until the end of the occasion under way, told without naming it (stop 62):
# "It will be embargoed until its conclusion" after "thanks for joining the call"; an
# embargo until the end of something named ("until the end of the inquiry") is not read.
_TO_ITS_END = re.compile(
    r"\b(?:will|would|['’]ll)\s+be\s+embargoed\s+until\s+(?:its|the)\s+(?:conclusion|end|"
    r"close)\b(?!\s+of\b)",
    re.I,
)
# Where a clause ends: a pledge joined to an arrangement by a semicolon keeps its own.
_CLAUSE_END = re.compile(r"[;.!?](?:\s|$)")
# How far after the cue's word an arrangement may begin ("will be print pool coverage"):
# further on, "will publish the pool coverage rules" is an act with the words as its object.
_NEAR = 12


def press_arrangement(text: str, cue: Cue) -> bool:
    """Whether the cue's clause (from the last semicolon or stop before it to the next)
    tells a press arrangement, before the cue or right after its word ("That will be open
    to still photographers"), not as the object of an act ("will publish the pool coverage
    rules")."""
    start = 0
    for end in _CLAUSE_END.finditer(text, 0, cue.start):
        start = end.end()
    stop = _CLAUSE_END.search(text, cue.end)
    end = stop.start() if stop else len(text)
    found: list[re.Match[str]] = []
    if holds_any_folded(text, ARRANGEMENT_WORDS):  # none of its words: no scan (`literals`)
        found = list(_ARRANGEMENT.finditer(text, start, end))
    if _CALL.search(text):
        found += _CALL_TERMS.finditer(text, start, end)
    if holds_any_folded(text, ("embargoed",)):
        found += _TO_ITS_END.finditer(text, start, end)
    return any(m.start() <= cue.end + _NEAR for m in found)


# Who will come along to an event: "The President will be joined by the High
# Representative", "CEOs ... will be in attendance", "Members of Congress will also be
# participating in the event", "125 CEOs will join the Prime Minister on a trade mission".
# A delegation joining is sometimes the announced plan itself ("British Airways will join
# the delegation"), so an undated one is doubted, not dropped.
_COMPANY = re.compile(
    r"\s+(?:also\s+)?(?:be\s+(?:joined\s+by|in\s+attendance|(?:also\s+)?participating\s+in)\b"
    r"|join\s+(?:the\s+|him\b|her\b|them\b)[^.;]{0,80}?\b(?:on|at|in|for)\s+(?:the|a|an|this|his|her)"
    r"\s+(?:[\w’'\-]+\s+){0,3}?(?:trip|visit|tour|mission|delegation|event|journey)\b)",
    re.I,
)


def company_at_event(text: str, cue: Cue) -> bool:
    """Whether an undated "will" only tells who will be at an event with its principal."""
    return cue.kind == "will" and _COMPANY.match(text, cue.end) is not None


# Only who comes along, and nothing they will do together: "The President will be joined
# by the Secretary of Education", "Members of Congress will also be participating in the
# event". A joining that names a joint activity ("will be joined by 900 soldiers for
# exercises") or a trip ("will join the Prime Minister on a trade mission") stays doubted.
_PARTY = r"(?:trip|visit|tour|mission|delegation|party)"
_ALONG = re.compile(
    r"\s+(?:also\s+)?(?:be\s+(?:joined\s+by|in\s+attendance|(?:also\s+)?participating\s+in\s+"
    r"(?:the|this|that)\s+(?:event|occasion|ceremony|meeting|session)\b(?!\s+of\b))"
    # stop 64: "A and B will also join the trip", "will also be a member of the delegation",
    # "will also serve as delegation members": a place in the party, no act of its own
    rf"|join\s+(?:the|this|his|her|their)\s+{_PARTY}\b"
    r"|(?:be|serve\s+as)\s+(?:an?\s+|the\s+)?(?:members?\s+of\s+(?:the|this|his|her|their)\s+"
    r"(?:[\w’'\-]+\s+){0,2}?delegation|delegation\s+members?)\b)",
    re.I,
)
# A list of who will come: "The following leaders will attend:".
_FOLLOWING = re.compile(r"(?:^|\n)\s*The\s+following\s+(?:[\w’'\-]+\s+){0,3}$", re.I)
_ATTEND_LIST = re.compile(r"\s+(?:also\s+)?(?:attend|participate|be\s+present)\s*:", re.I)
# A purpose in lower case after the company ("for exercises", "to inspect the works", "in
# sending troops to Ukraine") or an act of their own after "and" (review of stop 64), not
# a title's ("Coordinator for Arms Control"); a meeting named by its body ("the meeting of
# the coalition of the willing") is no mere company.
_JOINT = re.compile(
    r"\b(?:for\s+(?:the\s+|an?\s+)?(?!the\b|an?\b)[a-z]{3,}|to\s+(?!the\b)[a-z]{3,}|in\s+[a-z]{2,}ing"
    # an act of their own after the joining: "will join the delegation and sign the agreement"
    r"|and\s+(?:also\s+|then\s+)?(?!the\b|an?\b|other\b)[a-z]{3,}\s+(?:the|an?|its|his|her|their)"
    r")\b"
)


def only_company(text: str, cue: Cue) -> bool:
    """Whether an undated "will" tells only who will come along to the occasion, with no
    act of their own: no pledge of theirs or of the principal's (told elsewhere)."""
    if cue.kind != "will":
        return False
    found = _ALONG.match(text, cue.end)
    if found is None and _FOLLOWING.search(text, 0, cue.start):
        return _ATTEND_LIST.match(text, cue.end) is not None
    if found is None:
        return False
    stop = _CLAUSE_END.search(text, found.end())
    return _JOINT.search(text, found.end(), stop.start() if stop else len(text)) is None
