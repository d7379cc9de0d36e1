"""Whether the time phrase the parser chose is one told as done (issue 12, round 28a).

`verdict` turns governing.py's reading of the verb into one decision for second_looks.py:
a time governed by a past told as done is past (not a reported future, not a deadline
word's object, not a time after an infinitive or a plan word, not what a verb of saying
made known, not a day the words name ahead). It runs once, on the phrase the parser chose.
The second decision the round asked for, "a time governed by no verb at all holds no
deadline", is not taken: on the labelled sets the reader's `NONE` (it knows no open list of
present verbs: "expires", "begin") lost about a hundred cases for some fifteen gained, most
of them headings and order-paper lines ("Grand Committee in the Moses Room at 3.30pm") that
are deadlines.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from bot.core.deadlines import clauses, event_named, heading_ahead, subject_time
from bot.core.deadlines.context import DATED, YEAR_IN, Candidate, Ctx, Res
from bot.core.deadlines.governing import (
    _SETTING,
    _SPEECH,
    PAST,
    PERFECT,
    lowered,
    names_noun,
    reading,
)
from bot.core.deadlines.reader_words import BEEN_AFTER_S as _BEEN_AFTER_S
from bot.core.deadlines.verb_forms import PAST_EITHER, PAST_ONLY
from bot.core.deadlines.words import by_first_letter

_DEADLINE_PRE: Final = re.compile(
    r"\b(?:by|until|till|through|thru|before|within|later\s+than|deadline|due|to|up\s+to)\s*"
    # the deadline word may stand before a modifier the phrase does not take: "until late
    # morning" (the morning is read, "late" left before it)
    r"(?:(?:early|late|mid)[\s-]*)?$"
)
# a past form or a perfect ("has", "'s been") anywhere in the sentence: the reader runs
# only then. A match in the sentence (searched with pos and endpos) is one in the whole text
# too: the sentence ends at a stop or at the text's end, so the closing \b reads the same,
# and \b at pos sees the character before it; hence verdict searches the whole text first,
# and most texts hold no past form at all (issue 12: the sentence's bounds are not worked
# out for them)
_PAST_CUE: Final = re.compile(
    r"[a-z]{2}ed\b|['\u2019]s"
    + _BEEN_AFTER_S
    + r"|\b(?:"
    + by_first_letter(PAST_ONLY | PAST_EITHER | {"has", "have", "had"})
    + r")\b"
)
_HAD: Final = re.compile(r"\bhad\b")
_NOW_PERIODS: Final = frozenset(("this week", "this month", "this year"))
# "..., and this week we sign": the period opens a clause of its own after a conjunction, so a
# past verb before it does not govern it (its own verb follows)
_OPENS_CLAUSE: Final = re.compile(r"(?:[,;]\s*|\s)(?:and|but|while|whereas)\s+$|;\s*$")
# a perfect of commitment: "has promised a review this year" dates the act promised
_PROMISED: Final = re.compile(
    r"\b(?:has|have)\s+(?:[a-z]+ly\s+|also\s+|now\s+|already\s+)?(?:promised|pledged|committed"
    r"|undertaken|vowed|agreed|decided|resolved)\b"
)
# "had set a December 16 date": the act of setting after its auxiliary
_SETTING_DONE: Final = re.compile(r"\b(?:had|has|have)\s+(?:" + "|".join(sorted(_SETTING)) + r")\b")
_MOVED: Final = re.compile(
    r"\b(?:postpon|delay|defer|resched|extend|moved\s+(?:to|from|back|forward|up)\b"
    r"|brought\s+forward|pushed\s+back"
    r"|put\s+back|timetabled)"
)
_HEADING: Final = re.compile(r"\s*(?:[\u2013\u2014:]|-\s|--)")
_AHEAD: Final = re.compile(r"\b(?:next|coming|following|later|tomorrow|upcoming|this)\b")


def _yearless(kind: str, core: str) -> bool:
    return (  # the kind first: a set's look-up is cheaper than a search
        kind in DATED or kind in ("weekday", "dom", "month", "period", "holiday", "season")
    ) and YEAR_IN.search(core) is None


def chosen(text: str, cand: Candidate | None, ctx: Ctx) -> tuple[str | None, str] | None:
    """`verdict` for the parser's chosen candidate (None when there is none)."""
    if cand is None:
        return None
    start, end = cand.words[0] if cand.words else (cand.start, cand.end)
    pre = cand.pre if start == cand.start else ""
    return verdict(text, start, end, pre, cand.kind, cand.res, ctx)


