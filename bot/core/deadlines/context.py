"""Reading context and intermediate results, and the calendar helpers the readers share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Final

from bot.core.deadlines.model import (
    Precision,
)
from bot.core.deadlines.vocabulary import (
    EOD,
    MONTHS,
    ORDINAL_WORDS,
    SMALL,
    TENS,
)

# Four digits, no digit either side (a year); the first digit comes before the look behind
# so that re can skip to the digits of a long text instead of trying at every position.
# a year the words name ("2027", "next", "'27"): a date without one may be the one gone
NAMED_YEAR: Final = re.compile(r"[0-9]{4}|next|'[0-9]")
YEAR_IN: Final = re.compile(r"[0-9](?<![0-9]{2})[0-9]{3}(?![0-9])")
_MIDNIGHT: Final = time(0)

# --------------------------------------------------------------------------------------
# Reading context and intermediate results.


def holds(text: str, word: str) -> bool:
    """`word in text`, found once per long text: the clause checks ask it for every phrase,
    and a long text of many phrases must not be scanned whole again for each (round 15
    review). A short text is cheaper to scan than to look up."""
    return word in text if len(text) < 1000 else _holds(text, word)


@lru_cache(maxsize=256)
def _holds(text: str, word: str) -> bool:
    return word in text


# The kinds of phrase that name a calendar date of their own (cues.py, past_reading.py).
DATED: Final = frozenset({"iso", "numdate", "numdate_short", "date_mdy", "date_dmy", "nthwd"})
# The kinds that name one day without a date of their own ("Friday", "tomorrow", "the 5th",
# "Easter").
DAYS: Final = frozenset({"weekday", "dayword", "dom", "holiday"})
_SPACES: Final = re.compile(r"\s+")  # compiled once, not looked up in re's cache per phrase
_WORD_GAPS: Final = re.compile(r"[\s-]+")
_DIGITS: Final = re.compile(r"[0-9]+")


# Ctx and Res are not frozen, though nothing assigns to them once built: a frozen
# dataclass sets every field through object.__setattr__, which makes building one about
# four times dearer (2 µs for a Res), and each phrase builds several.
# The classes below write their own __init__ (init=False): the one dataclasses generates
# is interpreted Python even in the mypyc build, where a written one is compiled and
# called directly; building a phrase's Hit, Res and Candidate took about a tenth of a
# parse. Same fields, order and defaults: repr, eq and replace() are unchanged.
@dataclass(slots=True, init=False)  # __init__ written out: see above
class Ctx:
    reference: datetime  # aware, any zone
    zone: tzinfo
    local: datetime  # reference in `zone`
    today: date
    day_first: bool
    past: bool  # True for parse_said_on: year-less dates and weekdays look back
    fy_end: tuple[int, int] = (12, 31)  # month and day the server's fiscal year ends on

    def __init__(
        self,
        reference: datetime,
        zone: tzinfo,
        local: datetime,
        today: date,
        day_first: bool,
        past: bool,
        fy_end: tuple[int, int] = (12, 31),
    ) -> None:
        self.reference = reference
        self.zone = zone
        self.local = local
        self.today = today
        self.day_first = day_first
        self.past = past
        self.fy_end = fy_end

    # The zone passed by position, not as `tzinfo=`: the same datetime, built in less than
    # half the time (keyword arguments take CPython's slow argument parser; these three
    # build most of the times a phrase is read as, issue 12).
    def end_of(self, day: date) -> datetime:
        return datetime.combine(day, EOD, self.zone)

    def start_of(self, day: date) -> datetime:
        return datetime.combine(day, _MIDNIGHT, self.zone)

    def at(self, day: date, when: time) -> datetime:
        return datetime.combine(day, when, self.zone)

    def moved_to(self, reference: datetime) -> Ctx:
        """The same calendar, said at another moment (a span's stated start)."""
        local = reference.astimezone(self.zone)
        return Ctx(
            reference, self.zone, local, local.date(), self.day_first, self.past, self.fy_end
        )

    def in_zone(self, zone: tzinfo) -> Ctx:
        local = self.reference.astimezone(zone)
        return Ctx(
            self.reference, zone, local, local.date(), self.day_first, self.past, self.fy_end
        )


# Not frozen either, for the reason given at Ctx (about 1.2 µs a build frozen, 0.3 µs not):
# spans and clock times are built for most phrases. Nothing assigns to or hashes them.
@dataclass(slots=True, init=False)  # __init__ written out: see Ctx
class TimeOfDay:
    when: time  # for deadlines: the moment it ends
    typical: time  # for said-on: a moment inside it
    start: time | None
    precision: Precision
    days: int = 0  # "one minute after 11:59 p.m." on a day is 00:00 the day after
    either: bool = False  # "eight o'clock" alone: a.m. or p.m., whichever comes first

    def __init__(
        self,
        when: time,
        typical: time,
        start: time | None,
        precision: Precision,
        days: int = 0,
        either: bool = False,
    ) -> None:
        self.when = when
        self.typical = typical
        self.start = start
        self.precision = precision
        self.days = days
        self.either = either


@dataclass(slots=True, init=False)  # not frozen, as TimeOfDay; __init__ as Ctx
class Span:
    months: int
    days: int
    seconds: float
    business_days: int
    relation: str | None  # "before"/"after" an anchor that must follow
    precision: Precision  # of an exact (minutes/hours) span: "in 90 minutes" is to the minute

    def __init__(
        self,
        months: int,
        days: int,
        seconds: float,
        business_days: int,
        relation: str | None,
        precision: Precision,
    ) -> None:
        self.months = months
        self.days = days
        self.seconds = seconds
        self.business_days = business_days
        self.relation = relation
        self.precision = precision


@dataclass(slots=True, init=False)  # __init__ written out: see Ctx
class Res:
    due: datetime | None
    precision: Precision
    vague: bool = False
    earliest: datetime | None = None
    day: date | None = None  # set when the phrase names one local day (a time may join)
    part: str | None = None  # a part of that day already named ("tonight")
    tod: TimeOfDay | None = None  # a time of day still looking for its day
    span: Span | None = None  # a span that counts from an anchor, not the reference
    past: bool = False  # a phrase about the past: never a deadline
    invalid: bool = False  # a date that does not exist
    skip: bool = False  # understood, but carries no deadline (open-ended, conditional)
    start: datetime | None = None  # of an open-ended phrase ("not before June"): its start

    def __init__(
        self,
        due: datetime | None,
        precision: Precision,
        vague: bool = False,
        earliest: datetime | None = None,
        day: date | None = None,
        part: str | None = None,
        tod: TimeOfDay | None = None,
        span: Span | None = None,
        past: bool = False,
        invalid: bool = False,
        skip: bool = False,
        start: datetime | None = None,
    ) -> None:
        self.due = due
        self.precision = precision
        self.vague = vague
        self.earliest = earliest
        self.day = day
        self.part = part
        self.tod = tod
        self.span = span
        self.past = past
        self.invalid = invalid
        self.skip = skip
        self.start = start


@dataclass(slots=True, init=False)  # __init__ written out: see Ctx
class Hit:
    start: int
    end: int
    kind: str
    core: str
    pre: str
    open: bool
    whole: bool
    res: Res | None = None
    note: str | None = None  # why the phrase is no deadline: negated, past, event, ...
    strong: bool = False  # an earliest bound that rules out any deadline before it
    denied: datetime | None = None  # the time a negated phrase would have meant
    past_at: datetime | None = None  # the time a phrase about the past names
    # the phrase only dates a saying ("Speaking today, the Minister said:"): read as past,
    # so that the act's own day counts, but no refusal of its own (CONVENTIONS 2.2)
    said: bool = False

    def __init__(
        self,
        start: int,
        end: int,
        kind: str,
        core: str,
        pre: str,
        open: bool,
        whole: bool,
        res: Res | None = None,
        note: str | None = None,
        strong: bool = False,
        denied: datetime | None = None,
        past_at: datetime | None = None,
        said: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.core = core
        self.pre = pre
        self.open = open
        self.whole = whole
        self.res = res
        self.note = note
        self.strong = strong
        self.denied = denied
        self.past_at = past_at
        self.said = said


def number_of(text: str) -> float | None:
    text = text.strip()
    half = 0.0
    if text.endswith("and a half"):
        half = 0.5
        text = text[: -len("and a half")].strip()
    if text[0].isdigit():
        return float(text) + half
    words = [w for w in _WORD_GAPS.split(text) if w not in ("a", "an", "of")]
    if not words:  # "a", "an"
        return 1.0 + half
    if words[0] == "half":
        return 0.5
    if words[-1] == "hundred":
        return 100.0 + half
    special = {"couple": 2, "dozen": 12}
    total = 0
    for word in words:
        value = special.get(word) or TENS.get(word) or SMALL.get(word)
        if value is None:
            return None
        total += value
    return total + half


def unit_of(text: str) -> str:
    text = text.rstrip("'s").strip()
    if text.startswith(("business", "working", "weekday")):
        return "bday"
    if text.startswith("min"):
        return "minute"
    if text.startswith("h"):
        return "hour"
    if text.startswith("decade"):
        return "decade"
    if text.startswith(("d", "calendar")):
        return "day"
    if text.startswith("fortnight"):
        return "fortnight"
    if text.startswith("w"):
        return "week"
    if text.startswith("mo"):
        return "month"
    if text.startswith("q"):
        return "quarter"
    return "year"


_MAX_SPAN_DAYS: Final = 200 * 366


def span_of(value: float, unit: str, relation: str | None = None) -> Span | None:
    """Turn "1.5 years" into calendar parts; None when the span is absurdly long."""
    if value < 0:
        return None
    months = days = business = 0
    seconds = 0.0
    if unit == "minute":
        seconds = value * 60
    elif unit == "hour":
        seconds = value * 3600
    elif unit == "bday":
        business = _ceil(value)
    elif unit in ("day", "week", "fortnight"):
        days = _ceil(value * {"day": 1, "week": 7, "fortnight": 14}[unit])
    else:
        in_months = value * {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit]
        months = int(in_months)
        days = _ceil((in_months - months) * 30)
    if months * 31 + days + business * 2 + seconds / 86400 > _MAX_SPAN_DAYS:
        return None
    precision: Precision = "hour" if unit == "hour" and seconds % 3600 == 0 else "minute"
    return Span(months, days, seconds, business, relation, precision)


def _ceil(value: float) -> int:
    whole = int(value)
    return whole + (1 if value > whole + 1e-9 else 0)


def _add_business_days(day: date, count: int) -> date:
    # Said at the weekend, the count starts as if said on the Friday before: five
    # business days from a Saturday end on the next Friday.
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    weeks, rest = divmod(count, 5)
    day += timedelta(weeks=weeks)
    while rest:
        day += timedelta(days=1)
        if day.weekday() < 5:
            rest -= 1
    return day


def shift_day(day: date, span: Span, sign: int) -> date:
    if span.business_days:
        if sign < 0:
            for _ in range(span.business_days):
                day -= timedelta(days=1)
                while day.weekday() >= 5:
                    day -= timedelta(days=1)
            return day
        return _add_business_days(day, span.business_days)
    return add_months(day, sign * span.months, sign * span.days)


def add_months(day: date, months: int, days: int = 0) -> date:
    """`day + relativedelta(months=months, days=days)`, step for step (the month moves, the
    day is cut to the month's length, then the days are added, with the same errors out of
    range), without building a relativedelta: that costs microseconds, and spans and
    periods do it for most phrases."""
    if months:
        year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
        month += 1
        last = _days_in(year, month)
        day = day.replace(year=year, month=month, day=min(last, day.day))
    return day + timedelta(days=days) if days else day


# Days in each month of a common year. calendar.monthrange is interpreted Python even in
# the mypyc build (three calls for one length), and spans, periods and dates ask for one in
# most phrases; this is the same number, compiled.
_MONTH_DAYS: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    """`calendar.monthrange(year, month)[1]`, with its ValueError for a month out of range
    (any year: monthrange takes years beyond datetime's too)."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month]


def last_day(year: int, month: int) -> date:
    return date(year, month, _days_in(year, month))


def month_of(text: str) -> int:
    return MONTHS[text[:3]]


def day_number(text: str) -> int:
    text = text.strip()
    if text[0].isdigit():
        return int(_DIGITS.match(text).group())  # type: ignore[union-attr]
    return ORDINAL_WORDS[_SPACES.sub(" ", text)]


def nearest_century(year: int, today: int) -> int:
    """A two-digit year in the century that puts it nearest `today`'s year: "96" said in
    1996 is 1996, "27" said in 2026 is 2027, "93" said in 1993 is no 2093 (ties go ahead)."""
    base = today // 100 * 100 + year
    return min((base - 100, base, base + 100), key=lambda y: (abs(y - today), y < today))


def year_of(m: re.Match[str], p: str, ctx: Ctx) -> int | None:
    """A year from a `_year_spec` group set, or None when the text gave none."""
    if y := m.group(f"{p}_y"):
        return int(y)  # a year datetime cannot hold raises ValueError: the phrase is refused
    if y2 := m.group(f"{p}_y2"):
        return nearest_century(int(y2), ctx.today.year)
    if words := m.group(f"{p}_yw"):
        return _year_from_words(words)
    rel = m.group(f"{p}_yrel")
    if rel == "next":
        return ctx.today.year + 1
    if rel in ("this", "the"):
        return ctx.today.year
    if rel == "last" or m.group(f"{p}_yafter") == "last":
        return ctx.today.year - 1  # "20 March last year", "in June last": the past
    return None


def _year_from_words(words: str) -> int:
    """ "nineteen hundred and thirty-eight" -> 1938; anything else raises ValueError."""
    parts = [w for w in _WORD_GAPS.split(words) if w != "and"]
    if parts[:2] in (["nineteen", "hundred"], ["twenty", "hundred"]):
        base = 1900 if parts[0] == "nineteen" else 2000
    elif parts[:2] == ["two", "thousand"]:
        base = 2000
    else:
        raise ValueError(words)
    rest = 0
    for word in parts[2:]:
        value = TENS.get(word) or SMALL.get(word)
        if value is None:
            raise ValueError(words)
        rest += value
    if rest > 99:
        raise ValueError(words)
    return base + rest


def valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _days_in(year, month)


def occurrence_of(month: int, day: int, ctx: Ctx) -> date | None:
    """The next (or, when reading the past, latest) month/day on or after (before) today.

    Eight years cover 29 February across a skipped leap year such as 2100.
    """
    step = -1 if ctx.past else 1
    year = ctx.today.year
    for _ in range(9):
        if valid(year, month, day):
            found = date(year, month, day)
            if (found <= ctx.today) if ctx.past else (found >= ctx.today):
                return found
        year += step
    return None


def day_res(day: date, ctx: Ctx, precision: Precision = "day", part: str | None = None) -> Res:
    return Res(due=ctx.end_of(day), precision=precision, day=day, part=part)


INVALID = Res(due=None, precision="day", invalid=True)
PAST = Res(due=None, precision="day", past=True)
SKIP = Res(due=None, precision="day", skip=True)


@dataclass(slots=True, init=False)  # __init__ written out: see Ctx
class Candidate:
    """A reading of one phrase (or of phrases joined) that may be the deadline."""

    start: int
    end: int
    res: Res
    kind: str = ""
    pre: str = ""
    words: tuple[tuple[int, int], ...] = ()  # parts of the text, when not one stretch
    named: bool = False  # names a year ("mid-2027", "2026-27")
    called: bool = field(default=False, init=False)  # "the last day to" (called_last.py)

    def __init__(
        self,
        start: int,
        end: int,
        res: Res,
        kind: str = "",
        pre: str = "",
        words: tuple[tuple[int, int], ...] = (),
        named: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.res = res
        self.kind = kind
        self.pre = pre
        self.words = words
        self.named = named
        self.called = False
