"""Scanning, reading each phrase, and choosing the one that counts (the joining of
neighbouring phrases into candidates is combine.py's)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from operator import itemgetter  # C keys for sorting: no lambda call each
from typing import Final

from bot.core.deadlines import (
    and_later,
    business_for,
    called_last,
    clauses,
    clock_stops,
    following,
    framed_soon,
    hedged_days,
    joins,
    local_times,
    orders,
    prescan,
    schedules,
    standing,
    superseded,
    told,
    weekday_last,
    years_named,
)
from bot.core.deadlines.combine import join_neighbours
from bot.core.deadlines.context import DAYS, PAST, SKIP, YEAR_IN, Candidate, Ctx, Hit, Res
from bot.core.deadlines.cues import DATED, UNDATED, with_cues
from bot.core.deadlines.daytimes import no_clock
from bot.core.deadlines.fiscal import read_fiscal
from bot.core.deadlines.last_checks import last_checks
from bot.core.deadlines.nth import read_nth_weekday
from bot.core.deadlines.readers import READERS
from bot.core.deadlines.scanned import scan_text
from bot.core.deadlines.vocabulary import (
    DOTTED_END,
    GAP_MERGE,
    RULE_PATTERNS,
)
from bot.core.deadlines.zones import BadZone, trailing_zone, zone_named, zone_of

# --------------------------------------------------------------------------------------
# Reading, choosing (the scan is scanned.py's).

_ALL_READERS: Final = {**READERS, "fiscal": read_fiscal, "nthwd": read_nth_weekday}


def _zone_override(hits: list[Hit], home: tzinfo) -> tuple[tzinfo, Hit] | None:
    for hit in hits:
        if hit.kind in ("time", "clock"):
            m = RULE_PATTERNS[hit.kind].fullmatch(hit.core)
            if m is None:
                continue
            word = m["tm_zone"] or m["tm_zone_word"] or m["tm_zone_us"]
            if not (word or m["tm_bare_off"]):
                continue
            return zone_of(
                word, m["tm_std"] or m["tm_std_cut"], m["tm_off"] or m["tm_bare_off"], home
            ), hit
    return None


def _later_part_zone(
    hits: list[Hit], cand: Candidate | None, first: Hit, home: tzinfo
) -> tzinfo | None:
    """The zone of the last part of phrases joined (a range, two times of one event),
    when that part names a zone of its own, other than the first zoned time's."""
    if cand is None or len(cand.words) < 2:
        return None
    lo, hi = cand.words[-1]
    if lo <= first.start + len(first.pre) < hi:
        return None
    own = _zone_override([h for h in hits if lo <= h.start + len(h.pre) < hi], home)
    return None if own is None or own[1] is first else own[0]


_RESTATED: Final = re.compile(r"\s*,?\s*\(\s*")
# the phrases "the following year" counts from (following.py): a date, a month, a year
_ANCHORS: Final = frozenset(DATED | {"period", "fiscal"})


