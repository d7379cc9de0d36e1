"""Alternatives, lengths and periods (issue 12, round 5): the forms of orders of business,
notices and releases that say how long something runs rather than when it is due.

- "whichever is the later" / "whichever is the earlier" choose among alternatives; when
  the later of a time and an undated event counts ("at 3.30 p.m. or on the conclusion of
  No. 4, whichever is the later"), the moment cannot be stated;
- an item's length ("to conclude within 90 minutes") counts from when the item begins,
  which the order does not date;
- "within 2 hours and 30 minutes" and "run for 12 weeks and 3 days" are one span, no
  number left over;
- a period launched now ("launches a 12-week consultation today") ends after its length.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from typing import Final

from bot.core.deadlines import clauses, floor_time, lists, stages, terms
from bot.core.deadlines.context import Candidate, Ctx, Hit, Res, holds
from bot.core.deadlines.readers import read_span
from bot.core.deadlines.vocabulary import RULE_PATTERNS

_WHICHEVER: Final = re.compile(
    r"\bwhichever\s+(?:is|comes|occurs|falls|shall\s+be)\s+(?:the\s+)?"
    r"(?P<which>later|latest|last|earlier|earliest|first|sooner|soonest)\b"
)


def whichever(text: str) -> str | None:
    """ "later" or "earlier" when the text chooses among alternatives by time."""
    if "whichever" not in text:
        return None
    m = _WHICHEVER.search(text)
    if m is None:
        return None
    return "later" if m["which"] in ("later", "latest", "last") else "earlier"


def whichever_end(text: str) -> int:
    """Where the words choosing among alternatives end: a time after them is of its own
    clause ("..., whichever is the later, and ... brought to a conclusion at 9 p.m. on
    Wednesday, 3 July 2013")."""
    m = _WHICHEVER.search(text)
    return m.end() if m is not None else len(text)


_ITEM_LENGTH: Final = re.compile(
    r"\b(?:to|shall|will)\s+(?:be\s+)?conclud(?:e|ed)\s*$|\bconclude\s+not\s+later\s*$"
)
_AFTER: Final = re.compile(r"(?:^|\s)after\s*$")


def item_length(clause: str, pre: str, precision: str) -> bool:
    """ "(to conclude within 3 hours and 34 minutes)", "brought to a conclusion after 80
    minutes": an item's length in hours or minutes, counted from when the item begins,
    which the order does not date."""
    if precision not in ("hour", "minute"):
        return False
    if pre.strip() == "within":
        return _ITEM_LENGTH.search(clause) is not None
    return _AFTER.search(pre) is not None


_AND: Final = re.compile(r"\s+and\s+(?=[0-9a-z])")
_AND_GAP: Final = re.compile(r"\s+and\s+")
_FINER: Final = ("minute", "hour")


def _first_of_two(text: str, best: Candidate, cands: list[Candidate]) -> Candidate:
    """The first span of "<span> and <span>" when the second was chosen, so that with_more
    adds the second to it ("in 2 weeks and 3 days' time": not 3 days alone)."""
    if not text.endswith(" and ", 0, best.start):
        return best
    for cand in cands:
        res = cand.res
        if (
            cand.kind == "span"
            and not (res.skip or res.past or res.invalid or res.due is None)
            and _AND_GAP.fullmatch(text, cand.end, best.start)
        ):
            return cand
    return best


def with_more(text: str, cand: Candidate, hits: list[Hit], ctx: Ctx) -> Candidate | None:
    """ "within 2 hours and 30 minutes", "run for 12 weeks and 3 days": a span right after
    the chosen one ("and <span>") counts on from its end, so no number is left over."""
    if cand.res.due is None or not text.startswith(" and ", cand.end):
        return None
    m = _AND.match(text, cand.end)
    nxt = next((h for h in hits if m is not None and h.start == m.end() and h.kind == "span"), None)
    if nxt is None or (more := _span_from(text, nxt, cand.res.due, ctx)) is None:
        return None
    precisions = (cand.res.precision, more.precision)
    precision = next((p for p in _FINER if p in precisions), cand.res.precision)
    res = replace(cand.res, due=more.due, precision=precision)
    words = cand.words[:-1] + ((cand.words[-1][0], nxt.end),) if cand.words else ()
    return replace(cand, end=nxt.end, res=res, words=words)


_PERIOD: Final = (
    r"(?:public\s+|formal\s+|targeted\s+|open\s+)?(?:consultation|call\s+for\s+evidence"
    r"|comment\s+period|listening\s+exercise|engagement\s+(?:exercise|period))\b"
)
# words of saying or reporting: a launch after them is told, not done, by the "today" before
_REPORTING: Final = (
    r"(?:said|says|say|told|tells|noted|notes|recalled|recalls|confirmed|confirms|reported"
    r"|reports|revealed|reveals|explained|explains|announced|announces|stated|states|that)\b"
)
_PAST_LAUNCH: Final = r"(?:launched|opened|started|began|published|announced)\b"
_LAUNCH_NOW: Final = (
    r"\b(?:launch(?:es|ing)?|open(?:s|ing)?|start(?:s|ing)?|begin(?:s|ning)?|publish(?:es|ing)?"
    r"|announc(?:es|ing)"
    r"|(?:has|have)\s+(?:today\s+)?(?:launched|opened|started|begun|published)"
    # told in the simple past of today (stop 53): "The agency today opened a 30-day comment
    # period", "Today, the Department launched a 12-week consultation", "launched today a
    # six-week consultation"; a past opening with no "today" may be of another day, and is
    # not counted from now; nor is one reported after a "today" on the saying ("Today, the
    # minister said the Department launched ... in March": review, stop 53)
    r"|\btoday,?\s+(?:(?!"
    + _REPORTING
    + r")[a-z.&'\u2019-]+\s+){0,5}?"
    + _PAST_LAUNCH
    + r"|"
    + _PAST_LAUNCH
    + r"(?=\s+today\b))"
)
_LAUNCHED: Final = re.compile(
    _LAUNCH_NOW + r"\s+(?:today\s+)?(?:a|an|its|the|their)\s+(?:new\s+)?"
    r"(?P<span>[a-z0-9]+(?:-[a-z]+)?)[\s-](?:week|month|day)\s+" + _PERIOD
)


def _names_period(text: str) -> bool:
    """The words every _PERIOD needs (a substring test, before any regular expression); once
    per long text, as launch_day asks it for every "today" (stop 61: quadratic on a long
    paste of many)."""
    return holds(text, "consult") or holds(text, "evidence") or holds(text, "period")


# the words terms.trip_from_now needs ("leaves for", "departs on", "sets off", "going on")
_TRIP_CUES: Final = ("leav", "depart", "ts o", "ng o")


def launched_span(text: str, start: int) -> bool:
    """ "launches a 12-week consultation": a period opened now, its end a deadline."""
    if (
        (holds(text, "term") and terms.term_from_now(text, start))
        or any(holds(text, cue) for cue in _TRIP_CUES)  # once per long text (stop 62)
        and terms.trip_from_now(text, start)
    ):
        return True  # "five-year terms, beginning today", "leaves for a 3 day visit" (26e)
    if not _names_period(text):
        return False
    return any(lo <= start < end + 6 for lo, end in _launches(text))


def _launches(text: str) -> tuple[tuple[int, int], ...]:
    """Where the span of each period launched now stands in `text`: found once per long
    text (stop 62: 100 kB of "a 12-week consultation period and in two weeks and ..." was
    searched whole for each span, 6.8 s of the sources)."""
    return _spans_launched(text) if len(text) < 1000 else _spans_launched_cached(text)


def _spans_launched(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start("span"), m.end("span")) for m in _LAUNCHED.finditer(text))


