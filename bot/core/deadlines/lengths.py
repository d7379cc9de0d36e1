"""Lengths that belong to a thing or are set against a norm (issue 12, round 27b).

- A plural noun's length after "of": "transitional arrangements of up to three years",
  "prison sentences of up to five years", "delays of about two weeks". Each of the things
  lasts that long from its own start, which the sentence does not date: no span from now
  (`event`, as durations.py's other lengths). "a period of", "the end of", "a total of"
  and the like are windows or amounts, and are left to the other rules.
- A length compared with the usual one: "deploying for about 8 months instead of the usual
  6", "a tour of nine months rather than the normal six". The sentence tells how long,
  against a norm, not when anything falls due; a span after "in" or "within" still counts
  from now ("reopen in two weeks instead of the planned six").
- A penalty's length (stop 38, fix12c): "will be imprisoned for up to a year", "could be
  jailed for six months", "faces up to five years in prison". The term runs from each
  offender's conviction or arrest, which the sentence does not date: a standing rule for a
  class of cases (CONVENTIONS 1.3, "a suspect may be held for up to 28 days"), no span from
  now. A vague word on such a penalty ("will be immediately imprisoned", "will be
  arrested immediately") runs from each offence, undated too (`event`).
- A term of validity or repayment (stop 53): "The pass is valid for two years", "The loan
  is repayable over 25 years", "will be repaid over ten years". The thing is valid, or the
  loan runs, from its own issue, which the sentence does not date: a standing term
  (CONVENTIONS 1.3, "licences last five years"), no span from now (`event`). With a start
  of its own ("valid for two years from 1 January 2027") it is a window closing at its end
  (1.1), left to the other rules; so is one sum owed ("must be repaid within five years").
- An age (stop 53): "children under 16 years", "aged under five years", "up to 25 years
  old", "reduced the age ... from 19 years to less than 18 years". A person's age, no span
  from now (`event`, as the lengths above).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import holds
from bot.core.deadlines.words import ABOUT_WORDS

_ABOUT: Final = r"(?:\s+(?:" + ABOUT_WORDS + r"))?"
_NOUN_OF: Final = re.compile(
    r"\b(?!(?:periods|terms|ends|courses|spaces|times|spans|totals|maximums|minimums|matters"
    r"|sums|lots|days|weeks|months|years|hours|minutes|results|plans|ones|others)\b)"
    r"[a-z]{3,}s\s+of" + _ABOUT + r"\s*$"
)
_AGAINST_NORM: Final = re.compile(
    r"\s+(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|than|against)\s+(?:the|a|an)\s+"
    r"(?:usual|normal|standard|customary|typical|regular|planned|expected)\b"
)


# a verb of punishing or holding someone, then "for" and a bound: the length of a penalty
_PENALTY: Final = re.compile(
    r"\b(?:(?:imprisoned|jailed|gaoled|incarcerated|detained|sentenced|banned|barred"
    r"|disqualified|locked\s+up)(?:\s+for)?|fac(?:e|es|ing))" + _ABOUT + r"\s*$"
)
# the last word _PENALTY may end on: "for", a word of _ABOUT, or "face(s)"
_PENALTY_LAST: Final = (
    "for", "to", "least", "about", "around", "approximately", "roughly", "some", "nearly",
    "almost", "face", "faces", "facing",
)  # fmt: skip


def penalty(before: str) -> bool:
    """The span after `before` (filler words included) is how long a penalty lasts."""
    if not before.rstrip().endswith(_PENALTY_LAST):
        return False  # the cheap test first: most spans follow none of these words
    return _PENALTY.search(before[-60:]) is not None


# a vague word right before a penalty: "will be immediately imprisoned", "immediately
# arrested and deported"
_PENALTY_NEXT: Final = re.compile(
    r"\s+(?:be\s+)?(?:imprison|jail|gaol|incarcerat|detain|arrest|deport|fined|sentenc|prosecut)"
)


def penalty_next(text: str, end: int) -> bool:
    """A penalty follows the vague word ending at `end` of `text`."""
    return _PENALTY_NEXT.match(text, end) is not None


def of_a_thing(before: str) -> bool:
    """The span after `before` (filler words included) is a plural noun's length."""
    return " of" in before[-30:] and _NOUN_OF.search(before[-60:]) is not None


