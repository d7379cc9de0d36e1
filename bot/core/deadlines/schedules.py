"""Schedules and anchors across a sentence (issue 12, round 4).

Once a phrase is chosen, the rest of its sentence can still say when it falls due:

- a clock time alone on a day named earlier in the sentence is on that day ("will begin
  at 9 a.m. on Tuesday and run until 4 p.m." falls due on Tuesday at 16:00);
- "begin at 7:10 a.m. and run about 6 1/2 hours" falls due when the run ends;
- a day and the time something begins on it ("coverage of tomorrow's spacewalk beginning
  at 6 a.m. EST") fall due at that time, not at the day's end;
- relative words in a sentence that is dated in the past ("I received a response on 4
  February, saying that the Department plans to respond shortly") count from that past
  day, not from now: no deadline can be stated.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Final

from bot.core.deadlines import clauses, orders
from bot.core.deadlines.context import (
    DATED,
    DAYS,
    NAMED_YEAR,
    Candidate,
    Ctx,
    Hit,
    Res,
    number_of,
)

# a present schedule line's clock time gone by is today's (round 26b): read by choose.py
from bot.core.deadlines.schedule_line import today_line as today_line

_DAYLIKE = DATED | DAYS
SCHEDULED = _DAYLIKE | {"time", "clock"}  # the kinds a schedule can make exact
_REPORTED: Final = re.compile(r"\b(?:that|saying|stating|said|says|to\s+the\s+effect)\b|[\"“]")
_STILL_AHEAD: Final = re.compile(clauses.WILL)
_BEGINNING: Final = re.compile(r"(?:beginning|starting|begins|starts|commencing)\s+at\b")
# "and run about 6 hours"; "and concluding four (4) hours later", "and will end four hours
# later" (stop 56: a dated start with its length fell due at the start)
_RUNS_FOR: Final = re.compile(
    r"[^.;:!?]{0,30}?\b(?:" + orders.RUN_VERB + r"|lasting|running|continuing"
    r"|(?P<ends>conclud(?:e|es|ing)|end(?:s|ing)?|finish(?:es|ing)?))\s+(?:for\s+)?"
    r"(?:about|approximately|around|roughly|some|up\s+to)?\s*"
    r"(?P<n>[0-9]+(?:\.[0-9]+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)(?:\s*\([0-9]+\))?(?P<half>\s+1/2|\s+and\s+a\s+half|-and-a-half)?\s+"
    r"(?P<unit>hours?|minutes?)\b(?(ends)\s+later\b)"
)


# An order of business: items taken, suspended, resumed, concluded or adjourned at times.
_SITTING: Final = re.compile(
    r"\b(?:taken|take|adjourn\w*|resum\w*|suspen\w*|sitting|conclu\w*|commenc\w*"
    r"|order\s+of\s+business)\b"
)
# A sentence's end, but not "p.m." nor "No. 2" nor the ";" between items of one order.
_ORDER_STOP: Final = re.compile(r"(?<!\b[a-z])(?<!\bno)\.(?=\s|$)|[!?]")


# "taken at 9.30 a.m. and shall, if not previously concluded, be brought to a conclusion
# after 75 minutes": the item's end
_CONCLUDED_AFTER: Final = re.compile(
    r"\b(?:brought\s+to\s+a\s+conclusion|conclude[sd]?|adjourn(?:ed)?)\s+after\s+"
    r"(?P<n>[0-9]+|one|two|three|four|five|six)\s+(?P<unit>hours?|minutes?)\b"
)


# another item, a number or a sentence's end (only ever searched for: alternation order is moot)
_OTHER_ITEM: Final = re.compile(r"[;0-9]|" + _ORDER_STOP.pattern)


def _lasting(cand: Candidate, end: int, unit: str, amount: float) -> Candidate:
    """The candidate carried on to `end` of the text, due `amount` hours or minutes later."""
    assert cand.res.due is not None
    span = timedelta(hours=amount) if unit.startswith("h") else timedelta(minutes=amount)
    res = Res(due=cand.res.due + span, precision="minute")
    # phrases joined from apart: the length read is shown as a part of its own (stop 56)
    words = (*cand.words[:-1], (cand.words[-1][0], end)) if cand.words else ()
    return Candidate(cand.start, end, res, cand.kind, cand.pre, words)


def _usable(cand: Candidate) -> bool:
    res = cand.res
    return not (res.skip or res.past or res.invalid) and res.due is not None


def _at(cand: Candidate, other: Candidate | Hit, due: datetime, precision: str) -> Candidate:
    first, second = sorted(((cand.start, cand.end), (other.start, other.end)))
    res = Res(due=due, precision="minute" if precision == "minute" else "hour")
    return Candidate(first[0], second[1], res, cand.kind, cand.pre, (first, second))


def _day_of_open_time(text: str, best: Candidate, hits: list[Hit], ctx: Ctx) -> Candidate | None:
    """ "sit later than 10.15 p.m. tomorrow and shall adjourn not later than 11.15 p.m.": the
    day named with an earlier (open-ended) time of the sentence is the lone time's day."""
    assert best.res.due is not None
    when = best.res.due.astimezone(ctx.zone)
    before = [
        h
        for h in hits
        if h.end <= best.start
        and h.kind == "dayword"
        and h.res is not None
        and h.res.day is not None
        and not (h.res.skip or h.res.past or h.res.invalid)
        and clauses.same_sentence(text, h.end, best.start)
    ]
    if not before or not any(
        h.note == "earliest"
        and h.end <= best.start
        and clauses.same_sentence(text, h.end, best.start)
        for h in hits
    ):
        return None
    day = before[-1]
    assert day.res is not None and day.res.day is not None
    due = ctx.at(day.res.day, when.time())
    return None if due == when else _at(best, day, due, best.res.precision)


