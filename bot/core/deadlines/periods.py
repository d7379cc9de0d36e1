"""Periods: a window of days plus how the speaker named it ("Q3", "early 2026", "the end of
the month", "the spring of 2027", "August and September", "in the new year")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Final

from bot.core.deadlines import coming_year, holiday_weekends, moved_by, season_pairs
from bot.core.deadlines.context import (
    INVALID,
    SKIP,
    Ctx,
    Hit,
    Res,
    add_months,
    day_res,
    last_day,
    month_of,
    year_of,
)
from bot.core.deadlines.model import Precision
from bot.core.deadlines.vocabulary import (
    SEASON_START_NORTH,
    SOUTHERN_PREFIXES,
    TARGET_AFTER,
)
from bot.core.deadlines.words import MONTH_WORD

# Periods: a window of days plus how the speaker named it.


# not frozen, and __init__ written out (compiled by mypyc), as context.TimeOfDay
@dataclass(slots=True, init=False)
class Window:
    start: date
    end: date
    precision: Precision
    kind: str  # "week", "weekend", "month", "quarter", "half", "year", "decade", "season"
    vague: bool = False

    def __init__(
        self, start: date, end: date, precision: Precision, kind: str, vague: bool = False
    ) -> None:
        self.start = start
        self.end = end
        self.precision = precision
        self.kind = kind
        self.vague = vague


def _window_for_unit(unit: str, rel: str, ctx: Ctx) -> Window | None:
    today = ctx.today
    nxt = {"next": 1, "coming": 1, "after next": 2}.get(rel, 0)
    if rel == "the new":  # "the end of the new week": the week that starts next
        nxt = 0 if unit == "week" and today.weekday() == 0 else 1
    if unit == "week":
        start = today - timedelta(days=today.weekday()) + timedelta(weeks=nxt)
        return Window(start, start + timedelta(days=6), "week", "week")
    if unit == "weekend":
        start = today - timedelta(days=today.weekday()) + timedelta(weeks=nxt, days=5)
        return Window(start, start + timedelta(days=1), "day", "weekend")
    if unit == "month":
        start = add_months(today.replace(day=1), nxt)
        return Window(start, last_day(start.year, start.month), "month", "month")
    if unit == "quarter":
        start = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        start = add_months(start, 3 * nxt)
        end = add_months(start, 3, -1)
        return Window(start, end, "quarter", "quarter")
    if unit == "year":
        if rel == "coming" and (last := coming_year.next_year_end(ctx)) is not None:
            # a fiscal year too; a year back from 29 February is 28 February
            start = add_months(last, -12) + timedelta(days=1)
            return Window(start, last, "year", "year")
        year = today.year + nxt
        return Window(date(year, 1, 1), date(year, 12, 31), "year", "year")
    if unit == "decade":
        first = today.year // 10 * 10 + 10 * nxt
        return Window(date(first, 1, 1), date(first + 9, 12, 31), "year", "decade")
    return None


def _quarter_window(q: int, year: int | None, ctx: Ctx) -> Window:
    if year is None:
        year = ctx.today.year
        if last_day(year, q * 3) < ctx.today:
            year += 1
    start = date(year, q * 3 - 2, 1)
    return Window(start, last_day(year, q * 3), "quarter", "quarter")


@lru_cache(maxsize=64)
def _southern(zone: tzinfo) -> bool:
    key = getattr(zone, "key", "") or ""
    if key.startswith(SOUTHERN_PREFIXES):
        return True
    january = zone.utcoffset(datetime(2025, 1, 15))  # noqa: DTZ001 - probing the zone
    july = zone.utcoffset(datetime(2025, 7, 15))  # noqa: DTZ001
    return january is not None and july is not None and january > july


def _season_window(name: str, year: int | None, rel: str, ctx: Ctx) -> Window:
    start_month = SEASON_START_NORTH[name]
    if _southern(ctx.zone):
        start_month = (start_month + 5) % 12 + 1
    today = ctx.today

    def window(y: int) -> Window:
        start = date(y, start_month, 1)
        end = add_months(start, 3, -1)
        return Window(start, end, "quarter", "season", vague=True)

    if year is not None:
        return window(year)
    for y in (today.year - 1, today.year, today.year + 1):
        w = window(y)
        if (w.start > today) if rel == "next" else (w.end >= today):
            return w
    return window(today.year + 1)


def _season_pair(first: Window, name: str, own_year: bool, m: re.Match[str], ctx: Ctx) -> Window:
    """A season read alone, or with one joined after it ("the autumn and winter"): from the
    first season to the end of the next second one after it; with a year after the second
    ("the spring/summer of 2011") and none of the first's own, the second season of that
    year and the first the one before it (season_pairs.py)."""
    if (pair := season_pairs.second_season(m.string, m.end())) is None:
        return first  # most seasons
    second, year = pair
    if year is not None and not own_year:
        then = _season_window(second, year, "", ctx)
        first = _season_window(name, then.start.year, "", ctx)
        if first.start >= then.start:
            first = _season_window(name, then.start.year - 1, "", ctx)
        return Window(first.start, then.end, "quarter", "season", vague=True)
    then = _season_window(second, first.start.year, "", ctx)
    if then.start <= first.start:
        then = _season_window(second, first.start.year + 1, "", ctx)
    return Window(first.start, then.end, "quarter", "season", vague=True)


_TARGET_AFTER: Final = re.compile(TARGET_AFTER)
_MONTH_OR: Final = re.compile(r"\b" + MONTH_WORD + r"\s+or\s+$")
_SPACES: Final = re.compile(r"\s+")  # compiled once, not looked up in re's cache per phrase
# "the first half of <something>" that is no year ("of the spacewalks", "of the match",
# "of his speech"): a half of that thing, not of the calendar year ("the first half of the
# year", "of 2027", "of next year" are read with the half; "of FY26", "of the financial
# year" are left to the fiscal reader)
_HALF_OF_OTHER: Final = re.compile(
    r"\s+of\s+(?!(?:the\s+|this\s+|next\s+)?(?:(?:current|coming|new|following)\s+)?"
    r"(?:fy|fiscal|financial|tax|calendar|academic|school|year|[0-9]))"
)
# "the first half of the coming year": the next calendar year's; "of the current year" this
# one's, as "of the year" ("of the new year" rolls on as a half with no year does)
_HALF_OF_WHICH: Final = re.compile(r"\s+of\s+the\s+(coming|following|current)\s+year\b")
_BY_END: Final = re.compile(r"\b(?:by|before|until|till|ahead\s+of)\s*$")
# "an extremely busy July and August", "a quiet August": a month described, after "a"/"an"
# and an adjective (an adverb before it at most), is a time (round 19)
_DESCRIBED: Final = re.compile(r"\b(?:a|an)\s+(?:[a-z]+ly\s+)?[a-z]{3,}\s+$")
# "a long march", "a student may": month names that are also common words, read after an
# adjective only as the first of a pair ("a busy March and April")
_WORD_MONTHS: Final = ("mar", "may")


def _described(text: str, start: int, name: str, paired: bool) -> bool:
    """Whether the month at text[start:] follows "a"/"an" and an adjective."""
    if not (paired or name[:3] not in _WORD_MONTHS):
        return False
    return _DESCRIBED.search(text, max(0, start - 40), start) is not None


# "At their December meeting, EU leaders will ...", "at its March session", "the Council's
# February meeting": a month naming which of an owner's gatherings, after a possessive or
# "the" and before the gathering, is that month (round 20)
_OWNED: Final = re.compile(r"(?:\b(?:their|its|his|her|our|your|my|the)|[a-z]['’]s)\s+$")
_GATHERING: Final = re.compile(
    r"\s+(?:meetings?|session|sitting|summit|plenary|conference|hearing|council|assembly"
    r"|congress|board|gathering|retreat|vote|election|deadline|round|review|update|budget"
    # an event held that month: "The September training will focus on ..." (round 26b)
    r"|trainings?|workshops?|seminars?|webinars?|courses?|classes|forum|symposium|exams?"
    r"|sessions|conferences|hearings|events?|festival|fair|visit|tour)\b"
)


def _owned(text: str, start: int, end: int, the: bool) -> bool:
    """Whether the month at text[start:end] names an owner's gathering ("their December
    meeting"); `the` when the phrase took its "the" in."""
    return _GATHERING.match(text, end) is not None and (
        the or _OWNED.search(text, max(0, start - 30), start) is not None
    )


