"""Combining the read phrases into candidates: neighbours that make one moment.

"noon" + "on Friday", "two weeks" + "before Christmas", a day and a clock time apart in one
sentence ("on January 29 ... at 1:00 p.m."), a lone time of day settled to its next
occurrence. joins.py holds the tests of which neighbours go together; choose.py picks among
the candidates made here."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time, timedelta
from typing import Final

from bot.core.deadlines import daytimes, joins, schedule_days, span_days
from bot.core.deadlines.context import (
    PAST,
    SKIP,
    Candidate,
    Ctx,
    Hit,
    Res,
    TimeOfDay,
    day_res,
    shift_day,
)
from bot.core.deadlines.cues import DATED
from bot.core.deadlines.readers import apply_span, part_time
from bot.core.deadlines.vocabulary import GAP_MERGE, NOON


def _with_time(res: Res, tod: TimeOfDay, ctx: Ctx) -> Res:
    assert res.day is not None
    when = tod.typical if ctx.past else tod.when
    late = _small_hours(res, when)
    earliest = None
    if tod.start and not ctx.past:
        earliest = ctx.at(res.day + timedelta(days=_small_hours(res, tod.start)), tod.start)
    return Res(
        due=ctx.at(res.day + timedelta(days=tod.days + late), when),
        precision=tod.precision,
        # "later today at 5 p.m.": a clock time makes a vague day exact; a part of the day
        # ("later today, in the evening") leaves it vague
        vague=res.vague and tod.start is not None,
        earliest=earliest,
        day=None,
    )


def _small_hours(res: Res, when: time) -> int:
    """1 when `when` is a morning time after the night `res` names ("tonight at 1 a.m.", "on
    Friday night at 2 a.m.", "overnight until 6 a.m."): the next calendar day, as a night is
    named by the evening it begins (CONVENTIONS 6.4). Read on the night's own day, it fell
    due the morning before the night, often before the words were said, with no warning
    (stop 56)."""
    return 1 if res.part == "night" and when < NOON else 0


def _time_alone(tod: TimeOfDay, ctx: Ctx) -> Res:
    """A bare "by 5pm" is its next occurrence ("at 3pm" in said-on: the latest past one)."""
    if ctx.past:
        due = ctx.at(ctx.today, tod.typical)
        if due > ctx.local:
            due -= timedelta(days=1)
        return Res(due=due, precision=tod.precision)
    due = daytimes.next_time(tod, ctx)
    earliest = None
    if tod.start:
        earliest = ctx.at(due.date(), tod.start)
    # a bare hour keeps its time of day: on a day found apart, its fixed reading counts
    return Res(due=due, precision=tod.precision, earliest=earliest, tod=tod if tod.either else None)


def _join_loose(text: str, cands: list[Candidate], ctx: Ctx) -> list[Candidate]:
    """One day and one clock time in a sentence, apart: "on January 29 ... at 1:00 p.m.";
    a weekday or "tomorrow" only in the same clause ("on Thursday we meet from 10.30 a.m.
    to 6 p.m.")."""
    if len(cands) < 2:
        return cands  # most texts: nothing to join
    usable = [c for c in cands if not (c.res.skip or c.res.past or c.res.invalid)]
    days, paired = joins.loose_days(text, usable, DATED)  # "On Tuesday and Wednesday, ..."
    times = [c for c in usable if c.kind in ("time", "clock") and c.res.precision != "day"]
    if not days and times and len(usable) == len(times) and _day_set_aside(text, cands, usable):
        return [c for c in cands if all(c is not t for t in times)]  # they go with that day
    if not days and len(times) > 1 and len(usable) == len(times):  # a day's times, no day
        return daytimes.keep_latest(cands, times, ctx)
    gone: list[Candidate] = []  # times dropped with the day they follow (stop 57)
    around = len(usable) - 1 - len(paired) - len(times)
    if around > 0 and len(days) == 1 and times:
        around -= _periods_around(days[0], usable, times)  # "... during the week" (stop 63)
    if len(days) != 1 or not times or around != 0:
        last = _last_day_before_times(text, days, times, usable)
        if last is None:
            return cands
        days, paired = [last], []
        gone, times = schedule_days.split_times(days[0], times)
    day, clock = days[0], daytimes.latest(text, times, ctx)
    if daytimes.kept_daily(text, clock.start):  # "open daily from 9 to 5 ... until May 15"
        return [c for c in cands if all(c is not t for t in times)]
    local = clock.res.due.astimezone(ctx.zone) if clock.res.due else None
    if local is None or clock.res.earliest is not None:
        return cands
    tod = clock.res.tod or TimeOfDay(local.time(), local.time(), None, clock.res.precision)
    joined = _with_time(day.res, tod, ctx)
    first, second = sorted((day, clock), key=lambda c: c.start)
    parts = ((first.start, first.end), (second.start, second.end))
    rest = [c for c in cands if c is not day and all(c is not t for t in [*times, *paired, *gone])]
    start = min([first.start, *(c.start for c in paired)])
    return [*rest, Candidate(start, second.end, joined, day.kind, day.pre, parts)]


def _periods_around(day: Candidate, usable: list[Candidate], times: list[Candidate]) -> int:
    """How many of the other phrases are periods that hold the day ("On Friday, we propose to
    meet at half-past eleven ... received during the week"): the week holds Friday, and names
    no other day the clock time could go with. Read apart, the day fell due at its end and
    the time was dropped with no warning (fresh180)."""
    due, held = day.res.due, 0
    if due is None:
        return 0
    for c in usable:
        if c is day or any(c is t for t in times) or c.kind != "period":
            continue
        first, last = c.res.earliest, c.res.due
        if first is not None and last is not None and first <= due <= last:
            held += 1
    return held


def _last_day_before_times(
    text: str, days: list[Candidate], times: list[Candidate], usable: list[Candidate]
) -> Candidate | None:
    """The day after every other time phrase of its sentence, when the loose clock times
    all follow it there: "A launch on Friday results in a rendezvous on Sunday, April 20
    and a grapple at 7:14 a.m." (stop 54). The times go with the day named last before
    them, as a lone time goes with a lone day; read apart, the chosen day fell due at its
    end and the time was dropped with no warning."""
    if not days or not times:
        return None
    day = max(days, key=lambda c: c.start)
    if not schedule_days.earlier_days_timed(day, days, times):
        return None
    first = min(t.start for t in times if t.start >= day.end)
    if _STOP.search(text, day.end - 1, first) is not None:
        return None
    others = [c for c in usable if c is not day and all(c is not t for t in times)]
    return day if all(c.end <= day.start for c in others) else None


# a sentence's end between a day and the times after it
_STOP: Final = re.compile(r"[.!?;:]\s|\n")


# the phrases that name the day of the clause they open or stand in: weekdays, day words
# ("tomorrow") and phrases of the past (kind "past": "yesterday", "last night", ...)
_CLAUSE_DAYS = joins.NAMED_DAYS | {"past"}


def _day_set_aside(text: str, cands: list[Candidate], usable: list[Candidate]) -> bool:
    """Whether the text's one day is a day the reading set aside, as past or denied ("on
    Friday 12 December, Christmas party, 7pm", 12 December being a Saturday, is last year's),
    where its loose clock times (`usable`, all that is left) would have joined it. As beside
    it (`_join`), the day takes its time with it: read alone, the time would fall due today,
    a wrong date with no warning. The text reads as the day alone does (stop 38). A past
    time phrase ("yesterday", "last night", "earlier today", "two days ago", "last Monday")
    gives its clause its time as a weekday does: "Yesterday, party at 7pm" is yesterday's
    party, not tonight's (stop 39)."""
    aside = [
        c
        for c in cands
        if (c.res.past or (c.res.skip and c.res.start is None))  # a start: drop_start_times
        and (c.kind in DATED or (c.kind in _CLAUSE_DAYS and joins.same_clause(text, c, usable)))
    ]
    return len(aside) == 1


def join_neighbours(text: str, hits: list[Hit], ctx: Ctx) -> list[Candidate]:
    """Join neighbours ("noon" + "on Friday", "two weeks" + "before Christmas").

    A span that counts from an event we could not date ("within two weeks of the
    election") is dropped with the note "event": alone, it leaves no deadline.
    """
    live = joins.merge_time_ranges(text, [h for h in hits if h.res is not None])
    out: list[Candidate] = []
    i = 0
    while i < len(live):
        hit, res = live[i], live[i].res
        assert res is not None
        nxt = live[i + 1] if i + 1 < len(live) else None
        adjacent = nxt is not None and (
            GAP_MERGE.fullmatch(text, hit.end, nxt.start) is not None
            or joins.weekday_next(text, hit, nxt)  # "until Tuesday next at a quarter past four"
            or joins.part_then_clock(text, hit, nxt)  # "this afternoon we will vote at 4 p.m."
        )
        if res.span is not None:
            anchor = nxt.res if adjacent and nxt is not None else None
            if anchor is not None and nxt is not None and (on := _clock_on_day(text, live, i, ctx)):
                anchor, nxt = on  # "within 48 hours of 5pm on 3 March": from that instant
                i += 1
            moved = _anchored(res, anchor, ctx)
            if moved is not None and span_days.restates_range(text, live, i):
                moved = None  # "three years from 10 February 2023 to 9 February 2026"
            if moved is None:
                hit.note = "event"
                if anchor is not None and anchor.past and nxt is not None:
                    hit.note, hit.end = "past", nxt.end  # "for ten weeks from last April"
                elif span_days.takes_time(text, hit, nxt):
                    assert nxt is not None
                    hit.end, i = nxt.end, i + 1  # "the day before the vote at 5pm"
                i += 1
                continue
            assert nxt is not None
            end, i = nxt.end, i + 2
            if (
                i < len(live)
                and _same_day(nxt.res, live[i].res)
                and GAP_MERGE.fullmatch(text, nxt.end, live[i].start)
            ):
                end, i = live[i].end, i + 1  # "from tomorrow, Wednesday 17 September"
            out.append(Candidate(hit.start, end, moved, nxt.kind, hit.pre))
            continue
        if (
            adjacent
            and nxt is not None
            and nxt.res is not None
            and not joins.belongs_after(text, live, i)
        ):
            joined = _join(res, nxt.res, ctx)
            if joined is not None:
                kind = hit.kind if joins.is_day(res) else nxt.kind
                end, i = nxt.end, i + 2
                if _restated(text, res if joins.is_day(res) else nxt.res, joined, live, i):
                    end, kind = live[i].end, live[i].kind  # "Tuesday morning, March 24"
                    if _OPEN_BRACKET.fullmatch(text, live[i - 1].end, live[i].start):
                        shut = _CLOSE_BRACKET.match(text, end)  # "Tuesday morning (24 March)"
                        end = shut.end() if shut is not None else end
                    i += 1
                elif _gone_day_restated(text, hit, joined, live, i):
                    end, joined, i = live[i].end, PAST, i + 1  # "On Friday morning, Dec. 5"
                elif joins.part_after_day(text, res, nxt, live, i):  # "at 2 a.m. on Friday night"
                    end, i = live[i].end, i + 1
                    joined = _join(res, nxt.res, ctx) or joined  # its small hours: joins.py
                out.append(Candidate(hit.start, end, joined, kind, hit.pre))
                continue
        if nxt is not None and (part := _part_then_date(text, live, i, adjacent, ctx)) is not None:
            out.append(part)
            i += 2
            continue
        out.append(Candidate(hit.start, hit.end, _settle(res, ctx), hit.kind, hit.pre))
        i += 1
    return _join_loose(text, joins.day_sessions(text, out), ctx)


def _part_then_date(
    text: str, live: list[Hit], i: int, adjacent: bool, ctx: Ctx
) -> Candidate | None:
    """A part of the day and the date after it, next to it or in brackets: "this afternoon,
    May 7", "this morning (Wednesday 2 December)": the date restates the day, the part stays
    its time (None when the date does not restate it)."""
    hit, nxt = live[i], live[i + 1]
    res = hit.res
    assert res is not None
    if not (
        (adjacent or _OPEN_BRACKET.fullmatch(text, hit.end, nxt.start) is not None)
        and _part_restated(text, res, nxt.res, live, i)
    ):
        return None
    shut = _CLOSE_BRACKET.match(text, nxt.end) if text[hit.end : nxt.start].strip() else None
    end = shut.end() if shut is not None else nxt.end
    if nxt.res is not None and not _same_day(res, nxt.res):
        res = replace(res, day=nxt.res.day)  # the bracket's day: _next_day_bracketed
    return Candidate(hit.start, end, _settle(res, ctx), nxt.kind, hit.pre)


def _gone_day_restated(text: str, day: Hit, joined: Res, live: list[Hit], i: int) -> bool:
    """Whether a weekday just joined with its time of day (`joined`) is restated by the
    date right after it (live[i]), read as past: "On Friday morning, Dec. 5, a bureau chief
    informed us", said on Monday 8 December 2008. The two name one day, gone by: the pair is
    past. Read apart, the weekday fell due on the next Friday, a wrong date with no warning,
    while "On Friday, Dec. 5" (one phrase) was already read as past (fresh195). A date not
    read as past keeps the day it names ("Friday afternoon, 5 December", a Saturday)."""
    if day.kind != "weekday" or joined.past or i >= len(live):
        return False
    dated = live[i].res
    return (
        dated is not None
        and dated.past
        and live[i].kind in DATED
        and GAP_MERGE.fullmatch(text, live[i - 1].end, live[i].start) is not None
    )


_OPEN_BRACKET: Final = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET: Final = re.compile(r"\s*\)")


def _part_restated(text: str, res: Res, date: Res | None, live: list[Hit], i: int) -> bool:
    """Whether a day with a part of its own ("this afternoon", read as one phrase) is
    restated by the date right after it ("this afternoon, May 7", stop 54), with no clock
    time after the date: as with "tomorrow morning, December 3" (`_restated`), the part is
    kept. Read apart, the date beat the part and fell due at the day's end."""
    return (
        res.part is not None
        and not (res.skip or res.past)
        and date is not None
        and date.part is None
        and date.tod is None
        and (_same_day(res, date) or _next_day_bracketed(text, res, date, live, i))
        and not _time_right_after(text, live, i + 2)
    )  # "1-4 p.m. (Afternoon Session)"


def _next_day_bracketed(text: str, res: Res, date: Res, live: list[Hit], i: int) -> bool:
    """ "this morning (Tuesday, January 23rd, 2024)" in a release dated the day before (stop
    60, fresh171): a release written ahead for its day, which the bracket names; the part is
    that day's. Only the day after the moment of speaking, and only in brackets."""
    return (
        res.day is not None
        and date.day is not None
        and live[i].core.startswith("this ")
        and (date.day - res.day).days == 1
        and _OPEN_BRACKET.fullmatch(text, live[i].end, live[i + 1].start) is not None
    )


def _restated(text: str, day: Res, joined: Res, live: list[Hit], i: int) -> bool:
    """Whether live[i] restates, in apposition, the day of a day and time of day just joined
    ("On Tuesday morning, March 24": the date names the same Tuesday): it joins them, and the
    part of the day is kept rather than lost to the bare date read apart. A date with a time
    of its own after it ("... 5:00pm AEDT Mon 31 Mar 2025 5:00pm AEDT") is a phrase anew."""
    return (
        i < len(live)
        and not (joined.skip or joined.past)
        and _same_day(day, live[i].res)
        and (
            GAP_MERGE.fullmatch(text, live[i - 1].end, live[i].start) is not None
            # "tomorrow morning (Tuesday 23 January)": restated in brackets (stop 60)
            or _OPEN_BRACKET.fullmatch(text, live[i - 1].end, live[i].start) is not None
        )
        and not _time_right_after(text, live, i + 1)
    )


def _time_right_after(text: str, live: list[Hit], j: int) -> bool:
    """Whether live[j] is a clock time right after the date before it ("Mon 31 Mar 2025
    5:00pm AEDT"): the date's own time. One later in the sentence ("on Wednesday afternoon,
    Oct. 27, and at a press briefing from 8-9:30 a.m., Monday") is another event's, and the
    part of the day stays with the date it restates (stop 59)."""
    if j >= len(live) or not _is_time(live[j].res):
        return False
    gap = live[j - 1].end
    if (shut := _CLOSE_BRACKET.match(text, gap)) is not None:
        gap = shut.end()  # "Tuesday morning (23 January) at 10am": the date's own time too
    return GAP_MERGE.fullmatch(text, gap, live[j].start) is not None


def _is_time(res: Res | None) -> bool:
    return res is not None and joins.is_time(res)


def _same_day(first: Res | None, second: Res | None) -> bool:
    return (
        first is not None
        and second is not None
        and first.day is not None
        and first.day == second.day
    )


def _clock_on_day(text: str, live: list[Hit], i: int, ctx: Ctx) -> tuple[Res, Hit] | None:
    """The clock time and day after the span live[i], when they name one instant ("48 hours
    after 5pm on Friday"): the span counts from it (issue 12, stop 44). Read apart, the
    span counted from the time today, and the day then took the time's place, dropping it."""
    if i + 2 >= len(live):
        return None
    clock, day = live[i + 1], live[i + 2]
    if clock.res is None or day.res is None or clock.res.tod is None or clock.res.due is not None:
        return None
    if not joins.is_day(day.res) or GAP_MERGE.fullmatch(text, clock.end, day.start) is None:
        return None
    joined = _join(clock.res, day.res, ctx)
    if joined is None or joined.due is None:
        return None
    return joined, day


def _anchored(res: Res, anchor: Res | None, ctx: Ctx) -> Res | None:
    assert res.span is not None
    if anchor is None or anchor.skip or anchor.past or anchor.invalid:
        return None
    if span_days.counts_from_time(res.span, anchor):
        return None  # "the day before at 5pm": from a day not given
    if anchor.tod is not None and anchor.due is None:
        anchor = _time_alone(anchor.tod, ctx)
    if anchor.due is None:
        return None
    sign = -1 if res.span.relation == "before" else 1
    day = anchor.day if anchor.day is not None else anchor.due.astimezone(ctx.zone).date()
    span = res.span
    hours = span.seconds and not (span.months or span.days or span.business_days)
    if hours or (anchor.day is None and anchor.precision in ("minute", "hour")):
        # hours from a day count from its end, as days do ("within 48 hours of 3 March" is
        # 5 March at its end, as "within 2 days of 3 March" is; stop 43: it had been 3 March)
        moved = apply_span(anchor.due, day, span, sign, ctx)
    else:
        moved = day_res(shift_day(day, res.span, sign), ctx)
    return Res(  # replace(moved, vague=anchor.vague, day=None), built whole: replace() is
        # interpreted Python even in the compiled build
        due=moved.due,
        precision=moved.precision,
        vague=anchor.vague,
        earliest=moved.earliest,
        day=None,
        part=moved.part,
        tod=moved.tod,
        span=moved.span,
        past=moved.past,
        invalid=moved.invalid,
        skip=moved.skip,
        start=moved.start,
    )


def _join(first: Res, second: Res, ctx: Ctx) -> Res | None:
    """A day and a time of day next to each other, in either order, are one moment.

    Markers (past, open-ended) swallow the time beside them, so that "after 5pm on
    Friday" or "yesterday at 3pm" does not leave a stray "5pm" to be read as a deadline.
    """
    if joins.is_day(first) and joins.is_time(second):
        day, tod = first, second.tod
    elif joins.is_time(first) and joins.is_day(second):
        day, tod = second, first.tod
    elif (first.skip and joins.is_time(second)) or (joins.is_time(first) and second.skip):
        return SKIP
    else:
        return None
    if day.past or day.skip:
        return joins.start_at_time(day, tod)  # "at 8.30 a.m. beginning Thursday": its time
    if first.skip or second.skip:  # "from 9 a.m. on 3 January": a start at that moment
        return joins.open_time_on(first if first.skip else second, day, ctx)
    assert tod is not None
    return _with_time(day, tod, ctx)


def _settle(res: Res, ctx: Ctx) -> Res:
    """A lone time of day or a day with a named part becomes a moment of its own."""
    if res.skip or res.past:
        return res  # "at a convenient point after 4.30 pm": open-ended, no moment
    if joins.is_time(res):
        assert res.tod is not None
        return _time_alone(res.tod, ctx)
    if res.part is not None and res.day is not None:
        return _with_time(res, part_time(res.part), ctx)
    return res
