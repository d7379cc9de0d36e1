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

Stop 61 (tune12 t2): a gone day heading its sentence dates the whole of what the sentence
tells as done, so the other times in it are that act's, gone with it, not ahead: "On March
20, the department extended the applicability and effective dates of the final regulation
from March 23 to May 22" (said in November: not next May), "On April 7, 1995, FRA published
a notice changing the hearing date from May 9, 1995 to April 24, 1995" (`under_done_head`).
The head is gone when it names an earlier year, or, year-less, when this year's day is
before the day of speaking; a month or a year of its own ("In May 2016, ... had dropped to
1.6 weeks by the end of the year") once it has ended. A future, an infinitive ("agreed to
publish") or a present relative clause after it keeps the times ahead, and so does a moved
time ahead with a year of its own ("On 1 July 2015, the ACCC extended the period ... to 11
January 2016": moved.py's new deadline).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.context import DATED, NAMED_YEAR, Ctx, Hit, Res
from bot.core.deadlines.vocabulary import MONTHS
from bot.core.deadlines.words import MONTH, NOT_INFINITIVE

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


# a day of the month heading its sentence, set off by a comma: "On March 20,", "on 7 April
# 1995,", "And on the 3rd of May,"
_DATED_HEAD: Final = re.compile(
    r"(?:(?:and|but|so|also)\s+)?on\s+(?:the\s+)?(?:(?P<m1>" + MONTH + r")[a-z]*\.?\s+"
    r"(?P<d1>[0-9]{1,2})(?:st|nd|rd|th)?|(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<m2>" + MONTH + r")[a-z]*\.?)(?:,?\s+(?P<year>[0-9]{4}))?\s*,\s"
    # "In May 2016,", "In 2015,": a month or a year of its own, gone when it has ended
    r"|(?:(?:and|but|so|also)\s+)?in\s+(?:(?P<m3>" + MONTH + r")[a-z]*\.?\s+)?"
    r"(?P<y3>(?:19|20)[0-9]{2})\s*,\s"
)


# a clause of its own joined after the one told done, with a subject and a verb in the present
# or the future: "..., the council published its plan and the consultation runs until 15
# January" (not joined nouns: "extended the applicability and effective dates ... to May 22")
_JOINED_NOW: Final = re.compile(
    r"\b(?:and|but|while|whereas)\s+(?:the|a|an|its|their|this|these|our|his|her)\s+"
    r"(?:[a-z-]+\s+){0,3}?(?:runs|opens|closes|continues|remains|starts|begins|ends|lasts|is|are"
    r"|will|shall)\b"
)
# the month "May" before its day, which clauses.FUTURE would read as the modal
_MONTH_MAY: Final = re.compile(r"\bmay(?=\s+[0-9])")
# a time moved by a verb of moving, which PLAN_PARTICIPLES keep out of the past forms
_MOVED: Final = re.compile(r"\b(?:extended|postponed|delayed|deferred)\b")


# an infinitive: an act still to come when the head's act was done ("agreed to publish");
# not "to" before a time or a noun's determiner ("from March 23 to May 22", "to the House")
_INFINITIVE: Final = re.compile(
    r"\bto\s+(?![0-9])(?!" + MONTH + r")(?!(?:" + NOT_INFINITIVE + r"|mid|early|late|end|then)\b)"
    r"[a-z]+"
)
# the first word after a relative pronoun or "that" (an adverb passed over)
_AFTER_RELATIVE: Final = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+ly\s+)?([a-z']+)")


def _relatives_done(rest: str) -> bool:
    """Every clause opened by "that", "which" or "who" in `rest` is told in the past too
    ("the ports that expanded"); one with a present or a subject of its own ("which closes
    on 28 February", "announced that the scheme opens on 4 January") may tell a time ahead."""
    for m in _AFTER_RELATIVE.finditer(rest):
        word = m[1]
        if word not in ("was", "were", "had") and not clauses.past_word(word):
            return False
    return True


def under_done_head(text: str, hit: Hit, res: Res, ctx: Ctx) -> bool:
    """Whether the time at hit follows a gone day heading its sentence, set off by a comma,
    with the rest of the sentence told as done (module docstring, stop 61)."""
    head = clauses.sentence_start(text, hit.start, 300)
    while head < hit.start and text[head].isspace():
        head += 1
    if text[head : head + 3] not in ("on ", "in ", "and", "but", "so ", "als"):
        return False  # the cheap test first: most sentences open otherwise
    m = _DATED_HEAD.match(text, head)
    if m is None or m.end() > hit.start:
        return False
    if m["y3"]:  # a month or a year: gone once it has ended
        year = int(m["y3"])
        month = MONTHS[m["m3"][:3]] if m["m3"] else 12
        if (year, month) >= (ctx.today.year, ctx.today.month):
            return False
    else:
        month = MONTHS[(m["m1"] or m["m2"])[:3]]
        year = int(m["year"]) if m["year"] else ctx.today.year
        try:
            day = date(year, month, int(m["d1"] or m["d2"]))
        except ValueError:
            return False
        if day >= ctx.today:
            return False
    told = clauses.sentence_after(text, m.end())
    if " to " in told and _INFINITIVE.search(told) is not None:
        return False  # "the council agreed to publish the plan within a month": ahead
    rest = _MONTH_MAY.sub("mai", told)  # no modal "may"
    if ("that" in rest or "which" in rest or "who" in rest) and not _relatives_done(rest):
        return False  # "we launched a consultation, which closes on 28 February": ahead
    if " and " in rest or " but " in rest or " while " in rest or " whereas " in rest:
        if _JOINED_NOW.search(rest) is not None:
            return False  # "... and the consultation runs until 15 January": that clause's time
    if _MOVED.search(rest) is None:
        return clauses.past_tense(_MORE_PAST.sub(_as_past, rest))
    # "extended ... from 11 July 2015 to 11 January 2016": a move to a new time, whose new
    # time ahead is a deadline (moved.py) even when the moving is past; only a year-less one
    # the calendar rolled into next year ("from March 23 to May 22", said in November) is
    # the one gone with its head
    return (
        res.day is not None
        and res.day.year > ctx.today.year
        and NAMED_YEAR.search(hit.core) is None
        and clauses.FUTURE.search(rest) is None
    )