def _resolve(text: str, hits: list[Hit], ctx: Ctx) -> None:
    floor = 0
    prev: Hit | None = None
    replacing = superseded.replacing(text)  # once per text, not once per phrase
    expecting = told.expecting(text)
    anchor: datetime | None = None  # the last dated phrase's time, as read alone
    for hit in hits:
        # Re-read in place, not on the phrase alone: a rule may look at the words after
        # it ("three" before "this afternoon") without taking them.
        m = prescan.rule_match(text, hit.kind, hit.start + len(hit.pre))  # the scan's, if it is
        if m is None or m.end() - m.start() != len(hit.core):  # pragma: no cover
            continue
        try:
            res = _ALL_READERS[hit.kind](m, hit, ctx)
        except (ValueError, OverflowError, KeyError):
            res = None  # a date beyond datetime's range, or a word we do not map
            hit.note = "number"
        if hit.kind == "span" and res is not None and res.tod is not None:
            hit.kind = "clock"  # "at 18.00 hours" (hhmm.hours_clock): read as the clock it is
        if res is not None and (counted := following.from_anchor(hit.core, anchor, ctx)):
            res = counted  # "... in 2028 and expand the following year": 2029 (stop 53)
            if res.past:
                hit.note, hit.past_at = "past", anchor
        elif res is not None and res.due is not None and hit.kind in _ANCHORS:
            anchor = res.due
        if (
            res is not None
            and prev is not None
            and (prev.note in ("past", "negated") or prev.kind == "past")
            and _RESTATED.fullmatch(text, prev.end, hit.start)
        ):
            # "took effect at 0600 local time (0400 GMT)", "yesterday (16 July 2020)": the same
            hit.note = prev.note or "past"
            res = PAST if hit.note == "past" else SKIP
        elif res is not None and not ctx.past:
            res = with_cues(text, hit, res, ctx, floor, replacing, expecting)
        elif res is not None and hit.open:
            res = Res(due=None, precision="day", skip=True, tod=res.tod)
        if hit.kind == "past" and hit.past_at is None and not ctx.past:
            # "last year", "three weeks ago": a past anchor for relative words after it
            # ("Last year he told a deputation that he would shortly ..."); yesterday is
            # as good as now for them
            recent = "yesterday" in hit.core or "other day" in hit.core
            hit.past_at = ctx.reference - timedelta(days=1 if recent else 30)
        hit.res = res
        if res is not None:
            floor = hit.end
            prev = hit


_WHY: Final = (
    "a definite time beats a vague one",
    "it is what the sentence calls the deadline",
    "an explicit calendar date beats a relative span or a period",
    "it follows a deadline word (by, until, no later than ...)",
    "a named year beats relative words",
    "the later end of a range counts",
    "the longest expression counts",
    "the first expression counts",
)
_Key = tuple[bool, bool, bool, bool, bool, float, int, int]


# the kinds of a clock time alone ("at 4 p.m.", "1400 hours")
_CLOCKS: Final = frozenset({"time", "clock"})
# a sentence's end in the text as written: "... at 1.30 p.m. today. The press office ..."
_SENTENCE_BREAK: Final = re.compile(r"[.!?]\s+[A-Z]")


def _key(cand: Candidate, clocks: bool = True) -> _Key:
    res = cand.res
    dated = cand.kind in DATED
    # Among explicit dates, named years and days of a schedule ("to-morrow, ... on
    # Thursday, and ... on Friday"), the later end counts; so it does among the clock times
    # of one sentence (CONVENTIONS 6.1: "gathering here at approximately 10:30 a.m., be on
    # the ranch about 11:30 a.m." falls due at 11:30, not at the longer phrase's time; stop
    # 60), unless `clocks` is False (`_best`: a clock time of another sentence)
    days = cand.kind in DAYS or (clocks and cand.kind in _CLOCKS)
    ordered = (dated or cand.named or days) and res.due is not None
    later = res.due.timestamp() if ordered and res.due is not None else float("-inf")
    return (
        not res.vague,
        "deadline" in cand.pre or cand.called,  # "a deadline of Friday", "the last day to"
        dated,
        clauses.deadline_word(cand.pre),
        cand.named,
        later,
        cand.end - cand.start,
        -cand.start,
    )


_AND: Final = re.compile(r"\band\b")
_BUT: Final = re.compile(r"\b(?:but|yet|however)\b")


def _bound(text: str, cand: Candidate, bounds: list[tuple[int, datetime]]) -> datetime | None:
    """The latest earliest-bound that speaks of the candidate's own event: not one joined
    on by "and" ("is leaving at the end of this week and won't be back until September")."""
    out = None
    for at, start in bounds:
        lo, hi = (cand.end, at) if cand.end <= at else (at, cand.start)
        if _AND.search(text, lo, hi) and not _BUT.search(text, lo, hi):
            continue
        out = start if out is None else max(out, start)
    return out