@lru_cache(maxsize=16)
def _spans_launched_cached(text: str) -> tuple[tuple[int, int], ...]:
    return _spans_launched(text)


def launch_day(text: str) -> bool:
    """The text launches a period now: its "today" is the launch, not the deadline."""
    if not _names_period(text):
        return False
    return _LAUNCHED.search(text) is not None


_OR: Final = re.compile(r"[\s,]*or\s+(?:(?:possibly|perhaps|maybe|even)\s+)?")
ALONE: Final = "the only time expression read as a deadline"
# A candidate dropped by drop_earlier_alternatives, and why: the reason a member is shown.
Gone = tuple[Candidate, str] | None


def dropped(cands: list[Candidate], kept: list[Candidate], earlier: bool) -> Gone:
    """The first of `cands` that drop_earlier_alternatives left out, with the reason."""
    if kept is cands:
        return None  # most texts: the list came back whole, nothing to look for
    gone = next((c for c in cands if all(c is not k for k in kept)), None)
    if gone is None:
        return None
    why = (
        "whichever is the earlier counts"
        if earlier
        else "of times listed or offered as alternatives, the later counts"
    )
    return gone, why


def drop_earlier_alternatives(
    text: str, cands: list[Candidate], earlier: bool = False
) -> list[Candidate]:
    """ "later this month or early next month": of two times joined by "or", the later
    (the earlier after "whichever is the earlier"); and of a list, see lists.py."""
    if len(cands) < 2:
        return cands
    if not earlier:  # lists given in order (lists.py), acts given in turn (stages.py)
        cands = stages.drop_earlier_stage(text, lists.drop_earlier_of_list(text, cands))
    if len(cands) < 2 or " or " not in text:
        return cands
    gone_ids: set[int] = set()
    for first, second in lists.live_pairs(cands):
        a, b = first.res, second.res
        assert a.due is not None and b.due is not None
        if _OR.fullmatch(text, first.end, second.start):
            gone_ids.add(id(first) if (a.due <= b.due) != earlier else id(second))
    return lists.without(cands, gone_ids)