def _later_time_same_day(
    text: str, best: Candidate, cands: list[Candidate], ctx: Ctx
) -> Candidate | None:
    """ "Coverage will begin at 6:30 a.m. EDT Aug. 19, ... with the spacewalk scheduled to
    begin at 8:05 a.m.": a later lone time after a dated time, in its sentence, is on that
    day, and a schedule falls due at its later end."""
    assert best.res.due is not None
    start = best.res.due.astimezone(ctx.zone)
    for cand in cands:
        if (
            cand.start <= best.end
            or cand.kind not in ("time", "clock")
            or cand.words
            or cand.res.earliest is not None  # "on Friday morning": a part of the day
            or not _usable(cand)
            or not clauses.same_sentence(text, best.end, cand.start)
        ):
            continue
        assert cand.res.due is not None
        due = ctx.at(start.date(), cand.res.due.astimezone(ctx.zone).time())
        if due > start:
            joined = _at(best, cand, due, cand.res.precision)
            joined.kind = best.kind
            return joined
    return None


def _schedule_end(text: str, best: Candidate, cands: list[Candidate], ctx: Ctx) -> Candidate | None:
    """ "No. 1 to be taken at 4.45 p.m.; and No. 2 to be taken at 7 p.m.", "suspend the
    sitting from 5.30 p.m. to 6.30 p.m. and to take the Adjournment at 8 p.m.": an order of
    business that gives several clock times of one day falls due at the latest of them."""
    if len(cands) < 2 or _SITTING.search(text) is None:
        return None
    assert best.res.due is not None
    when = best.res.due.astimezone(ctx.zone)
    latest: tuple[datetime, Candidate] | None = None
    for cand in cands:
        if (
            cand is best
            or cand.kind not in ("time", "clock")
            or cand.words
            or cand.res.earliest is not None  # "from 5 p.m." alone: an open start
            or cand.res.precision not in ("minute", "hour")
            or not _usable(cand)
            or _ORDER_STOP.search(text, min(best.end, cand.end), max(best.start, cand.start))
        ):
            continue
        assert cand.res.due is not None
        due = ctx.at(when.date(), cand.res.due.astimezone(ctx.zone).time())
        if due > when and (latest is None or due > latest[0]):
            latest = due, cand
    if latest is None:
        return None
    return _at(best, latest[1], latest[0], latest[1].res.precision)


def _concluded_after(text: str, best: Candidate) -> Candidate | None:
    if "after" not in text or best.res.due is None:
        return None
    m = _CONCLUDED_AFTER.search(text, best.end)
    amount = number_of(m["n"]) if m is not None else None
    if m is None or amount is None or _OTHER_ITEM.search(text, best.end, m.start()):
        return None  # another item, another time or another sentence lies between
    return _lasting(best, m.end(), m["unit"], amount)


def _time_on_named_day(
    text: str, best: Candidate, cands: list[Candidate], ctx: Ctx
) -> Candidate | None:
    assert best.res.due is not None
    when = best.res.due.astimezone(ctx.zone)
    for cand in sorted(cands, key=lambda c: -c.start):
        if (
            cand is best
            or cand.start >= best.start
            or cand.kind not in _DAYLIKE
            or not _usable(cand)
            or cand.res.vague
            or (cand.res.due or ctx.reference) < ctx.reference - timedelta(days=1)  # gone by
            or not clauses.same_sentence(text, cand.end, best.start)
        ):
            continue
        assert cand.res.due is not None
        start = cand.res.due.astimezone(ctx.zone)
        due = ctx.at(start.date(), when.time())
        if due == when or (cand.res.precision in ("minute", "hour") and due <= start):
            return None
        joined = _at(cand, best, due, best.res.precision)
        joined.kind = cand.kind
        return joined
    return None


def _runs(text: str) -> bool:
    return any(verb in text for verb in _RUN_STEMS)


_RUN_STEMS: Final = ("run", "last", "continu", "conclud", "end", "finish")