# "in two weeks instead of the planned six", "within 10 days instead of the usual 30": the
# span still counts from now, and its end is when the act falls due
_FROM_NOW_BEFORE: Final = re.compile(r"\b(?:in|within)" + _ABOUT + r"\s*$")


def against_norm(before: str, after: str) -> bool:
    """The words `after` the span set it against a usual length, and no "in" or "within"
    in `before` makes it a time counted from now."""
    return _AGAINST_NORM.match(after) is not None and _FROM_NOW_BEFORE.search(before[-40:]) is None


# "valid for (up to) two years", "repayable over 25 years", "repayable within five years",
# "repaid over ten years" (stop 53)
_TERM: Final = re.compile(
    r"\b(?:(?:valid|repayable|redeemable)\s+(?:for|over|within|in)"
    r"|(?:repaid|paid\s+back|paid\s+off)\s+over)(?:\s+up\s+to)?" + _ABOUT + r"\s*$"
)
# "valid for two years from 1 January 2027": the term's own start, a window (1.1)
_OWN_START: Final = re.compile(r"[\s,]*(?:from|starting|beginning|commencing|as\s+of)\b")


_START_WORD: Final = re.compile(r"\b(?:from|starting|beginning|commencing|as\s+of)\s*$")


def term(before: str, core: str, after: str) -> bool:
    """The span `core`, after `before` (filler words included) and before `after`, is how
    long a thing stays valid or a loan runs, from its own undated issue (the span may end
    in its start word: "two years from")."""
    if "valid" not in before and "repa" not in before and "redeem" not in before:
        return False  # the cheap test first: most spans follow none of these words
    return (
        _TERM.search(before[-60:]) is not None
        and _OWN_START.match(after) is None
        and _START_WORD.search(core) is None
    )


# an age (stop 53): "... old" or "... of age" after the span; "aged", or people named, right
# before it; or "age" earlier in the clause with the span a bound or an end of a change
# ("the age ... from 19 years to less than 18 years"), not a time ahead ("within", "in", "by")
_OLD_AFTER: Final = re.compile(r"[\s-]*(?:old|of\s+age)\b")
_AGED_BEFORE: Final = re.compile(
    r"\b(?:aged|children|people|persons|adults|pupils|students|youths?|girls|boys|babies"
    r"|infants|teenagers)\s+(?:aged\s+)?$"
)
_AGE_IN_CLAUSE: Final = re.compile(r"\bages?\b")
_TIME_AHEAD: Final = re.compile(r"\b(?:the|next|coming|following|last|past|within|in|by)\b")
_BOUND_START: Final = re.compile(
    r"(?:from|to|under|over|below|above|up\s+to|less\s+than|more\s+than|at\s+least)\b"
)


_AGE_CUES: Final = (
    "age", "old", "child", "people", "person", "adult", "pupil", "student", "youth", "girl",
    "boy", "bab", "infant", "teen",
)  # fmt: skip


def may_be_age(text: str) -> bool:
    """Whether `text` holds a word each test of `an_age` needs (a substring test, found once
    per long text: each span of a long paste asks it)."""
    return any(holds(text, cue) for cue in _AGE_CUES)


def an_age(text: str, start: int, core: str, end: int, clause: str) -> bool:
    """The span `core` (from `start` to `end` of `text`, the words of its clause before it
    `clause`) is a person's age."""
    if not core.endswith(("years", "year", "months", "month", "weeks")):
        return False  # the cheap test first: an age is counted in years, months or weeks
    if _TIME_AHEAD.search(core) is not None:
        return False  # "for disabled people over the next five years": a time, no age
    if _OLD_AFTER.match(text, end) is not None:
        return True
    if _AGED_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    return (
        "age" in clause
        and _AGE_IN_CLAUSE.search(clause) is not None
        and _BOUND_START.match(core) is not None
    )