def _best(
    cands: list[Candidate],
    floor: datetime | None,
    bounds: list[tuple[int, datetime]],
    text: str,
    source: str,
) -> tuple[Candidate | None, Candidate | None]:
    """The candidate that counts, and the runner-up it beat (for the reason)."""
    kept: list[Candidate] = []
    for cand in cands:
        res = cand.res
        if res.past or res.skip:
            continue
        if not res.invalid:
            if res.due is None or (floor is not None and res.due < floor):
                continue
            bound = _bound(text, cand, bounds) if bounds else None
            if bound is not None and res.due < bound:
                continue  # "by 2020 ... will not happen until 2027": contradicted
        kept.append(cand)
    if len(kept) < 2:  # most texts: one candidate, no ranking to do
        return (kept[0] if kept else None), None
    ranked = [(_key(cand), cand) for cand in kept]
    ranked.sort(key=itemgetter(0), reverse=True)
    won, best = ranked[0]
    if best.kind in _CLOCKS and any(
        lost[:5] == won[:5]
        and _SENTENCE_BREAK.search(source, min(best.end, other.end), max(best.start, other.start))
        for lost, other in ranked[1:]  # not only the runner-up: "Lunch is served at 4 p.m."
    ):
        # a clock time of another sentence is no later time of this one's schedule ("The Bill
        # shall be taken at 1.30 p.m. today. The press office opens at 4 p.m.")
        ranked = [(_key(cand, clocks=False), cand) for cand in kept]
        ranked.sort(key=itemgetter(0), reverse=True)
    best = ranked[0][1]
    if (later := and_later.later_part(best, (c for _, c in ranked[1:]), text)) is not None:
        return later, best  # "publish the draft on Friday and the final plan in April"
    return best, ranked[1][1]


def _why(best: Candidate, other: Candidate | None, text: str, gone: orders.Gone = None) -> str:
    if other is None:  # no runner-up; perhaps an alternative or a list's earlier item dropped
        return f"chosen over “{words_of(text, gone[0])}”: {gone[1]}" if gone else orders.ALONE
    if and_later.later_part(other, (best,), text) is best:
        return f"chosen over “{words_of(text, other)}”: {and_later.WHY}"
    a, b = _key(best), _key(other)
    index = next((i for i in range(len(a)) if a[i] != b[i]), len(_WHY) - 1)
    return f"chosen over “{words_of(text, other)}”: {_WHY[index]}"


def words_of(text: str, cand: Candidate) -> str:
    if cand.words:
        out = " … ".join(_closed(text[s:e].strip(" ,")) for s, e in cand.words)
    else:
        out = _closed(text[cand.start : cand.end].strip(" ,"))
    if out.endswith(".") and not DOTTED_END.search(out):
        out = out[:-1]  # a sentence's full stop, not "p.m." or "a.s.a.p."
    return out


def _closed(words: str) -> str:
    """The words without a closing bracket they never opened ("at 2 p.m. London)": the
    bracket opened before them), which a zone's pattern takes with it (stop 55)."""
    for opening, closing in (("(", ")"), ("[", "]")):
        while words.endswith(closing) and words.count(closing) > words.count(opening):
            words = words[:-1].rstrip(" ,")
    return words


def check_reference(reference: datetime) -> None:
    zone = reference.tzinfo  # UTC, the usual one, is aware: no offset to ask it for
    if zone is not UTC and (zone is None or reference.utcoffset() is None):
        raise ValueError("reference must be an aware datetime")


def reading_context(
    reference: datetime,
    tz: str | tzinfo,
    day_first: bool,
    past: bool,
    fy_end: tuple[int, int] = (12, 31),
) -> Ctx:
    zone = zone_named(tz) if isinstance(tz, str) else tz
    local = reference.astimezone(zone)
    return Ctx(reference, zone, local, local.date(), day_first, past, fy_end)


# Not frozen, and its __init__ written out, as Res and Ctx (context.py): the generated one
# is interpreted Python even in the mypyc build, and most phrases build one or two.
@dataclass(slots=True, init=False)
class Outcome:
    cand: Candidate | None
    matched: str
    reason: str
    # earliest | negated | past | event | recurring | number | zone | conflict
    refusal: str | None = None
    start: datetime | None = None  # where an earliest-only phrase starts

    def __init__(
        self,
        cand: Candidate | None,
        matched: str,
        reason: str,
        refusal: str | None = None,
        start: datetime | None = None,
    ) -> None:
        self.cand = cand
        self.matched = matched
        self.reason = reason
        self.refusal = refusal
        self.start = start


