"""A clause-level reading of the time phrase the parser chose (issue 12, stop 64).

Refusal rules had grown one phrase cue at a time ("if it were", "would take", "the views I
express today"). This module reads the clause instead: for text[start:end] it takes the
verb group that governs the time (governing.reading: the nearest finite verb group of the
time's clause, the clause bounded by stops, subordinators and a coordinator before a new
finite verb) and reports what a refusal rule needs to know of it:

- `tense`: governing.py's tense (past, perfect, future, imperative, present, none);
- `modal`: the modal of the verb group ("will", "shall", "must", "would", "could", "may",
  "might", "should", "can"), "" when it has none;
- `conditional`: the time's clause is the main clause of a sentence that also holds an
  "if"/"unless" clause of its own with a finite verb ("If the statements conclude before
  10.30 a.m., the House shall suspend until 10.30 a.m.", "We will be here until 3 a.m. on
  Saturday if we want to ..."); not a bare "if necessary", "if possible", "if so", "if
  not" (a modest pledge keeps its time), nor "as if", "even if", nor an "if" of an indirect
  question ("asked if", "know if"), nor a time inside the "if" clause (clauses.py reads
  those as the condition);
- `question`: the sentence ends with a question mark;
- `possible`: the clause's verb group is "may", "might" or "could" with "be" and a state
  after it, before the time: "the Report may be ready by the autumn", "The closure may be
  necessary until Jan. 2015", "homelessness may well be a relevant subject for Monday's
  debate", "the House may be adjourning within the next two or three weeks". A state or
  a course only said to be possible is no undertaking (CONVENTIONS 4.2), whoever its
  subject; a passive ("may be concluded tomorrow", an act's time reported) and "be" before
  a preposition ("could be in a position to ...") are not read so, nor "may" the month
  ("on May 11");
- `believed`: the time's clause says with "would" what someone thought or assumed in the
  past ("I thought ... that we would have to sit to-morrow", "We were under the impression
  that we would revert to the ordinary hours next week", "They assumed the vote would be on
  Friday"): a past belief, which undertakes nothing and may not hold (CONVENTIONS 4.2). A
  "would" after a verb of saying or announcing ("announced that the Government would
  introduce ... in April") is a report of what was undertaken, and "expected" is a plan;
  neither is read so;
- `role`: "length" when the time is a span that only measures how long something takes or
  lasts (after a verb of measure of its clause: "takes", "lasts", "exceed", "is valid for";
  not "will take place on"), "topic" when the
  time only names the period a noun is about ("priorities in 2023-24", "the budget for the
  current year": the time follows a noun and its preposition with no verb between), else
  "actor" (the clause's subject does something at the time).

It decides nothing: the rules that use it (second_looks.py) say which readings refuse. At
stop 64 two do: `possible` (second_looks._not_undertaken) and `believed`
(second_looks._believed, refused as past). `conditional`, `question` and `role` are read but
decide nothing yet. Measured on the development sets and not used: `conditional` alone (4
development misses it would fix, 22 right dated readings it would lose: a condition mostly
leaves a plan or a rule dated, "If we can go faster, we will, but we will have it in place
by 2020") and `role == "topic"` (30 against 79: "The business for next week will be:" is a
deadline).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from bot.core.deadlines import clauses, reader_words
from bot.core.deadlines.clause_bounds import MODALS, clause, strong
from bot.core.deadlines.governing import lowered, reading
from bot.core.deadlines.verb_forms import PAST_EITHER, PAST_ONLY, PRESENT_VERBS
from bot.core.deadlines.words import IRREGULAR_PARTICIPLES, SAID_DONE, any_in

_CONDITIONS: Final = frozenset(("if", "unless"))
# an "if" with no clause of its own, or one that is no condition
_ELLIPTIC_AFTER: Final = frozenset(
    "necessary possible needed required so not any appropriate applicable practicable"
    " desired feasible".split()
)
_NOT_CONDITION_BEFORE: Final = frozenset("as even asked ask asking know wonder see whether".split())
_MEASURE: Final = frozenset(
    "take takes took taking last lasts lasted lasting exceed exceeds exceeding".split()
)
_SPAN: Final = re.compile(
    r"(?:(?:for|within|in|about|around|up\s+to|at\s+least|over|under)\s+)?(?:an?|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|twelve|a\s+few|several|\d+)[\s-]+(?:[a-z]+\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\b"
)
_VALID: Final = re.compile(r"\b(?:valid|good|effective|suspended|run|runs)\s+for\s+$")
# a noun and its preposition right before the time: "priorities in", "budget for the"
_TOPIC_BEFORE: Final = re.compile(r"\b[a-z]{3,}(?<!ed)(?<!ing)\s+(?:in|for|of)\s+(?:the\s+)?$")
# a cheap test of the whole text before any reading is made
CONDITION_CUE: Final = re.compile(r"\b(?:if|unless)\b")
POSSIBLE_CUE: Final = re.compile(r"\b(?:may|might|could)\s+(?:[a-z]+\s+)?be\b")
_POSSIBLE: Final = frozenset(("may", "might", "could"))
_BELIEVED: Final = frozenset("thought believed assumed supposed imagined impression".split())
# a verb of saying between the belief and the "would": what follows is what was said, a
# report of what was undertaken ("the minister who assumed office said that she would ...")
_SAYING: Final = frozenset(SAID_DONE.split("|")) | frozenset(
    "say says tell tells told promised assured informed reported".split()
)
BELIEF_CUE: Final = re.compile(r"\b(?:thought|believed|assumed|supposed|imagined|impression)\b")
# Words one of which every match of each cue holds (prescan.required_words, checked by
# tests/core/test_deadline_perf_guards.py): a substring test of each first, as most clauses
# hold none, and the cue's search tries every position of the clause (issue 12).
POSSIBLE_WORDS: Final = ("could", "may", "might")
BELIEF_WORDS: Final = ("assumed", "believed", "imagined", "impression", "supposed", "thought")


def possible_cue(clause: str) -> bool:
    """`POSSIBLE_CUE.search(clause) is not None`, searched only when a word of it is there."""
    return any_in(clause, POSSIBLE_WORDS) and POSSIBLE_CUE.search(clause) is not None


def belief_cue(clause: str) -> bool:
    """`BELIEF_CUE.search(clause) is not None`, searched only when a word of it is there."""
    return any_in(clause, BELIEF_WORDS) and BELIEF_CUE.search(clause) is not None


_BETWEEN: Final = frozenset("well also still even yet then therefore perhaps possibly".split())
# after "be": a preposition or "to" starts no state ("could be in a position to")
_NOT_STATE: Final = frozenset("in at on by to for from of with under into as about able".split())
# participles spelled as their base, a passive after "be" ("The Bill may be read a second time
# on Monday", "Late entries may be let in until Friday"), not a state (review of stop 64)
_BASE_PARTICIPLES: Final = frozenset(
    "read let split broadcast spread cast recast hit cost bid bet shed upset forecast hurt rid"
    " thrust burst".split()
)


class ClauseReading:
    """What `read` found of the verb group governing a time (see the module docstring)."""

    __slots__ = (
        "believed",
        "conditional",
        "modal",
        "possible",
        "question",
        "role",
        "tense",
        "verb",
    )

    def __init__(
        self,
        tense: str,
        verb: str,
        modal: str,
        conditional: bool,
        question: bool,
        role: str,
        possible: bool = False,
        believed: bool = False,
    ) -> None:
        self.tense = tense
        self.verb = verb
        self.modal = modal
        self.conditional = conditional
        self.question = question
        self.role = role
        self.possible = possible
        self.believed = believed


def _finite(word: str) -> bool:
    return strong(word) or word in PRESENT_VERBS or word in PAST_ONLY or word in PAST_EITHER


def _condition_outside(words: list[tuple[str, int]], lo: int, hi: int) -> bool:
    """Whether the sentence's words hold an "if"/"unless" clause with a verb of its own
    outside the time's clause words[lo:hi], and the time's clause is not itself one
    hung on a subordinator (then it is no main clause)."""
    for k, (word, _) in enumerate(words):
        if word not in _CONDITIONS or lo <= k < hi:
            continue
        prev = words[k - 1][0] if k else ""
        nxt = words[k + 1][0] if k + 1 < len(words) else ""
        if prev in _NOT_CONDITION_BEFORE or nxt in _ELLIPTIC_AFTER or nxt in (",", ""):
            continue
        # a subject and a verb of its own: a finite verb, or two words before a comma or
        # the time's clause ("If the statements end early, ...": "end" is an open verb)
        stop = lo if k < lo else len(words)
        clause_words = [w for w, _ in words[k + 1 : min(stop, k + 12)] if w != ","]
        if any(_finite(w) for w in clause_words) or len(clause_words) >= 3:
            return True
    return False


def _main_after_condition(words: list[tuple[str, int]], lo: int, first: int) -> bool:
    comma = max((k for k in range(lo, first) if words[k][0] == ","), default=-1)
    return comma > lo + 1 and any(strong(w) for w, _ in words[comma + 1 : first])


def _believed(words: list[tuple[str, int]], lo: int, modal: int) -> bool:
    """Whether the "would" at `modal` says what was believed: a past verb of belief (or "under
    the impression") at most eleven words before its clause (at `lo`: after "that" or another
    subordinator), with no comma, other modal or verb of saying between (see `ClauseReading`).
    Not a belief verb inside the clause itself ("I thought the Minister would ..."): read so,
    it cost a right reading of the check sets (stop 64)."""
    if modal < 0 or words[modal][0] != "would":
        return False
    for k in range(lo - 1, max(-1, lo - 12), -1):
        word = words[k][0]
        if word in _BELIEVED:
            return word != "supposed" or words[k + 1][0] != "to"
        if word in (",", ";", ":") or word in MODALS or word in _SAYING:
            return False
    return False


def _role(low: str, start: int, end: int, words: list[tuple[str, int]], c_lo: int) -> str:
    # a length: a span of time ("three weeks", "up to 28 days") after a verb of measure of its
    # clause ("will take three weeks", not "will take place on") or "valid for"
    if _SPAN.match(low, start, end) is not None and (
        any(w in _MEASURE and low[at:start].count(" ") <= 4 for w, at in words[c_lo:] if at < start)
        or _VALID.search(low, max(0, start - 30), start) is not None
    ):
        return "length"
    before = low[max(0, start - 40) : start]
    if _TOPIC_BEFORE.search(before) is not None and not any(
        _finite(w) for w, at in words[c_lo:] if at < start and low[at:start].count(" ") <= 2
    ):
        return "topic"
    return "actor"


def _modal_at(words: list[tuple[str, int]], lo: int, first: int) -> int:
    """The index of the last modal of words[lo:first], -1 when there is none; "may" only
    before a word and not beside a number ("on May 11", "May 2011")."""
    found = -1
    for k in range(lo, first):
        word = words[k][0]
        if word in MODALS or (
            word == "may"
            and words[k + 1][0].isalpha()
            and not (k and words[k - 1][0].isdigit())
            and words[k + 1][0] not in _NOT_STATE
        ):
            found = k
    return found


def _possible(words: list[tuple[str, int]], at: int, first: int) -> bool:
    """Whether the modal at `at` says a state is possible: "may (well) be ready" (see
    `ClauseReading`)."""
    if at < 0 or words[at][0] not in _POSSIBLE:
        return False
    k = at + 1
    while k < first and words[k][0] in _BETWEEN:
        k += 1
    if k + 1 >= first or words[k][0] != "be":
        return False
    state = words[k + 1][0]
    return (
        state.isalpha()
        and state not in _NOT_STATE
        and state not in IRREGULAR_PARTICIPLES
        and state not in _BASE_PARTICIPLES
        and state not in PAST_ONLY
        and state not in PAST_EITHER
        and not state.endswith("ed")
    )


def read(text: str, start: int, end: int) -> ClauseReading:
    """The clause-level reading of text[start:end] (see `ClauseReading`)."""
    low = lowered(text)
    governed = reading(text, start, end)
    lo, hi = clauses.reading_sentence(low, start, end)
    words = reader_words.tokens(low, lo, hi)
    first = bisect_left(words, start, key=lambda w: w[1])
    last = bisect_left(words, end, key=lambda w: w[1]) - 1
    if first > last:
        return ClauseReading(governed.tense, governed.verb, "", False, False, "actor")
    c_lo, c_hi = clause(words, first, last)
    opener = words[c_lo - 1][0] if c_lo else ""
    if opener in _CONDITIONS:
        # "If the statements end early, the House shall suspend until ...": the clause reader
        # runs the fronted condition into the main clause; the main clause starts after the
        # last comma before the time that is followed by a finite verb of its own
        conditional = _main_after_condition(words, c_lo, first)
    else:
        conditional = _condition_outside(words, c_lo, c_hi)
    question = low[lo:hi].rstrip().endswith("?") or low[hi : hi + 1] == "?"
    modal = _modal_at(words, c_lo, first)
    return ClauseReading(
        governed.tense,
        governed.verb,
        words[modal][0] if modal >= 0 else "",
        conditional,
        question,
        _role(low, start, end, words, c_lo),
        _possible(words, modal, first),
        _believed(words, c_lo, modal),
    )
