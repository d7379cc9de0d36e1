"""A clock time heading a line of a log told in the past (issue 12, round 24a): "6:36 p.m.
The Senate adjourned.", "4:30 p.m. Senator Grassley spoke on ...", "6:32 p.m. Cloture was
invoked on the nomination". A floor log or a minute-by-minute report puts the time first and
tells what was done then; read the same day, the time would otherwise be placed ahead of the
reading. The time is past when it has no day of its own, heads its sentence (a lead word
such as "at" aside), the subject after it is followed within a few words by a simple past or
a past passive, and nothing in the sentence looks ahead (a future, a modal, a plan). A
programme line in the present ("10:00 a.m. The President receives the briefing") and a
schedule ("4:30 p.m. The Senate will vote on ...") keep their time.

Read by past_reading.py, for the phrases it is asked about; a year-less date beside a past
verb is read there already, and a clock time after the past verb of its clause ("The House
adjourned at 6:36 p.m.") too: this covers the time that comes before its clause.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.context import Hit, Res

_LOOK_BACK: Final = 80
_CLOCK_KINDS: Final = frozenset({"time", "clock"})
# what may stand before a time that heads its line: nothing, or a word placing it
_LEADS: Final = frozenset({"", "at", "about", "around", "at about", "at around"})
# a clock time, not a part of the day ("the evening" is read elsewhere)
_CLOCK: Final = re.compile(r"[0-9]|\bnoon\b")
# a dash, colon or comma that may part the time from its line
_PARTING: Final = re.compile(r"\s*[-:,–—]?\s*")
_WORD: Final = re.compile(r"[a-z][a-z'’.-]*")
# a past verb is the line's own within this many words of the subject before it
_SUBJECT_WORDS: Final = 5
# the past form describes a noun after it: "closed press", "recorded remarks"
_DESCRIBED: Final = re.compile(
    r"\s+(?:press|pool|session|door|doors|remarks|interview|statement|briefing|call|event"
    r"|meeting|hearing|portion)\b"
)
# a future, modal or plan anywhere in the sentence keeps the time ahead ("may" is left
# out: the month reads the same), but not a modal of a relative clause ("spoke about a bill
# that would encourage ...": the bill's, not the line's)
_AHEAD: Final = re.compile(
    r"\b(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?:will|shall|would|should|must|might|could"
    r"|can|going\s+to|(?:is|are|was|were)\s+to|expect\w*|(?:plan|intend|aim)\w*\s+(?:to|for)"
    r"|schedul\w*|due|set\s+(?:to|for)|target\w*|hop(?:e|es|ing)\s+to|tomorrow|tonight"
    r"|upcoming)\b|'ll\b"
)

# the word before a past form that opens a clause inside the subject: "the names we
# received", "the Senate, which met briefly,"
_RELATIVE: Final = frozenset({"that", "which", "who", "we", "they", "i", "you", "he", "she"})
# the word before a past participle that makes it a present passive: "10:00 a.m. The results
# are published", "5 p.m. The timetable is released" (a programme line, not a past one)
_PRESENT_AUX: Final = frozenset({"is", "are", "am", "get", "gets"})


def logged_past(text: str, hit: Hit, res: Res) -> bool:
    """Whether a clock time heads a line whose clause tells, in the past, what was done
    then ("5:30 p.m. Roll call vote began on the nomination")."""
    if (
        hit.kind not in _CLOCK_KINDS
        or res.day is not None
        or hit.pre.strip() not in _LEADS
        or _CLOCK.search(hit.core) is None
        or not _heads_sentence(text, hit.start)
    ):
        return False
    sentence = clauses.sentence_after(text, hit.end)
    if _AHEAD.search(sentence) is not None:
        return False
    gap = _PARTING.match(text, hit.end)
    return _past_verb_leads(clauses.clause_after(text, gap.end() if gap else hit.end))


def _heads_sentence(text: str, start: int) -> bool:
    """Nothing but a sentence's end (or the text's start) before `start`, as
    gate.head_of_sentence says, looking back a bounded way: a long log holds many times, and
    copying all the text before each of them would make it quadratic."""
    before = text[max(0, start - _LOOK_BACK) : start].rstrip()
    if not before:
        return start <= _LOOK_BACK
    return before[-1] in ".!?;:"


def _past_verb_leads(clause: str) -> bool:
    """A past form among the clause's first words, not one describing the noun after it
    ("The President meets the press, closed press" holds none), nor one of a clause
    inside the subject ("the names we received go online": the line's verb is "go"), nor
    a present passive ("The results are published")."""
    before = ""
    for count, word in enumerate(_WORD.finditer(clause)):
        if count > _SUBJECT_WORDS:
            return False
        if clauses.past_word(word.group()) and not (count > 1 and before in _RELATIVE):
            if before in _PRESENT_AUX:
                return False  # "are published": present passive, the line's verb
            return _DESCRIBED.match(clause, word.end()) is None
        before = word.group()
    return False
