"""A time in the subject of a past verb after it (issue 12, stop 42, tuner g): part of
governing.py's reading.

governing.py takes a clause's finite verb from its strong forms ("is", "will", "has"), and
from its past forms only before the time, or after it when the time is fronted ("On
Tuesday, the council met"). A clause with no verb before its time, whose past verb comes
after it, was left with no verb at all, so its time stood as a deadline: "The Presidium of
the Government of the Russian Federation at its meeting on April 23, 2009 adopted the
following decisions", "Seventy-five years ago today the United States Marine Corps landed
on the island of Iwo Jima", "Minister McConalogue today officially named the new pier". The
time lies in the subject, and the verb after it governs it, as it governs a fronted one:
a past told as done makes it past (CONVENTIONS 2.4; past_verdict.verdict), a modal or a
present keeps it.

`in_subject` says whether the verb found after the time is the clause's own: the subject's
words, if any, stand between them, with no comma (a comma after the time closes a phrase of
its own: "at 4:30 p.m., sponsored by ..." is a participle after the time, "Before the
election in May, the party published" a phrase governing.py reads as it did); a verb right
after the time is not followed by a preposition ("Tickets go on sale today priced at £5": a
participle describing, after a present the reader does not know); no pronoun or wh-word
stands between, which opens a clause of its own ("And today we're making further
announcements on top of what we've already put out there": the "put" is the relative's).
`dated_by_weekday` keeps a day ahead whose weekday agrees with its date, naming its year as
a year would (a day ahead that names its year past_verdict.verdict keeps before it reads the
verb): the verb cannot tell such a day as done ("all other Executive Business on Monday 18
June remained as agreed", said before it); a year-less date ahead is the past one beside a
past verb, as clauses.py reads it anywhere.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

# a pronoun or a wh-word opens a clause of its own: "today we're making", "how people used"
_OWN_CLAUSE: Final = frozenset(
    "i we you he she they it who which that what how why where whether".split()
)
# a participle right after the time and before one of these describes a noun: "Tickets go on
# sale today priced at £5" (the reader knows no "go"), "the event today hosted by"
_PREPOSITIONS: Final = frozenset("at by in on for to from with of as into under".split())
_WEEKDAY_IN: Final = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b")
_DAY_NUMBERS: Final = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def in_subject(words: list[tuple[str, int]], last: int, verb: int) -> bool:
    """Whether the verb at word index `verb`, after the time ending at word `last` in a
    clause with no verb before the time, is the clause's own (see the module docstring)."""
    if verb <= last:
        return False
    between = [w for w, _ in words[last + 1 : verb]]
    if not between:  # "on 23 April adopted the decisions", not "today priced at £5"
        return verb + 1 >= len(words) or words[verb + 1][0] not in _PREPOSITIONS
    # "Seventy-five years ago today the Marine Corps landed"; not "at 4:30 p.m., sponsored
    # by" nor "Before the election in May, the party published": a comma after the time
    # closes a phrase of its own, which governing.py reads as fronted or not
    return "," not in between and not any(w.split("'")[0] in _OWN_CLAUSE for w in between)


def dated_by_weekday(core: str, day: date) -> bool:
    """The time's words name a weekday its date falls on ("Monday 18 June" in 2012). A year
    in them never comes here: past_verdict.verdict keeps such a day ahead first."""
    m = _WEEKDAY_IN.search(core)
    return m is not None and _DAY_NUMBERS[m[1]] == day.weekday()
