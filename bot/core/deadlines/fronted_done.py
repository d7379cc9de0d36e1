"""A time that heads its sentence, set off by a comma, with the sentence told as done
(issue 12, round 27c). The main clause after the comma may run past a long subject with
commas of its own ("On April 1, the ports of entry at Porthill, Idaho, and Maida, North
Dakota, each expanded operations by two hours", said in July) or past an aside ("This
week, as part of the Department's tour, senior officials traveled to 40 states"), so the
whole rest of the sentence is read: a past verb and nothing ahead make the time the one
gone, not next year's April nor the end of this week. A past verb of a relative clause
told of the subject ("On April 1, the ports that expanded last year close for good") is
passed over: the sentence's own verb decides.

Two kinds of time are read so: the period of speaking ("This week,", "And this morning at
8:15 a.m.,"), and a year-less date after "on" that the calendar rolled into next year (also
leading a clause after "that": "You will recollect that on 30 January NHS England and NHS
Improvement declared ...", said in July).

Stop 38 (fix12c): a time ahead that only places a done act, heading its sentence ("Ahead of
the New Year, Vladimir Putin met with Government Cabinet members", "Before Christmas, the
council cleared the backlog"): the act is told as done before the time, nothing falls due
then (`ahead_done`, a second look on the chosen phrase).
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.context import DATED, NAMED_YEAR, Ctx, Hit, Res

# the period of speaking, told as the time of an act ("This week, X got an interview")
_NOW_PERIODS: Final = frozenset(
    ("this week", "this morning", "this afternoon", "this evening", "this month")
)
# nothing but a joining word between the sentence's start and the time
_HEAD: Final = frozenset(("", "and", "but", "so", "also"))
# the time's own comma, after at most a clock time ("this morning at 8:15 a.m.,")
_TO_COMMA: Final = re.compile(r"(?:\s+at\s+[0-9][0-9:.apm ]{0,12})?\s*,")
# past forms the shared list lacks, read as "had"; "you may have noticed" is done too
_MORE_PAST: Final = re.compile(r"\bgot\b|\b(?:may|might)\s+have\s+(?=[a-z]{3,}ed\b)")
# a relative clause's pronoun and verb after a noun ("the ports that expanded last year
# close for good", "the ministers who were appointed"): told of the subject, not its act
_RELATIVE: Final = re.compile(
    r"(?<=[a-z,]\s)(?:that|which|who)\s+(?:(?:was|were|had|been)\s+)*[a-z]+\b"
)


def told_done(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """Whether the time at hit heads its sentence, set off by a comma, and the rest of
    the sentence is told as done with nothing ahead."""
    if hit.core in _NOW_PERIODS:
        pass
    elif not (
        hit.kind in DATED
        and hit.pre.strip() == "on"
        and res.day is not None
        and res.day.year > ctx.today.year
        and NAMED_YEAR.search(hit.core) is None
    ):
        return False  # the cheap test first: most times are neither
    head = clauses.sentence_start(text, hit.start, 200)
    before = text[head : hit.start].strip()
    # "You will recollect that on 30 January NHS England ... declared": a clause of its
    # own after "that", its date leading it with no comma needed
    after_that = before.endswith(" that") and hit.core not in _NOW_PERIODS
    if before not in _HEAD and not after_that:
        return False
    comma = _TO_COMMA.match(text, hit.end)
    if comma is None and not after_that:
        return False
    return _rest_done(text, hit.end if comma is None else comma.end())


def _rest_done(text: str, at: int) -> bool:
    """The rest of the sentence from `at` is told as done, with nothing ahead."""
    rest = clauses.sentence_after(text, at)
    if "that" in rest or "which" in rest or "who" in rest:
        rest = _RELATIVE.sub("", rest)
    return clauses.past_tense(_MORE_PAST.sub(_as_past, rest))


# "Ahead of the New Year,", "Before Christmas,", "In the run-up to the summit,"
_AHEAD_HEAD: Final = re.compile(r"(?:ahead\s+of|before|in\s+advance\s+of|in\s+the\s+run-up\s+to)\s")


def ahead_done(lowered: str, start: int, end: int) -> bool:
    """Whether the phrase from `start` to `end` of `lowered` is a time ahead heading its
    sentence, set off by a comma, with the rest of the sentence told as done."""
    if _AHEAD_HEAD.match(lowered, start) is None:
        return False  # the cheap test first
    head = clauses.sentence_start(lowered, start, 200)
    if lowered[head:start].strip() not in _HEAD or not lowered.startswith(",", end):
        return False
    return _rest_done(lowered, end + 1)


def _as_past(m: re.Match[str]) -> str:
    return "had" if m.group() == "got" else ""