def _run_ends(text: str, cand: Candidate, hits: list[Hit], ctx: Ctx) -> Candidate | None:
    """ "begin at 7:10 a.m. and run about 6 1/2 hours (and 20 minutes)": the run's end."""
    if not _runs(text):
        return None
    m = _RUNS_FOR.match(text, cand.end)
    amount = number_of(m["n"]) if m is not None else None
    if m is None or amount is None or cand.res.due is None:
        return None
    if m["half"]:
        amount += 0.5
    ran = _lasting(cand, m.end(), m["unit"], amount)
    return orders.with_more(text, ran, hits, ctx) or ran


def run_start(text: str, best: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The clock time a chosen span is the run of ("begin at 7:10 a.m. and run about 6
    hours"): the span counts from that time, not from now."""
    if best.kind != "span" or not _runs(text):
        return None
    for cand in cands:
        if (
            cand.kind in ("time", "clock")
            and cand.end <= best.start
            and not (cand.res.skip or cand.res.past)  # an unreadable time is refused after
        ):
            m = _RUNS_FOR.match(text, cand.end)
            if m is not None and m.end() == best.end:
                return cand
    return None


def _begins_on_day(text: str, best: Candidate, hits: list[Hit], ctx: Ctx) -> Candidate | None:
    assert best.res.due is not None
    day = best.res.due.astimezone(ctx.zone).date()
    for hit in hits:
        res = hit.res
        if (
            hit.note == "earliest"
            and res is not None
            and res.tod is not None
            and _BEGINNING.match(text, hit.start)
            and clauses.same_sentence(text, min(hit.end, best.end), max(hit.start, best.start))
        ):
            return _at(best, hit, ctx.at(day, res.tod.when), res.tod.precision)
    return None


def scheduled(
    text: str, best: Candidate, cands: list[Candidate], hits: list[Hit], ctx: Ctx
) -> Candidate | None:
    """The chosen phrase made exact by the schedule around it, or None (see the module)."""
    res = best.res
    if res.due is None or res.vague:
        return None
    if best.words and best.kind in _DAYLIKE and res.precision in ("minute", "hour"):
        # a day and its time read apart and joined ("on 22 May ... beginning at 9:00 a.m.
        # and concluding four (4) hours later"): the run's end, as for one stretch (stop 56)
        return _run_ends(text, best, hits, ctx)
    if best.words and best.kind not in ("time", "clock"):
        return None
    if best.kind in ("time", "clock") and res.precision in ("minute", "hour"):
        timed = (
            (_time_on_named_day(text, best, cands, ctx) if len(cands) > 1 else None)
            or _day_of_open_time(text, best, hits, ctx)
            or best
        )
        timed = _run_ends(text, timed, hits, ctx) or _concluded_after(text, timed) or timed
        return _schedule_end(text, timed, cands, ctx) or (timed if timed is not best else None)
    if best.kind in _DAYLIKE and res.precision in ("minute", "hour"):
        later = _later_time_same_day(text, best, cands, ctx) if len(cands) > 1 else None
        # "on 22 May, beginning at 9:00 a.m. and concluding four (4) hours later" (stop 56)
        return _run_ends(text, later or best, hits, ctx) or later
    if (
        best.kind in _DAYLIKE
        and res.precision == "day"
        and any(h.note == "earliest" for h in hits)  # the common case has no "beginning at"
    ):
        begun = _begins_on_day(text, best, hits, ctx)
        return (_run_ends(text, begun, hits, ctx) or begun) if begun else None
    return None


def counted_from_past(text: str, best: Candidate, hits: list[Hit], ctx: Ctx) -> bool:
    """Whether relative words ("shortly", "within two weeks") share their sentence with a
    day it reports in the past (not a dateline of the last three days)."""
    if best.words:
        return False
    recent = ctx.reference - timedelta(days=3)
    ahead = ctx.reference + timedelta(days=1)
    return any(
        (at := _past_day(hit, ahead)) is not None
        and not recent <= at <= ahead
        and hit.end <= best.start
        and clauses.same_sentence(text, hit.end, best.start)
        # "The consultation closed on 14 February and we will respond in due course": now
        and _STILL_AHEAD.search(text, hit.end, best.start) is None
        # what the past day's message said ("a response on 4 February, saying that ... will
        # respond shortly"), not "As I told him on 19th February, I intend to ... soon"
        and _REPORTED.search(text, hit.end, best.start) is not None
        for hit in hits
    )


def _past_day(hit: Hit, ahead: datetime) -> datetime | None:
    """The time a phrase about the past names. A weekday or a date with no year of its own
    keeps the reading ahead in `past_at` ("on Tuesday" said on a Wednesday: next Tuesday),
    so yesterday's letter looked a week or a year away and was never spared as recent (stop
    55): told past, it is the last such day."""
    at = hit.past_at
    if at is None or at <= ahead:
        return at
    if hit.kind == "weekday":
        return at - timedelta(weeks=(at - ahead).days // 7 + 1)
    if hit.kind in DATED and NAMED_YEAR.search(hit.core) is None:
        while at > ahead:
            try:
                at = at.replace(year=at.year - 1)
            except ValueError:  # 29 February: the year before has none
                at = at.replace(year=at.year - 1, day=28)
        return at
    return at
