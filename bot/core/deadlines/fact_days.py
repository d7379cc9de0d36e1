"""Day words that date a fact told in the past, not an act owed (issue 12, stop 55, dw55).

A day word (today, tonight, tomorrow, this morning, this afternoon, this evening, this week)
in a clause told in the past, after its verb, with no future or obligation word in the
clause, dates what was done, not what falls due: "the phone call was arranged today", "two
investigators departed for Queensland this morning to commence the investigation",
"certain events that have unfolded today", "which included a number of changes to this
week's business". `span` gives the day word to hide; told_spans.hidden hands it to
second_looks.revisit, which reads the sentence again without it, so that another time of
the sentence still counts; with none, the phrase is refused as past (`REASON`).

Not past: a passive present ("revocations ... being tabled today"), an -ed word after a
determiner ("their continued participation over the course of this week") or in a name
("Retained EU Law"), a bidding ("asked officials to report this morning": what is owed is
the report's) or an undertaking ("decided to open the centre tomorrow"), a day word heading
a clause of its own ("He said today is the deadline"), "tomorrow" an act is put off to
("She moved the meeting to tomorrow"),
and a past verb before a word that opens another clause ("which I signed into law ...
immediately before coming here today": the day is the coming's). A perfect with the day
word inside ("has today published") is told.py's (CONVENTIONS 2.4); a present of the act
("I am today publishing", 2.1) has no past verb and is kept.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses

_DAY_WORD: Final = re.compile(
    r"(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week))$", re.IGNORECASE
)
# where the clause holding the day word opens: a stop or a joining word
_CLAUSE_STOP: Final = re.compile(
    r"[,;:.!?()\u2014]|\b(?:that|and|but|because|so|if|which|who|before|after|until|since|while"
    r"|when)\b"
)
# a word of the clause as written: a capital marks a name ("Retained EU Law"), no verb
_CASED: Final = re.compile(r"[A-Za-z]+")
_REST_STOP: Final = re.compile(r"[,;:.!?]")
# words before a past form that make it no finite past: a passive present, a determiner
_NOT_FINITE: Final = frozenset(
    "being be is are am to the a an their our his her its my your this that these those"
    " many newly".split()
)
# "asked officials to report this morning": a bidding, the infinitive names what is owed;
# so does an undertaking's ("decided to open the centre tomorrow", "promised to act today":
# review55b, both were refused as past)
_BIDDEN: Final = re.compile(
    r"\b(?:asked|told|instructed|directed|requested|urged|invited|ordered|required|advised"
    r"|reminded|encouraged|called\s+(?:on|upon)|decided|agreed|voted|promised|pledged|vowed"
    r"|undertook|resolved|planned|offered|threatened|proposed|arranged)\b.*?\bto\s+[a-z]+\b"
)
# the day word heads a clause of its own, said of ("He said today is the deadline")
_OWN_CLAUSE: Final = re.compile(r"\s+(?:is|was|will|shall|would)\b")
# "moved the meeting to tomorrow": the day the act is put off to, not the day of the
# telling (it was refused as past, review55b)
_PUT_TO: Final = re.compile(r"\b(?:to|for|until|till)\s+$")
# a plan told in the present after the past form ("in addition to the business already
# announced the Government propose tomorrow to ...", fresh190): the past form was a
# participle, and the day word is the plan's
_PLANNING: Final = frozenset(
    "propose proposes intend intends plan plans expect expects mean means".split()
)
REASON: Final = "a day word closing a clause told in the past: past"
# how far back the clause is looked for
_REACH: Final = 160


def _past_at(words: list[str], i: int) -> bool:
    """words[i] is a finite past verb: a past form not after a passive present or a
    determiner."""
    return clauses.past_word(words[i]) and (i == 0 or words[i - 1] not in _NOT_FINITE)


def _past_clause(text: str, lowered: str, start: int, end: int) -> bool:
    """The day word at text[start:end] lies in a clause told in the past: a finite past
    verb before it in the clause, no future or obligation word before or after it (to the
    next stop)."""
    head = max(0, start - _REACH)
    for m in _CLAUSE_STOP.finditer(lowered, head, start):
        head = m.end()
    clause = text[head:start]
    rest = _REST_STOP.search(lowered, end)
    after = lowered[end : len(lowered) if rest is None else rest.start()]
    if clauses.FUTURE.search(clause.lower()) or clauses.FUTURE.search(after):
        return False
    if _OWN_CLAUSE.match(lowered, end) is not None:
        return False
    if _BIDDEN.search(clause) is not None:
        return False
    if lowered.startswith("tomorrow", start) and _PUT_TO.search(clause) is not None:
        return False
    cased = _CASED.findall(clause)
    words = [w.lower() for w in cased]
    pasts = [i for i in range(len(words)) if _past_at(words, i) and cased[i].islower()]
    return bool(pasts) and not _PLANNING.intersection(words[pasts[-1] + 1 :])


def span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The day word at text[start:end] to hide (see the module), or None to keep it."""
    if _DAY_WORD.match(text, start, end) is None:
        return None
    if _past_clause(text, text.lower(), start, end):
        return start, end
    return None