_REFUSAL_ORDER: Final = (
    "earliest",
    "negated",
    "past",
    "recurring",
    "event",
    "no_act",
    "zone",
    "number",
)
_TRAILING_NUMBER: Final = re.compile(r"(?:\s+of)?(?:\s+|[+/-])[+-]?[0-9]")
# "January 1, 0": after a date, a number that is not a year it could read, and not a count
# of something ("3 June, 500 people"), is a year it dropped.
_TRAILING_YEAR: Final = re.compile(r",\s*[+-]?[0-9]+(?![0-9]*\s+[a-z])")


def _unknown_zone(exc: BadZone) -> Outcome:
    return Outcome(None, str(exc), f"I don't know the zone or offset “{exc}”", "zone")


# How far before the moment of speaking a time read may fall and still be taken as meant:
# interpret_deadline's slack, and that of every second reading that reads a text again.
FLOOR_SLACK: Final = timedelta(days=1)


def read_outcome(text: str, ctx: Ctx, floor_slack: timedelta | None) -> Outcome | None:
    if not text or not isinstance(text, str):
        return None
    text = told.unmarked(text)  # "by **Friday** _3pm_ EST"
    lowered, hits = scan_text(text)
    marked = clock_stops.marked(text, lowered)  # "10 a.m. The ...": a stop ends the sentence
    if marked is not lowered:
        clock_stops.cut(marked, hits)
    lowered = marked
    if not hits:
        return None
    try:
        zoned = _zone_override(hits, ctx.zone)
    except BadZone as exc:
        return _unknown_zone(exc)
    if zoned is None:
        found = _read_hits(text, lowered, hits, ctx, floor_slack)
        cand = found.cand if found is not None else None
        if cand is None or cand.res.precision not in ("minute", "hour", "day"):
            return found
        try:
            zone = trailing_zone(lowered, cand.end, ctx.zone, cand.res.precision != "day")
            if zone is None and len(cand.words) > 1 and cand.res.precision != "day":
                zone = _zone_between(lowered, cand, ctx)  # "5 p.m. - Eastern time - on Friday"
            if zone is None and cand.res.precision != "day":
                zone = local_times.local_zone(text, cand)  # "10:00 a.m. LOCAL ... in Brussels"
        except BadZone as exc:
            return _unknown_zone(exc)
        except local_times.NoPlace as no_place:  # its own name: mypyc types `exc` as BadZone
            why = f"“{no_place}” is the time of a place the sentence does not name"
            return Outcome(None, str(no_place), why, "zone")
        if zone is None:
            return found
        _, hits = scan_text(text)  # "... on 19 January 2022 (Hong Kong time)": read in that zone
        return _read_hits(text, lowered, hits, ctx.in_zone(zone), floor_slack)
    found = _read_hits(text, lowered, hits, ctx.in_zone(zoned[0]), floor_slack)
    cand = found.cand if found is not None else None
    later = _later_part_zone(hits, cand, zoned[1], ctx.zone)
    if later is not None:
        # "opens at 9 a.m. ET on Friday and closes at 5 p.m. PT": the later end, which
        # counts, is read in its own zone, not in the first time's
        _, hits = scan_text(text)
        return _read_hits(text, lowered, hits, ctx.in_zone(later), floor_slack)
    if (
        cand is not None
        and not cand.start <= zoned[1].start < cand.end
        and not told.range_start_zone(text, zoned[1], cand)  # "from 7 a.m. PST on 17 ... to"
    ):
        # the zone is another time's ("at 0500 UTC is postponed until 1 October"): see told
        _, hits = scan_text(text)
        try:
            own = told.own_zone(ctx, hits, cand, _zone_override)
        except BadZone as exc:  # its own zone, one we cannot place: refused, never ours
            return _unknown_zone(exc)
        return _read_hits(text, lowered, hits, own, floor_slack)
    return found