def verdict(
    text: str, start: int, end: int, pre: str, kind: str, res: Res, ctx: Ctx
) -> tuple[str | None, str] | None:
    """(refusal kind or None, reason) to refuse the chosen phrase text[start:end] (`pre`
    its leading words), or None to keep it (see the module docstring)."""
    core_start = start + len(pre)
    if res.due is None or _HEADING.match(text, end):
        return None  # "Tuesday 16 June—Consideration in Committee of ...": a heading
    day = res.due.astimezone(ctx.zone).date()
    core = text[core_start:end].lower()
    if (
        day > ctx.today
        and (not _yearless(kind, core) or _AHEAD.search(core) is not None)
        and (  # "travelled to Skopje this week": the verb tells (s59)
            core not in _NOW_PERIODS
            or _OPENS_CLAUSE.search(text, max(0, core_start - 12), core_start) is not None
        )
    ):
        return None  # a time the words place ahead: no act told as done holds it (cheap)
    if day > ctx.today and heading_ahead.release_line(text, start, text[core_start:end]):
        return None  # "Published on Tuesday 17th October at 0700", said before it (stop 57)
    low = lowered(text)
    if (cue := _PAST_CUE.search(low)) is None:
        return None  # no past form in the whole text, so none in its sentence (cheaper)
    lo, hi = clauses.reading_sentence(low, core_start, end)
    if not lo <= cue.start() < cue.end() <= hi and _PAST_CUE.search(low, lo, hi) is None:
        return None  # no past form in its sentence (cheap)
    named = names_noun(text, end)  # "to June 1 target elevations": the noun's time
    if (
        not named
        and _DEADLINE_PRE.search(low, max(0, core_start - 30), core_start)
        # "By June the bill had passed": a past perfect tells of an act done before a past
        # moment, so the deadline word bounds a past (stop 53, fix12; CONVENTIONS 2.4)
        and not (_HAD.search(low, lo, hi) and reading(text, core_start, end).pluperfect)
    ) or (
        _MOVED.search(low, max(0, core_start - 120), core_start)
        or (day > ctx.today and event_named.named_event(low, start, end))
    ):
        return None  # "extended to 30 June", "postponed from 8 to 15 January", "its May 3 hearing"
    found = reading(text, core_start, end)
    if found.subject and day > ctx.today and subject_time.dated_by_weekday(core, day):
        return None  # "all other Executive Business on Monday 18 June remained as agreed"
    if found.tense in (PAST, PERFECT) and not (found.plan and not named) and not found.under_future:
        if found.verb in _SPEECH and _object_between(text, found.verb, core_start):
            return None  # "announced the closure of the park on March 30": what was said
        if (
            found.tense == PERFECT
            and day > ctx.today
            and (core not in _NOW_PERIODS or _PROMISED.search(low, lo, core_start) is not None)
        ):
            # "has been moved to Friday"; but a perfect in the period of speaking tells of an
            # act done in it ("has opened its new centre this week", CONVENTIONS 2.4, stop 59),
            # unless it is a commitment to act in it ("has promised a review this year")
            return None
        setting = found.verb in _SETTING or (
            found.verb in ("had", "has", "have")
            and _SETTING_DONE.search(low, max(lo, core_start - 60), core_start) is not None
        )
        if setting and _set_ahead(kind, core, day, ctx.today):
            return None  # "had set a May 16 date for the referendum": the date set lies ahead
        return "past", "the verb governing it tells of an act done"
    return None


def _set_ahead(kind: str, core: str, day: date, today: date) -> bool:
    """Whether a time fixed by an act told as done lies ahead: a year says so; a date
    without one, rolled to its next occurrence, only when that is within half a year
    (a year-less date set in the past is the nearer, past one: "The notice set 30
    November as the last day", read on 2 December)."""
    return day > today and (not _yearless(kind, core) or (day - today).days <= 183)


def _object_between(text: str, verb: str, core_start: int) -> bool:
    """Words beside the verb of saying stand before the time ("announced the closure of
    the park on March 30"), not the verb right before it ("announced today")."""
    low = lowered(text)
    at = low.rfind(verb, 0, core_start)
    if at < 0:
        return False
    return len(low[at + len(verb) : core_start].split()) > 1
