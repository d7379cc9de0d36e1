"""A time right after the past verb of a relative clause on a noun (issue 12, stop 42).

"The Mayor will continue the programme the council agreed this morning": "this morning"
dates the council's agreeing, an act done, not the Mayor's continuing. A relative clause on
a noun, opened by "that" or "which" or by nothing ("the programme [that] the council
agreed"), or by "that", "which" or "who" before its own verb ("the programme that started
this morning"), whose past verb stands right before the time (past at most a preposition),
takes the time: the noun the clause describes is that verb's object or subject, so nothing
of the verb's own stands between it and the time, and the time is its adjunct.
governing.reading lets that verb govern the time, in place of the main clause's verb and
not as a clause under a future one.

Left to the main clause, as before: a time after a complement of the relative's verb ("will
discuss the mission that ended in this award at 11 a.m. Monday"), a time with no past verb
right before it ("will agree the programme this morning"), and a relative clause whose main
verb comes after the time ("the programme agreed this morning will start on Monday").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.core.deadlines.words import DETERMINERS, NOT_NOUN

# what opens a relative clause before its subject ("the programme that the council agreed")
# and before its verb, the noun its subject ("the programme that started")
_BEFORE_SUBJECT: Final = frozenset(("that", "which"))
_BEFORE_VERB: Final = frozenset(("that", "which", "who"))
# a pronoun as the relative clause's subject: "the plan we agreed on Monday"
_SUBJECT_PRONOUNS: Final = frozenset("i we he she they it you".split())
# the prepositions a time may take right after its verb: "agreed on Monday", "met at 9am"
_PREPOSITIONS: Final = frozenset(("on", "at", "in", "during"))
# a perfect's or a past perfect's auxiliary: "the programme the council has agreed today"
_HAVE: Final = frozenset(("has", "have", "had"))
# how many words a noun phrase may hold before its noun ("the new city council")
_NOUN_PHRASE: Final = 3
_WORD: Final = re.compile(r"[a-z][a-z'-]*")

Words = list[tuple[str, int]]


def relative_verb(words: Words, first: int, past: Callable[[str], bool]) -> int:
    """The index of the past verb (or of its "has"/"had") of a relative clause on a noun
    whose verb stands right before the time at word `first`, past at most a preposition;
    -1 when there is none. `past` tells a past form."""
    at = first - 1
    if at > 0 and words[at][0] in _PREPOSITIONS:
        at -= 1
    if at < 2 or not past(words[at][0]):
        return -1
    verb = at - 1 if words[at - 1][0] in _HAVE else at
    if words[verb - 1][0] in _BEFORE_VERB:
        noun = verb - 2  # "the programme that started this morning"
    else:
        subject = _noun_phrase(words, verb - 1, _SUBJECT_PRONOUNS)
        if subject < 1:
            return -1
        noun = subject - 2 if words[subject - 1][0] in _BEFORE_SUBJECT else subject - 1
    return verb if _noun_phrase(words, noun, frozenset()) >= 0 else -1


def _noun_phrase(words: Words, end: int, pronouns: frozenset[str]) -> int:
    """The index of the first word of a noun phrase ending at word `end`: a pronoun of
    `pronouns`, or a determiner and up to three nouns or adjectives; -1 when none."""
    if end < 0:
        return -1
    if words[end][0] in pronouns:
        return end
    for k in range(end, max(-1, end - _NOUN_PHRASE - 1), -1):
        word = words[k][0]
        if k < end and word in DETERMINERS:
            return k
        if word in NOT_NOUN or word in DETERMINERS or _WORD.fullmatch(word) is None:
            return -1
    return -1