def _zone_between(lowered: str, cand: Candidate, ctx: Ctx) -> tzinfo | None:
    """A zone named outright between the pieces of a reading taken in pieces ("5 p.m. -
    Eastern time - on Friday"): the zone of its clock time. Only a zone after the last piece
    was read, so the time fell in the server's zone with no warning (stop 57)."""
    for _, end in cand.words[:-1]:
        zone = trailing_zone(lowered, end, ctx.zone, True)
        if zone is not None:
            return zone
    return None


def read_from(text: str, start: int, end: int, ctx: Ctx, day: date) -> Outcome | None:
    """`text` read again from the start of `day`, with the words `start`:`end` (the opening
    that names that day) blanked: a second reading of a span whose sentence names its own
    start (new_year.py, dated_opening.py). The outcome only when it gives a due time."""
    blanked = text[:start] + " " * (end - start) + text[end:]
    again = read_outcome(blanked, ctx.moved_to(ctx.start_of(day)), FLOOR_SLACK)
    if again is None or again.refusal or again.cand is None or again.cand.res.due is None:
        return None
    return again


def _read_hits(
    text: str, lowered: str, hits: list[Hit], ctx: Ctx, floor_slack: timedelta | None
) -> Outcome | None:
    source = text if len(text) == len(lowered) else lowered
    _resolve(lowered, hits, ctx)
    joins.weekday_range_ends(lowered, hits)  # "from Tuesday to Thursday"
    joins.weekday_list_ends(lowered, hits)  # "Tuesday, Wednesday, and Thursday"
    weekday_last.mark(lowered, hits, ctx)  # "on Monday last": the past
    aside = business_for.drop(lowered, hits)  # "give us the business for next week"
    cands = joins.drop_range_starts(lowered, join_neighbours(lowered, hits, ctx), DATED)
    cands = joins.drop_start_times(lowered, cands, hits)  # "beginning Monday, ... 8 a.m."
    cands = schedules.today_line(source, cands, ctx)  # "Rumsfeld delivers ... at 9:30"
    years_named.mark(lowered, cands)  # "by May 15, 2016, ... by June 10"
    floor = ctx.reference - floor_slack if floor_slack is not None else None
    bounds = [
        (h.start, h.res.start) for h in hits if h.strong and h.res is not None and h.res.start
    ]
    which = orders.whichever(lowered)
    cands = hedged_days.drop_guesses(lowered, cands)  # "during the week, possibly Thursday"
    cands = framed_soon.drop_framed(lowered, cands)  # "as soon as possible in the new year"
    cands = called_last.drop_with_starts(lowered, cands)  # ", with payments from November"
    called_last.mark_called(lowered, cands)  # "making 14 December the last day to book"
    kept = orders.drop_earlier_alternatives(lowered, cands, which == "earlier")
    one_read = (gone := orders.dropped(cands, kept, which == "earlier")) is None  # none dropped
    cands = kept
    best, other = _best(cands, floor, bounds, lowered, source)
    if best is not None and best.res.invalid:
        return None
    if (
        best is not None
        and which == "later"
        and one_read
        and (best.start < orders.whichever_end(lowered))
    ):
        # "at 3.30 p.m. or on the conclusion of No. 4, whichever is the later"
        reason = "the later of this and an event I cannot date"
        return Outcome(None, words_of(source, best), reason, "event")
    if best is not None:
        best = orders.measured(lowered, best, cands, hits, ctx)
        if other is not None and best.start <= other.start and other.end <= best.end:
            other = None  # "in 2 weeks and 3 days' time": the runner-up is part of it now
    if (
        best is not None
        and len(cands) > 1
        and (timed := _timed_same_day(best, cands, ctx, lowered)) is not None
    ):
        best, other = timed, best
    if best is None:
        return _refusal(hits, source) or _gone(cands, hits, floor, source)  # all past?
    if not ctx.past and (run := schedules.run_start(lowered, best, cands)) is not None:
        if run.res.invalid:  # "begin at 0:32 a.m. and run about 6 hours"
            return _unreadable(words_of(source, run))
        best = run  # "begin at 7:10 a.m. and run about 6 hours": the run of that time
    if (
        not ctx.past
        and best.kind in schedules.SCHEDULED
        and (sched := schedules.scheduled(lowered, best, cands, hits, ctx))
    ):
        best, other = sched, best
    if (
        not ctx.past
        and best.kind in ("vague", "span")
        and any(h.past_at is not None for h in hits)
        and schedules.counted_from_past(lowered, best, hits, ctx)
    ):
        reason = "it counts from a past date in the sentence, not from now"
        return Outcome(None, words_of(source, best), reason, "past")
    if not ctx.past:
        winter = best.kind == "period" and not best.words  # the only kind "winter 2023" is
        if winter and (end := joins.next_winter_year(lowered, best.end)) is not None:
            best = replace(best, end=end)  # "winter 2023-24": the winter that runs into 2024
        if (refused := _refused_after(lowered, source, best, hits)) is not None:
            return refused
        if (checked := last_checks(source, lowered, best, ctx, text)) is not None:
            return Outcome(None, *checked)
    if best.res.due is not None and any(h.denied == best.res.due for h in hits):
        # "will not sit on Friday, but if we do not, ... will have to sit on Friday"
        reason = "the same time is both denied and promised: it hangs on a condition"
        return Outcome(None, words_of(source, best), reason, "event")
    return Outcome(best, words_of(source, best), _reason(source, best, other, gone, hits, aside))