def _described_or_owned(m: re.Match[str], start: int, name: str, the: bool) -> bool:
    """ "a quiet August", "their December meeting": a month word the words around make a
    time of."""
    return _described(m.string, start, name, bool(m["p_month2"])) or _owned(
        m.string, start, m.end(), the
    )


def _half_window(m: re.Match[str], h: str, ctx: Ctx) -> Window | None:
    """ "H1", "the second half of 2027"; None for the half of something that is no year."""
    if m["p_hord"] and _HALF_OF_OTHER.match(m.string, m.end()) is not None:
        return None
    first_half = h in ("1", "first", "1st")
    explicit = m["p_hy"] or year_of(m, "ph", ctx)
    if not explicit and m["p_hord"] and (which := _HALF_OF_WHICH.match(m.string, m.end())):
        explicit = ctx.today.year + (which[1] != "current")
    year = int(explicit) if explicit else ctx.today.year
    if not explicit and last_day(year, 6 if first_half else 12) < ctx.today:
        year += 1
    start = date(year, 1 if first_half else 7, 1)
    return Window(start, last_day(year, 6 if first_half else 12), "quarter", "half")


# The words vocabulary's p_qord can match, each with its quarter (fiscal.py reads a fiscal
# year's "the second quarter of" by them too).
QUARTER_ORDINALS: Final = {
    **dict.fromkeys(("first", "1st"), 1),
    **dict.fromkeys(("second", "2nd"), 2),
    **dict.fromkeys(("third", "3rd"), 3),
    **dict.fromkeys(("fourth", "4th", "final", "last"), 4),
}


