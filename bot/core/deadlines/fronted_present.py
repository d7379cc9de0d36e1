"""The "-s" present after a fronted time and a noun subject (issue 12, stop 60).

governing.finite_verb knows present forms from closed lists and past forms from their "-ed"
ending, and subject_verbs.py reads the base form after "I", "we", "you" or "they". After a
noun subject the "-s" present of a verb outside the lists went unseen, so the participle of a
description later in the sentence was taken for the verb: "Today, the Council adopts its
position on the regulation adopted by Parliament", "Today, the EU makes available the first
payment ... generated from immobilised Russian assets" were read as told of acts done, and
"today" as past, against CONVENTIONS 2.1 (an act of the day of speaking, due that day).

After a fronted time English keeps the subject and its verb together: a subject of one to
three words ("the Council", "the European Commission"), then a word in "-s" that an object
or a particle opens right after ("adopts its", "makes available", "presents a") is the
verb. A plural noun is rarely followed by such a word, and a word of the closed lists, an
auxiliary or a joining word ends the subject.
"""

from __future__ import annotations

from typing import Final

from bot.core.deadlines.words import MODAL_VERBS, NOT_NOUN

# what opens the object or a particle right after the verb
_OPENS_OBJECT: Final = frozenset("a an the its their his her our new available further".split())
# words that are no part of a noun subject: those never a noun's head, and the auxiliaries
_NOT_SUBJECT: Final = NOT_NOUN | frozenset(MODAL_VERBS) | frozenset("may do does did".split())
_SUBJECT_MAX: Final = 3


def verb_at(words: list[tuple[str, int]], head: int, hi: int) -> int:
    """The index of the "-s" present after the noun subject opening the clause at `head`
    (words up to `hi`), or -1."""
    start = head + 1 if head < hi and words[head][0] == "the" else head
    for k in range(start + 1, min(start + _SUBJECT_MAX + 1, hi - 1)):
        word = words[k][0]
        if not all(
            words[j][0].isalpha() and words[j][0] not in _NOT_SUBJECT for j in range(start, k)
        ):
            return -1
        if (
            len(word) > 3
            and word.isalpha()
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and words[k + 1][0] in _OPENS_OBJECT
        ):
            return k
    return -1
