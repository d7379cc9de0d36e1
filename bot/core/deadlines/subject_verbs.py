"""The verb after a personal subject (issue 12, stop 39g).

governing.finite_verb knows present forms from closed lists ("covers", "opens", "starts")
and past forms from their "-ed" ending, so "Today we boost our ability to catch the gangs
behind pirated goods" had no verb it knew after "we" and took the participle "pirated" for
the clause's verb: the day was read as told of an act done. After a fronted time English
keeps subject and verb together ("Today we boost", "On Monday they publish"): after "I",
"we", "you" or "they" opening the clause that follows a fronted time, the next word is the
verb governing that time (a base form is a present), unless it is an adverb, a floating
quantifier or a reflexive ("we all", "they themselves"), or a form the caller knows already
(a past, an "-ed", a modal). Only after a fronted time: elsewhere the pronoun's verb may
govern a complement that holds the time ("I think what has been released today is
better") or be a past spelled as its base ("I read in The Times this morning").
"he", "she" and "it" take an "-s" present and are left to the lists; "who", "that" and
"which" open relative clauses whose verb may come later.
"""

from __future__ import annotations

from typing import Final

_PERSONAL: Final = frozenset(("i", "we", "you", "they"))
# words that may stand between a personal subject and its verb without being one
_NOT_VERB: Final = frozenset(
    "all both each ourselves themselves yourselves myself yourself alone too together"
    " and or but".split()
)


def base_after_subject(prev: str, word: str, adverbs: frozenset[str]) -> bool:
    """Whether `word`, right after the personal subject `prev` that opens a clause, is its
    verb in the base form (a present: "we boost", "they publish"); `adverbs` are the
    caller's adverbs, never a verb ("we also", "we now")."""
    return (
        prev in _PERSONAL
        and word.isalpha()
        and word not in _NOT_VERB
        and word not in adverbs
        and not word.endswith(("ly", "ing", "ed"))
    )