def _span_from(text: str, hit: Hit, start: datetime, ctx: Ctx) -> Res | None:
    """The span of `hit` read from `start` instead of the reference."""
    m = RULE_PATTERNS["span"].match(text, hit.start + len(hit.pre))
    if m is None:
        return None
    moved = read_span(m, hit, ctx.moved_to(start))
    if moved is None or moved.skip or moved.past or moved.due is None:
        return None
    return moved


def from_stated_start(text: str, best: Candidate, hits: list[Hit], ctx: Ctx) -> Candidate | None:
    """ "available from April 2027 for three years", "phased in over three years beginning
    in 2027": a span from now, beside a start ahead given in its sentence, counts from
    that start."""
    if best.words or best.res.span is not None or "within" in best.pre:
        return None
    for hit in hits:
        res = hit.res
        if (
            hit.note != "earliest"
            or res is None
            or res.start is None
            or res.start <= ctx.reference
            or not clauses.same_sentence(text, min(hit.end, best.end), max(hit.start, best.start))
        ):
            continue
        span_hit = next((h for h in hits if h.start == best.start), None)
        moved = _span_from(text, span_hit, res.start, ctx) if span_hit is not None else None
        if moved is None:
            return None
        return replace(best, res=replace(best.res, due=moved.due, earliest=res.start))
    return None


_OPENS: Final = re.compile(
    r"\b(?:open|opens|begin|begins|start|starts|commence|commences|launch"
    r"|launches|go\s+live|goes\s+live)\s+(?:on\s+)?$"
)
# how long a period or a run goes on for (here and in schedules._RUNS_FOR)
RUN_VERB: Final = r"run|runs|last|lasts|continue|continues"
_AND_RUNS: Final = re.compile(
    r"\s*,?\s*and\s+(?:will\s+)?(?:" + RUN_VERB + r"|remain\s+open"
    r"|remains\s+open|close\s+after)\s+(?:for\s+)?(?:a\s+period\s+of\s+)?"
)


def runs_from_start(text: str, best: Candidate, hits: list[Hit], ctx: Ctx) -> Candidate | None:
    """ "The consultation will open on 1 September and run for 12 weeks": the period ends
    its length after the day it opens."""
    res = best.res
    if res.day is None or res.precision != "day" or best.words:
        return None
    if not _OPENS.search(text, max(0, best.start - 20), best.start + len(best.pre)):
        return None
    for hit in hits:
        if hit.kind != "span" or hit.start <= best.end or hit.res is None:
            continue
        if not _AND_RUNS.fullmatch(text, best.end, hit.start + len(hit.pre)):
            return None
        moved = _span_from(text, hit, ctx.start_of(res.day), ctx)
        if moved is None:
            return None
        words = ((best.start, best.end), (hit.start, hit.end))
        out = replace(res, due=moved.due, earliest=ctx.start_of(res.day), day=None)
        return replace(best, end=hit.end, res=out, words=words)
    return None


def measured(
    text: str, best: Candidate, cands: list[Candidate], hits: list[Hit], ctx: Ctx
) -> Candidate:
    """The chosen phrase with the length or the start its sentence gives it, and a span
    after it joined on ("within 2 hours and 30 minutes")."""
    if best.kind == "span":
        best = _first_of_two(text, best, cands)  # "in 2 weeks and 3 days' time"
        # "from April 2027 for three years": counted from April 2027
        best = from_stated_start(text, best, hits, ctx) or best
    elif (runs := runs_from_start(text, best, hits, ctx)) is not None:
        best = runs  # "will open on 1 September and run for 12 weeks"
    elif (given := floor_time.from_clock(text, best, hits, ctx, _span_from)) is not None:
        best = given  # "At 2:15pm, X will be recognized for up to 20 minutes": floor_time.py
    else:
        return best
    return with_more(text, best, hits, ctx) or best