# a week named by the day after it: "the week commencing 19 March" (cues._week_of_day)
_WEEK_NAMED_AFTER: Final = re.compile(r"\s+(?:commencing|beginning|starting)\b")


def _named_month(
    m: re.Match[str], hit: Hit, ctx: Ctx, name: str, rel: str, context: bool
) -> Window | None:
    """The month a period names ("in May", "by March next", "from May to June"), or None
    for a month name that is only a word here."""
    month = month_of(name)
    year = year_of(m, "pm", ctx)
    if m["pm_yafter"] == "next":
        rel = "next"  # "by March next": the coming March, next year's when said in March
    # Month names are also words ("may", "march", "jan"): read them only with
    # something around that makes them a time ("in May", "by the end of March").
    if not (
        context
        or year is not None
        or rel in ("this", "next")
        or _described_or_owned(m, hit.start, name, rel == "the")
    ):
        return None
    if m["p_month2"]:
        hit.open = hit.open and not hit.pre.rstrip().endswith("from")  # "from May to June"
        return _months(month, month_of(m["p_month2"]), year, ctx)
    if year is None:
        year = ctx.today.year
        if month < ctx.today.month or (rel == "next" and month == ctx.today.month):
            year += 1
    return Window(date(year, month, 1), last_day(year, month), "month", "month")