def _reason(
    source: str,
    best: Candidate,
    other: Candidate | None,
    gone: orders.Gone,
    hits: list[Hit],
    aside: tuple[Hit, ...],
) -> str:
    """Why `best` counts: over the runner-up `other` (`_why`); with none, over the first
    phrase set aside with a note, else over a dropped alternative (`gone`), else over a time
    naming a House's business (business_for's `aside`), else as the only time expression."""
    if other is None:
        noted = [h for h in hits if h.note in _NOTES and not best.start <= h.start < best.end]
        first = noted[0] if noted else aside[0] if aside and gone is None else None
        if first is not None:
            return f"chosen over “{_hit_words(source, first)}”: {_NOTES[first.note or '']}"
    return _why(best, other, source, gone)


def _refused_after(lowered: str, source: str, best: Candidate, hits: list[Hit]) -> Outcome | None:
    """The chosen phrase refused after all: a number beside it unread, a recurring
    standard, a vague word that waits for an event, a number it left over."""
    for hit in hits:
        unread = (hit.note == "number" and hit.res is None) or (
            hit.res is not None and hit.res.invalid
        )
        if unread and _touches(lowered, hit, best):
            return _unreadable(_hit_words(source, hit))  # "by 0.01 on 1 January"
    if (
        standing.recurring_at(lowered, best.kind, best.start, best.kind in UNDATED)
        or (
            best.kind in DATED
            and standing.yearly(lowered)
            and YEAR_IN.search(lowered, best.start, best.end) is None
        )
        or (
            best.words and standing.standing(lowered)  # a time put together from two places
        )
    ):
        return Outcome(None, words_of(source, best), "a recurring service standard", "recurring")
    if best.res.vague and clauses.event_gate(lowered):
        return Outcome(None, words_of(source, best), "it waits for an event", "event")
    return _dropped_number(lowered, source, best)


def _unreadable(words: str) -> Outcome:
    """A number in the words that cannot be read: refused, neither read nor dropped."""
    return Outcome(None, words, f"a number in “{words}” cannot be read", "number")


def _dropped_number(lowered: str, source: str, best: Candidate) -> Outcome | None:
    """A number right after the chosen phrase that it did not read ("by 1 June 123"), or
    one in square brackets ("by 1 June [2027]"), which scan_text blanked as struck-out text:
    struck text with no replacement after it is no amendment, and its number is unread."""
    last = (best.words or ((best.start, best.end),))[-1][1]
    if last >= len(lowered):
        return None  # the phrase ends the text (most do): nothing after it to be left over
    if (words := told.struck_after(source, last)) is not None:
        return Outcome(None, words, f"the number in “{words}” is not understood", "number")
    m = _TRAILING_NUMBER.match(lowered, last)
    if m is None and best.kind in DATED:
        m = _TRAILING_YEAR.match(lowered, last)
    if m is None:
        return None
    number = re.match(r"[,\s]*([+-]?[0-9.,:]*[0-9])", lowered[last:])
    words = number.group(1) if number else lowered[last:].strip()
    return Outcome(None, words, f"the number “{words}” is not understood", "number")


