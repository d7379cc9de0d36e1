"""A verb told as done right beside a time of the day of speaking (issue 12, stop 42,
tuner g): part of governing.py's verdict.

The time word belongs to the participle it follows, not to the verb of the clause around
it: "according to a European Environment Agency report published today", "the transition
... to the legislation adopted today", "will continue to apply following the new
restrictions announced today", "with annual reports tabled today showing growth", "that's
why the phone call was arranged today". The participle names an act already done when the
words are spoken (CONVENTIONS 2.2, 2.4), so the time is no deadline, whatever the tense of
the clause that holds the noun (governing.py reads that clause's verb, "will", "can",
"continues", and would keep the time).

Four shapes. A time in a participle phrase opening the sentence ("Speaking today, Sir
Andrew Dilnot said:", "Announcing the funding package today, Minister Humphreys said:",
"Following their meeting this morning at the Commission headquarters, ... announced") is
fronted: governing.py reads the main clause's verb after the comma, as it does after "On
Tuesday,", so a past told as done there makes it past ("Speaking today, the Minister will
announce" stays ahead). The past verb right after the time, between its subject and the
verb ("Minister McConalogue today officially named the pier", "Stephen Donnelly TD today
lent his support"): the time is that verb's, as governing.py reads a fronted time's. The
participle (a regular "-ed" form or a common irregular one, with a particle:
"set out today") standing right before the time:

- after a noun (a reduced relative: "the report published today");
- after a past or perfect form of "be" or "have" ("was arranged today", "have been
  tabled today", "has published today").

Not after a present or future "be" ("is published today", "will be laid today", "are
being released today": the act is due that day, CONVENTIONS 2.1), nor after "to", a
pronoun, a determiner or a modal; not a participle of planning or fixing ("the vote
expected today", "scheduled today", "set today": a time ahead); and only for a time no
later than the day of speaking (a participle or a verb told as done cannot hold a day ahead).
"""

from __future__ import annotations

import re
from datetime import date

from bot.core.deadlines.clauses import past_word
from bot.core.deadlines.vocabulary import PLAN_PARTICIPLES
from bot.core.deadlines.words import DETERMINERS, IRREGULAR_PARTICIPLES

# the irregular participles of acts a release tells of, beside words.IRREGULAR_PARTICIPLES
_IRREGULAR = IRREGULAR_PARTICIPLES | frozenset(
    "made held sent paid laid built met led lent put issued told said sold brought".split()
)
# planning or fixing a time: what they name is ahead (governing.py's plan and setting words)
_AHEAD = re.compile(
    r"(?:" + PLAN_PARTICIPLES + r"|slated|timetabled|set|fixed|named|due|hoped|wanted)$"
)
# "-ed" words that are no participle of an act ("proceed", "limited", "interested")
_NOT_PARTICIPLE = frozenset(
    "proceed exceed succeed indeed speed breed embed limited based related detailed united"
    " interested concerned qualified supposed used allowed permitted expired".split()
)
_BE_DONE = frozenset(("was", "were", "been", "has", "have", "had"))
# words after which a participle is no reduced relative nor a past passive
_NOT_NOUN = DETERMINERS | frozenset(
    "is are am be being 's to will shall would could should might must can may i we you he"
    " she they it who which that not and or but of for in on at by with from as"
    # a linking verb: the participle after it is a state ("is likely to remain closed")
    " remain remains stay stays become becomes seem seems get gets keep keeps".split()
)
_BEFORE_TIME = re.compile(
    r"(?:^|[^a-z'\u2019])(?P<before>[a-z'\u2019]+)\s+(?:(?:[a-z]+ly|already|just|also|still)\s+)?"
    r"(?P<part>[a-z]{3,}ed|[a-z]{3,})(?:\s+(?:out|up|down|forward|back|off|over|through))?"
    r"\s+$"
)
# after the time: an adverb or two, then the past verb ("today officially named")
_AFTER_TIME = re.compile(r"\s+(?:(?:[a-z]+ly|also|again|jointly)\s+){0,2}(?P<verb>[a-z]+)\b")
_REACH = 60  # characters before the time: three words and a particle


def done_before(low: str, start: int, day: date, today: date) -> bool:
    """Whether the time at `low[start:]` (lowercased text) follows a participle telling of
    an act done (see the module docstring); `day` is the time's day, `today` the day of
    speaking."""
    if day > today:
        return False
    m = _BEFORE_TIME.search(low, max(0, start - _REACH), start)
    if m is None:
        return False
    part, before = m["part"], m["before"].replace("\u2019", "'")
    if part in _NOT_PARTICIPLE or not (part.endswith("ed") or part in _IRREGULAR):
        return False
    if _AHEAD.match(part):
        return False
    if before in _BE_DONE:
        return True  # "was arranged today", "have been tabled today"
    return before.isalpha() and before not in _NOT_NOUN  # "the report published today"


def done_after(low: str, start: int, end: int, day: date, today: date) -> bool:
    """Whether the time at `low[start:end]` stands between a subject and its past verb
    ("the Minister today officially named"): not after a modal or "to" ("will today
    publish"), a pronoun or a determiner, nor at the head of its sentence."""
    if day > today:
        return False
    m = _BEFORE_WORD.search(low, max(0, start - 30), start)
    after = _AFTER_TIME.match(low, end)
    if m is None or after is None or m["before"] in _NOT_NOUN:
        return False
    verb = after["verb"]
    return verb not in _NOT_PARTICIPLE and (
        past_word(verb) or verb in _IRREGULAR or verb in _IRREGULAR_PAST
    )


_BEFORE_WORD = re.compile(r"(?P<before>[a-z]+)[.]?\s+$")
# past forms that are no participle ("Minister X today lent his support")
_IRREGULAR_PAST = frozenset("lent gave took spoke wrote chose drew began went came".split())


def opening_phrase(words: list[tuple[str, int]], lo: int, first: int, last: int) -> bool:
    """Whether the time at word indices first..last lies in a participle phrase opening its
    clause at `lo` ("Speaking today,", "Following their meeting this morning at ...,"): a
    word in "-ing" first, and a comma after the time before any other word that could be
    a verb of the main clause."""
    head = words[lo][0] if lo < len(words) else ""
    if lo >= first or not (head.endswith("ing") and len(head) > 5):
        return False
    for word, _ in words[last + 1 : last + 12]:
        if word == ",":
            return True
        if word in _NOT_NOUN and word not in ("at", "in", "on", "of", "by", "with", "from", "the"):
            return False  # "Speaking today is ...": the phrase is the subject
    return False