def read_period(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if ctx.past:
        return None
    mod = _SPACES.sub(" ", found).strip() if (found := m["p_mod"]) else ""  # most have none
    rel = _SPACES.sub(" ", found) if (found := m["p_rel"]) else ""
    rel = "this" if rel in ("the current", "current") else rel
    rel = rel.removeprefix("the ") if rel in ("the next", "the coming") else rel
    # "in September or October": the alternative takes the first month's preposition
    context = bool(
        mod
        or hit.pre
        or hit.whole
        or _MONTH_OR.search(m.string, max(0, hit.start - 20), hit.start)
        or moved_by.moved_to(m.string, hit.start)  # "delayed by a month to June" (stop 59)
    )
    window: Window | None
    if year_text := m["p_cy"]:
        window = Window(date(int(year_text), 1, 1), date(int(year_text), 12, 31), "year", "year")
    elif decade := m["p_dec"]:
        first = int(decade)
        window = Window(date(first, 1, 1), date(first + 9, 12, 31), "year", "decade")
    elif unit := m["p_unit"]:
        if m["p_after_next"]:
            rel = "after next"  # "the week after next"
        named = rel in ("this", "next", "coming", "the new", "after next") or (
            rel == "the" and bool(hit.pre)
        )
        if not (mod or hit.whole or named):
            return None
        if unit == "week" and _WEEK_NAMED_AFTER.match(m.string, m.end()):
            return None  # "from the week commencing 19 March": the date names it (stop 59)
        if unit == "year" and rel == "the new" and not mod:
            return _new_year(hit.pre, ctx)
        window = _window_for_unit(unit, rel, ctx)
    elif q := m["p_q"] or m["p_q2"] or m["p_q3"]:
        year = m["p_qy"] or m["p_qy_first"] or (year_of(m, "pqq", ctx) if m["p_q"] else None)
        window = _quarter_window(int(q), int(year) if year else None, ctx)
    elif qord := m["p_qord"]:
        q = QUARTER_ORDINALS[qord]  # by the whole word: "final" is not "first"
        window = _quarter_window(q, year_of(m, "pq", ctx), ctx)
    elif h := m["p_h"] or m["p_hord"]:
        if (window := _half_window(m, h, ctx)) is None:
            return None  # "during the first half of the spacewalks": a half of an event
    elif name := m["p_month"]:
        window = _named_month(m, hit, ctx, name, rel, context)
    elif season := m["p_season"]:
        year = year_of(m, "ps", ctx)
        if not (context or year is not None or rel in ("this", "next")):
            return None
        window = _season_pair(
            _season_window(season, year, rel, ctx), season, year is not None, m, ctx
        )
    elif year_text := m["p_year"]:
        # "its 2030 target", "the Government's 2050 net zero target": the year a target names
        if not (context or _TARGET_AFTER.match(m.string, m.end())):
            return None
        year = int(year_text)
        window = Window(date(year, 1, 1), date(year, 12, 31), "year", "year")
    else:
        return None
    if window is None:
        return None
    if m["p_back"]:
        hit.note = "event"  # "the second week back in October": counted from a return
        return SKIP
    if m["p_nth"]:
        return _part_of_month(window, m["p_nth"], m["p_nth_unit"], ctx)
    return apply_modifier(window, mod, ctx)


def _months(first: int, last: int, year: int | None, ctx: Ctx) -> Window:
    """ "August and September", "December to February 2026": the first window of those
    months that has not ended (a year written after them is the last month's)."""
    wraps = last < first
    if year is not None:
        start_year = year - 1 if wraps else year
    else:
        start_year = ctx.today.year - 1
        while last_day(start_year + wraps, last) < ctx.today:
            start_year += 1
    return Window(date(start_year, first, 1), last_day(start_year + wraps, last), "month", "month")


def _new_year(pre: str, ctx: Ctx) -> Res:
    """ "by the new year" is New Year's Day; "in the new year" the early part of next year."""
    if _BY_END.search(pre):
        return day_res(date(ctx.today.year + 1, 1, 1), ctx)
    window = _window_for_unit("year", "next", ctx)
    assert window is not None
    return apply_modifier(window, "early", ctx)


_NTH: Final = {"fi": 1, "1s": 1, "se": 2, "2n": 2, "th": 3, "3r": 3, "fo": 4, "4t": 4}


def _part_of_month(window: Window, nth: str, unit: str, ctx: Ctx) -> Res | None:
    """ "the first half of June" (1-15), "the second week of May" (8-14), "the last
    fortnight of March" (its last 14 days): a window inside the month."""
    size = {"half": 15, "week": 7, "fortnight": 14}[unit]
    if nth.startswith(("last", "final")) or (unit == "half" and nth[:2] in ("se", "2n")):
        end = window.end
        start = window.start.replace(day=16) if unit == "half" else end - timedelta(days=size - 1)
    else:
        n = _NTH[nth[:2]]
        start = window.start + timedelta(days=size * (n - 1))
        end = start + timedelta(days=size - 1)
        if unit == "half" and n > 2 or end > window.end:
            return INVALID
    return Res(due=ctx.end_of(end), precision="week", vague=False, earliest=ctx.start_of(start))


def _thirds(window: Window) -> list[tuple[date, date]]:
    s, e = window.start, window.end
    if window.kind == "decade":  # early 0-2, mid 3-6, late 7-9: "the mid-2030s"
        cuts = [s, add_months(s, 36), add_months(s, 84)]
    elif window.kind in ("year", "half", "quarter", "season"):
        months = (e.year - s.year) * 12 + e.month - s.month + 1
        step = max(months // 3, 1)
        cuts = [s, add_months(s, step), add_months(s, 2 * step)]
    elif window.kind == "month":
        cuts = [s, s.replace(day=11), s.replace(day=21)]
    else:
        size = ((e - s).days + 1) // 3 or 1
        cuts = [s, s + timedelta(days=size), s + timedelta(days=2 * size)]
    ends = [cuts[1] - timedelta(days=1), cuts[2] - timedelta(days=1), e]
    return list(zip(cuts, ends, strict=True))


def apply_modifier(window: Window, mod: str, ctx: Ctx) -> Res:
    mod = mod.removeprefix("the ").removeprefix("very ")
    if mod.startswith(("end", "close", "conclusion", "turn")) or mod in (
        "last day of",
        "final day of",
    ):
        return Res(due=ctx.end_of(window.end), precision=window.precision, day=window.end)
    if mod.startswith(("rest", "remainder", "balance")):
        # "for the rest of the year": what is left of the period, from now to its end
        return Res(due=ctx.end_of(window.end), precision=window.precision, earliest=ctx.reference)
    if mod in ("later", "later in"):
        end = window.end
        if window.kind == "week" and end == ctx.today:
            end += timedelta(days=7)  # "later in the week" said on its Sunday: the coming one
        return Res(
            due=ctx.end_of(end),
            precision=window.precision,
            vague=True,
            earliest=ctx.reference,
        )
    third = None
    if mod.startswith(("beginning", "start", "outset", "first", "early")):
        third = 0
    elif mod.startswith(("mid", "middle")):
        third = 1
    elif mod.startswith(("late", "latter", "last", "final")):
        third = 2
    if third is not None:
        start, end = _thirds(window)[third]
        return Res(
            due=ctx.end_of(end),
            precision=window.precision,
            vague=True,
            earliest=ctx.start_of(start),
        )
    return Res(
        due=ctx.end_of(window.end),
        precision=window.precision,
        vague=window.vague,
        earliest=ctx.start_of(window.start),
    )


# a word before "weekend" that names which weekend ("bank holiday", "long", "Easter",
# "October"), not a word that leads to it ("the", "by", "this", "the upcoming", "the whole";
# the leading adjectives added by the lead at stop 65: "the upcoming weekend" had lost its
# date): not this week's end
_NAMED_WEEKEND: Final = re.compile(
    r"(?<![a-z])(?!(?:the|this|by|at|over|on|until|till|before|of|and|or|to|from|for|next"
    r"|coming|upcoming|forthcoming|approaching|following|whole|entire|every|each|a|all|during"
    r"|in|that)\s)[a-z]+\s+$"
)


def read_period_end(m: re.Match[str], hit: Hit, ctx: Ctx) -> Res | None:
    if ctx.past:
        return None
    unit = m["pe_unit"] or m["pe_unit2"]
    if short := m["pe_short"]:
        unit = {"w": "week", "m": "month", "q": "quarter", "y": "year"}[short]
    if m["pe_y"] and unit == "year":  # "year end 2026"
        year = int(m["pe_y"])
        window = Window(date(year, 1, 1), date(year, 12, 31), "year", "year")
        return apply_modifier(window, "end", ctx)
    if m["pe_y"]:
        return None  # "month end 2026": which month?
    if (
        m.group() == "weekend"
        and not hit.pre
        and _NAMED_WEEKEND.search(m.string, max(0, m.start() - 40), m.start())
    ):
        # "at the bank holiday weekend", "the long weekend": a weekend of its own, dated by
        # the zone's holidays where we know them (stop 66); else a day we cannot date
        if holiday_weekends.holiday_named(m.string, m.start()):
            return None  # "the Easter weekend": read with the holiday's name
        end = holiday_weekends.last_day(m.string, m.start(), ctx.zone, ctx.today)
        if end is None:
            hit.note = "event"  # "the race weekend", a long weekend of a zone we know none of
            return SKIP
        first = end - timedelta(days=(end.weekday() + 2) % 7)
        if holiday_weekends.before(m.string, m.start()):  # CONVENTIONS 3.5 (lead, stop 66)
            return Res(due=ctx.end_of(first - timedelta(days=1)), precision="day")
        return Res(due=ctx.end_of(end), precision="day", earliest=ctx.start_of(first))
    this = _window_for_unit(unit, "this", ctx)
    return None if this is None else apply_modifier(this, "end", ctx)


# "an expected publication date early in 2013", "late in the autumn": the modifier stands
# before "in <period>", where the scanner does not take it; read it as "early 2013".
_MODIFIER_BEFORE: Final = re.compile(r"\b(early|mid|middle|late)\s+$")


def modified_before(text: str, start: int, res: Res, ctx: Ctx) -> tuple[Res, int] | None:
    """The period read with the modifier in front of its "in", and where the modifier
    starts (the words shown as read); None when there is none."""
    if res.due is None or res.earliest is None or not text.startswith("in ", start):
        return None
    m = _MODIFIER_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return None
    if m.group(1) == "early" and text.startswith("in the new year", start):
        return res, m.start()  # "early in the new year": "in the new year" is early already
    first = res.earliest.astimezone(ctx.zone).date()
    last = res.due.astimezone(ctx.zone).date()
    kind = "month" if (first.year, first.month) == (last.year, last.month) else "year"
    return apply_modifier(Window(first, last, res.precision, kind), m.group(1), ctx), m.start()