def _timed_same_day(
    best: Candidate, cands: list[Candidate], ctx: Ctx, text: str
) -> Candidate | None:
    """ "on April 8-9, 2025. ... on April 9, from 9 a.m. to noon": a clock time given
    elsewhere for the chosen day is when on that day it falls due. A part of the day with no
    clock time ("early Sunday morning ... during Sunday") is no clock time: the whole day
    stays (stop 54; the morning's noon had taken its place)."""
    if best.res.precision != "day" or best.res.due is None:
        return None
    day = best.res.due.astimezone(ctx.zone).date()
    timed = [
        c
        for c in cands
        if c is not best
        and c.res.precision in ("minute", "hour")
        # "Question Time today shall be taken at 3.30 p.m.": a lone clock time of today
        and (
            c.kind in DATED
            or c.kind == best.kind  # or "at 9.30 a.m. tomorrow"
            or (c.kind in ("time", "clock") and best.kind == "dayword")
        )
        and not (c.res.skip or c.res.past or c.res.invalid)
        and c.res.due is not None
        and c.res.due.astimezone(ctx.zone).date() == day
        and not no_clock(text[c.start : c.end])
    ]
    return max(timed, key=lambda c: c.res.due.timestamp() if c.res.due else 0.0) if timed else None


def _touches(text: str, hit: Hit, cand: Candidate) -> bool:
    """Whether a hit lies inside the chosen phrase or right beside it."""
    if cand.start <= hit.start < cand.end:
        return True
    gap = text[hit.end : cand.start] if hit.end <= cand.start else text[cand.end : hit.start]
    return GAP_MERGE.fullmatch(gap) is not None


def _hit_words(source: str, hit: Hit) -> str:
    return source[hit.start : hit.end].strip(" ,.")


_NOTES: Final = {
    "earliest": "that gives only the earliest date, not a deadline",
    "negated": "that date is denied or dropped",
    "past": "that is about the past",
    "recurring": "a recurring service standard",
    "event": "that counts from an event I cannot date",
    "number": "a number there cannot be read",
    # business_for: when a House takes its business, which no one here undertakes
    "business": "that time names the business of a House, not a time anyone undertakes",
    # a time that dates no act: how far a thing reaches ("The schedule covers 2014")
    "no_act": "that time is how far something reaches, not when anything is due",
}


def _gone(
    cands: list[Candidate], hits: list[Hit], floor: datetime | None, source: str
) -> Outcome | None:
    words = told.gone(cands, hits, floor, source, words_of, _hit_words)
    return None if words is None else Outcome(None, words, f"“{words}” is already past", "past")


def _refusal(hits: list[Hit], source: str) -> Outcome | None:
    # an earliest bound with no start (a lone clock time) gives way to the other refusals
    # a day that only dates a saying refuses nothing: "Speaking today, the Minister said:
    # 'We will publish the report.'" has no time of its own (CONVENTIONS 2.2)
    noted = [
        h for h in hits if h.note is not None and (h.note != "earliest" or _start(h)) and not h.said
    ]
    if not noted:
        return None
    # of earliest bounds, a strong one ("not before", "unlikely ... before") over a start
    first = min(noted, key=lambda h: (_REFUSAL_ORDER.index(h.note or "number"), not h.strong))
    kind = first.note or "number"
    start = _start(first) if kind == "earliest" else None
    words = _hit_words(source, first)
    if kind == "number":
        reason = f"a number in “{words}” cannot be read"
    elif kind == "past":
        # named, as "“...” is already past" is (`_gone`): the member sees which words of a
        # long sentence were read as the past, not a bare "that" (stop 57)
        reason = f"“{words}” is about the past"
    else:
        reason = _NOTES[kind]
    return Outcome(None, words, reason, kind, start)


def _start(hit: Hit) -> datetime | None:
    return hit.res.start if hit.res is not None else None
