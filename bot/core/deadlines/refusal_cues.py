"""The refusal gate's reading of a standing rule (issue 12, stop 66; refusal_gate.py weighs
it with its own features).

Stop 65's reader of misses named three kinds of a date given where no one undertakes the
act: a time told of the past, a standing rule (CONVENTIONS 1.3: "recurring") and a time no
one undertakes (a proposal, a wish, an instruction to readers). Stop 66 read each kind from
the clause the gate already holds and judged each group by the leave-one-fresh-set-out
cross-validation and then by the keep rule; only the standing rule is kept:

- `passive_present`: the governing verb is a present "is"/"are" with no modal before a
  participle ("applications are accepted until 31 January", "is punishable by");
- `can_be`: "can be" ("the form can be returned until Friday");
- `class_present`: a class of people or things (a plural noun, "the rule", "the scheme")
  is the subject of a present verb with no modal ("payments are made by the end of April";
  governing.py reads the present of a known verb, mostly "is"/"are").

Dropped, with their figures in the stop 66 commit: who commits (a class, "you" or "it" as
the subject, the speaker's own act), the mood (a proposal, a wish, an instruction) and a
past told (a past passive, a participle opening the sentence, a day with no year in a past
clause).
"""

from __future__ import annotations

from typing import Final

from bot.core.deadlines import reader_words
from bot.core.deadlines.verb_forms import PAST_EITHER
from bot.core.deadlines.words import IRREGULAR_PARTICIPLES

NAMES: Final = ("passive_present", "can_be", "class_present")

_CLASS_HEADS: Final = frozenset(
    "rule rules law laws regulation regulations scheme schemes penalty penalties fee fees"
    " policy policies order orders requirement requirements".split()
)
_NOT_CLASS: Final = frozenset("is this his us was has does yes its as thus".split())
_BE_PRESENT: Final = frozenset(("is", "are"))
_PASSED: Final = frozenset(("not", "also", "still", "now", "then", "already"))


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in PAST_EITHER or word in IRREGULAR_PARTICIPLES


def _subject_word(words: reader_words.Words, lo: int, at: int) -> str:
    """The word before the verb at `at` (a few adverbs passed over), "" at the clause's
    start `lo`."""
    k = at - 1
    while k >= lo and words[k][0] in _PASSED:
        k -= 1
    return words[k][0] if k >= lo else ""


def read(
    words: reader_words.Words, clause_start: int, first: int, verb: tuple[int, str, str, str]
) -> list[float]:
    """The values of `NAMES` for the time at words[first] of the clause starting at
    `clause_start`, governed by the verb `verb` (its index in `words`, -1 when not found,
    the verb, its tense and modal)."""
    at, word, tense, modal = verb
    subject = _subject_word(words, clause_start, at) if at >= 0 else ""
    plural = len(subject) > 3 and subject.endswith("s") and subject not in _NOT_CLASS
    following = words[at + 1][0] if 0 <= at < len(words) - 1 else ""
    if 0 <= at < first and following == "being":
        following = words[at + 2][0] if at + 2 < len(words) else ""
    return [
        float(word in _BE_PRESENT and _participle(following) and not modal),
        float(modal == "can" and following == "be"),
        float((plural or subject in _CLASS_HEADS) and tense == "present" and not modal),
    ]
