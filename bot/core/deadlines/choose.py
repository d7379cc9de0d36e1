"""Scanning, combining neighbouring phrases, and choosing the one that counts."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.core.deadlines.context import (
    _SKIP,
    _Ctx,
    _day_res,
    _Hit,
    _Res,
    _shift_day,
    _TimeOfDay,
)
from bot.core.deadlines.readers import (
    _READERS,
    _apply_span,
    _part_time,
)
from bot.core.deadlines.vocabulary import (
    _DOTTED_END,
    _GAP_MERGE,
    _NOISE,
    _NORMALISE,
    _RULE_PATTERNS,
    _SCANNER,
    _SUFFIX,
    _ZONE_WORDS,
)

# --------------------------------------------------------------------------------------
# Scanning, combining, choosing.


def _scan(text: str) -> tuple[str, list[_Hit]]:
    lowered = text.translate(_NORMALISE).lower()
    hits: list[_Hit] = []
    for m in _SCANNER.finditer(lowered):
        kind = m.lastgroup
        if kind is None:  # pragma: no cover - every alternative is a named group
            continue
        end = m.end()
        suffix = _SUFFIX.match(lowered, end)
        if suffix:
            end = suffix.end()
        whole = bool(_NOISE.fullmatch(lowered, 0, m.start()) and _NOISE.fullmatch(lowered, end))
        hits.append(
            _Hit(
                start=m.start(),
                end=end,
                kind=kind,
                core=m.group(kind),
                pre=m.group("pre"),
                open=m.group("open") is not None,
                whole=whole,
            )
        )
    return lowered, hits


def _zone_override(hits: list[_Hit]) -> tzinfo | None:
    for hit in hits:
        if hit.kind == "time":
            m = _RULE_PATTERNS["time"].fullmatch(hit.core)
            if m and (word := m["tm_zone"] or m["tm_zone_word"]):
                return _zone(_ZONE_WORDS[re.sub(r"\s+", " ", word)])
    return None


def _resolve(hits: list[_Hit], ctx: _Ctx) -> None:
    for hit in hits:
        m = _RULE_PATTERNS[hit.kind].fullmatch(hit.core)
        if m is None:  # pragma: no cover - the scanner matched this very text
            continue
        try:
            res = _READERS[hit.kind](m, hit, ctx)
        except (ValueError, OverflowError, KeyError):
            res = None  # a date beyond datetime's range, or a word we do not map
        if res is not None and hit.open:
            # Keep a time of day so it still joins its day: "after 5pm on Friday" is
            # open-ended as a whole, not "on Friday".
            res = _Res(due=None, precision="day", skip=True, tod=res.tod)
        hit.res = res


def _with_time(res: _Res, tod: _TimeOfDay, ctx: _Ctx) -> _Res:
    assert res.day is not None
    when = tod.typical if ctx.past else tod.when
    earliest = ctx.at(res.day, tod.start) if tod.start and not ctx.past else None
    return _Res(
        due=ctx.at(res.day, when),
        precision=tod.precision,
        vague=res.vague,
        earliest=earliest,
        day=None,
    )


def _time_alone(tod: _TimeOfDay, ctx: _Ctx) -> _Res:
    """A bare "by 5pm" is its next occurrence ("at 3pm" in said-on: the latest past one)."""
    if ctx.past:
        due = ctx.at(ctx.today, tod.typical)
        if due > ctx.local:
            due -= timedelta(days=1)
        return _Res(due=due, precision=tod.precision)
    due = ctx.at(ctx.today, tod.when)
    if due < ctx.local:
        due = ctx.at(ctx.today + timedelta(days=1), tod.when)
    earliest = None
    if tod.start:
        earliest = ctx.at(due.date(), tod.start)
    return _Res(due=due, precision=tod.precision, earliest=earliest)


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    res: _Res


def _combine(text: str, hits: list[_Hit], ctx: _Ctx) -> list[_Candidate] | None:
    """Join neighbours ("noon" + "on Friday", "two weeks" + "before Christmas").

    Returns None when a span counts from an event we could not date: the text then
    has no deadline we can honestly state.
    """
    live = [h for h in hits if h.res is not None]
    out: list[_Candidate] = []
    i = 0
    while i < len(live):
        hit, res = live[i], live[i].res
        assert res is not None
        nxt = live[i + 1] if i + 1 < len(live) else None
        adjacent = nxt is not None and _GAP_MERGE.fullmatch(text, hit.end, nxt.start) is not None
        if res.span is not None:
            anchor = nxt.res if adjacent and nxt is not None else None
            if anchor is None or anchor.skip or anchor.past or anchor.invalid:
                return None
            if anchor.tod is not None and anchor.due is None:
                anchor = _time_alone(anchor.tod, ctx)
            if anchor.due is None:
                return None
            sign = -1 if res.span.relation == "before" else 1
            day = anchor.day if anchor.day is not None else anchor.due.astimezone(ctx.zone).date()
            if anchor.day is None and anchor.precision in ("minute", "hour"):
                moved = _apply_span(anchor.due, day, res.span, sign, ctx)
            else:
                moved = _day_res(_shift_day(day, res.span, sign), ctx)
            moved = replace(moved, vague=anchor.vague, day=None)
            assert nxt is not None
            out.append(_Candidate(hit.start, nxt.end, moved))
            i += 2
            continue
        if adjacent and nxt is not None and nxt.res is not None:
            joined = _join(res, nxt.res, ctx)
            if joined is not None:
                out.append(_Candidate(hit.start, nxt.end, joined))
                i += 2
                continue
        out.append(_Candidate(hit.start, hit.end, _settle(res, ctx)))
        i += 1
    return out


def _is_day(res: _Res) -> bool:
    return res.day is not None or res.past or res.skip


def _is_time(res: _Res) -> bool:
    return res.tod is not None and res.due is None


def _join(first: _Res, second: _Res, ctx: _Ctx) -> _Res | None:
    """A day and a time of day next to each other, in either order, are one moment.

    Markers (past, open-ended) swallow the time beside them, so that "after 5pm on
    Friday" or "yesterday at 3pm" does not leave a stray "5pm" to be read as a deadline.
    """
    if _is_day(first) and _is_time(second):
        day, tod = first, second.tod
    elif _is_time(first) and _is_day(second):
        day, tod = second, first.tod
    elif (first.skip and _is_time(second)) or (_is_time(first) and second.skip):
        return _SKIP
    else:
        return None
    if day.past or day.skip:
        return day
    if first.skip or second.skip:
        return _SKIP
    assert tod is not None
    return _with_time(day, tod, ctx)


def _settle(res: _Res, ctx: _Ctx) -> _Res:
    """A lone time of day or a day with a named part becomes a moment of its own."""
    if _is_time(res):
        assert res.tod is not None
        return _time_alone(res.tod, ctx)
    if res.part is not None and res.day is not None:
        return _with_time(res, _part_time(res.part), ctx)
    return res


def _best(cands: list[_Candidate], floor: datetime | None) -> _Candidate | None:
    best: _Candidate | None = None
    best_key: tuple[bool, int, int] | None = None
    for cand in cands:
        res = cand.res
        if res.past or res.skip:
            continue
        if not res.invalid:
            if res.due is None or (floor is not None and res.due < floor):
                continue
        key = (not res.vague, cand.end - cand.start, -cand.start)
        if best_key is None or key > best_key:
            best, best_key = cand, key
    return best


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, KeyError) as exc:  # ZoneInfoNotFoundError is a KeyError
        raise ValueError(f"unknown time zone {name!r}") from exc


def _check_reference(reference: datetime) -> None:
    if reference.tzinfo is None or reference.utcoffset() is None:
        raise ValueError("reference must be an aware datetime")


def _context(reference: datetime, tz: str | tzinfo, day_first: bool, past: bool) -> _Ctx:
    zone = _zone(tz) if isinstance(tz, str) else tz
    local = reference.astimezone(zone)
    return _Ctx(reference, zone, local, local.date(), day_first, past)


def _read(text: str, ctx: _Ctx, floor_slack: timedelta | None) -> tuple[_Candidate, str] | None:
    if not text or not isinstance(text, str):
        return None
    lowered, hits = _scan(text)
    if not hits:
        return None
    if (zone := _zone_override(hits)) is not None:
        ctx = ctx.in_zone(zone)
    _resolve(hits, ctx)
    cands = _combine(lowered, hits, ctx)
    if not cands:
        return None
    floor = ctx.reference - floor_slack if floor_slack is not None else None
    best = _best(cands, floor)
    if best is None or best.res.invalid:
        return None
    source = text if len(text) == len(lowered) else lowered
    matched = source[best.start : best.end].strip(" ,")
    if matched.endswith(".") and not _DOTTED_END.search(matched):
        matched = matched[:-1]  # a sentence's full stop, not "p.m." or "a.s.a.p."
    return best, matched
