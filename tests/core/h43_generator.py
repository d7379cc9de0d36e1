"""Issue 12, stop 43, hunter h43: a seeded generator of deadline phrases in families the
stop-42 crossing (clock forms x zones x date forms x lead-ins) did not cover, each read
against an oracle of its own written with datetime and zoneinfo only:

- spans counted from a date ("within 10 working days of 3 March", "3 weeks before 5 May"),
- ordinal days ("by the 3rd", "by the 21st of June", "by June 21st"),
- numeric dates in both orders under both `day_first` settings ("by 3/4/2027", "by 13.4.27"),
- ranges of days ("3-5 March", "between 3 and 5 March", "March 3 to 5"),
- a weekday beside a date it does not fit ("by Friday 3 March 2027", a Wednesday),
- years outside 1900-2199 ("by 1 March 2250", "by 1 March 1850"),
- negative and zero spans ("within -5 days", "in 0 weeks", "within minus three days").

Each case says what a reading must be: the one instant it is due, or "no deadline" (a
refusal or None). The figure that matters is the count of WRONG readings given with no
warning: a deadline whose due differs from the oracle's, or a deadline where the oracle
wants none. A refusal or None where the oracle has a date is a miss, counted apart.

Run `python -m tests.core.h43_generator` for the counts (and `-v` for the wrong ones).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.deadlines import Deadline, interpret_deadline

SEED = 43
ZONES = ("Europe/London", "America/New_York", "Asia/Tokyo")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
)  # fmt: skip
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
FRAMES = (
    "The minister will publish the report {}.",
    "We will deliver the new rules {}.",
    "{} the council will vote on the plan.",
    "The company promises to cut fees {}.",
)
DATE_LEADS = ("by", "no later than", "on", "until")


@dataclass(frozen=True)
class Case:
    family: str
    text: str
    said: datetime
    tz: str
    day_first: bool
    due: datetime | None  # None: no deadline may be read (a refusal, or None)
    # further dues a careful reader may also give (an ambiguous form), else empty
    also: tuple[datetime, ...] = ()


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def end_of(day: date, tz: str) -> datetime:
    return datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=ZoneInfo(tz))


def next_occurrence(month: int, day: int, today: date) -> date | None:
    """The day `day` of `month` on or after `today` (a year-less date), within four years."""
    for year in range(today.year, today.year + 5):
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if when >= today:
            return when
    return None


def add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):  # 31 January + 1 month = 28 February
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError(day)


def add_working_days(day: date, n: int) -> date:
    while day.weekday() >= 5:  # counted from a weekend: from the Friday before
        day -= timedelta(days=1)
    while n:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def sub_working_days(day: date, n: int) -> date:
    while n:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def reference(rng: random.Random) -> tuple[datetime, str]:
    tz = rng.choice(ZONES)
    said = datetime(2026, rng.choice((3, 6, 12)), rng.randint(1, 28), 10, 0, tzinfo=ZoneInfo(tz))
    return said, tz


def frame(rng: random.Random, phrase: str) -> str:
    text = rng.choice(FRAMES).format(phrase)
    return text[0].upper() + text[1:]


def written_date(rng: random.Random, day: date, *, year: bool) -> str:
    month = MONTHS[day.month - 1]
    forms = [f"{day.day} {month}", f"{month} {day.day}", f"the {ordinal(day.day)} of {month}"]
    text = rng.choice(forms)
    if year:
        text += f", {day.year}" if text.startswith(month) else f" {day.year}"
    return text


def spans_from_dates(rng: random.Random) -> Case:
    said, tz = reference(rng)
    today = said.date()
    anchor = today + timedelta(days=rng.randint(20, 300))
    n = rng.randint(1, 30)
    unit = rng.choice(
        ("days", "working days", "business days", "weeks", "months", "calendar days", "hours")
    )
    if unit == "months":
        n = rng.randint(1, 11)
    if unit == "hours":  # from a day: from its end, as days are (an exact instant)
        n = rng.choice((12, 24, 36, 48, 72, 96))
    how = rng.choice(("within", "of", "after", "from", "before"))
    count = str(n) if n > 9 or rng.random() < 0.6 else NUMBER_WORDS[n]
    if n == 1:
        unit = unit[:-1]
    anchor_text = written_date(rng, anchor, year=rng.random() < 0.5)
    if how == "within":
        phrase = f"within {count} {unit} of {anchor_text}"
    elif how == "before":
        phrase = f"{count} {unit} before {anchor_text}"
    else:
        phrase = f"{count} {unit} {how if how != 'of' else 'after'} {anchor_text}"
    sign = -1 if how == "before" else 1
    if unit == "hours":
        end = end_of(anchor, tz).astimezone(UTC) + timedelta(hours=sign * n)
        wanted = None if end < said - timedelta(days=1) else end
        return Case("span-date", frame(rng, phrase), said, tz, True, wanted)
    if unit.startswith(("working", "business")):
        due = add_working_days(anchor, n) if sign > 0 else sub_working_days(anchor, n)
    elif unit.startswith("week"):
        due = anchor + timedelta(weeks=sign * n)
    elif unit.startswith("month"):
        due = add_months(anchor, sign * n)
    else:
        due = anchor + timedelta(days=sign * n)
    if due < today - timedelta(days=1):
        return Case("span-date", frame(rng, phrase), said, tz, True, None)
    if due < today:  # yesterday's end: less than a day past, read or refused
        return Case("span-date", frame(rng, phrase), said, tz, True, None, (end_of(due, tz),))
    return Case("span-date", frame(rng, phrase), said, tz, True, end_of(due, tz))


def ordinals(rng: random.Random) -> Case:
    said, tz = reference(rng)
    today = said.date()
    n = rng.randint(1, 28)
    form = rng.randrange(4)
    lead = rng.choice(DATE_LEADS)
    if form == 0:  # "by the 3rd": the next such day of a month
        phrase = f"{lead} the {ordinal(n)}"
        due = date(today.year, today.month, n)
        if due < today:
            due = add_months(due, 1)
        return Case("ordinal", frame(rng, phrase), said, tz, True, end_of(due, tz))
    if form == 1 and rng.random() < 0.4:  # "by the 3rd of next month", "by the third"
        if rng.random() < 0.5:
            phrase = f"{lead} the {ordinal(n)} of next month"
            due = add_months(date(today.year, today.month, n), 1)
        else:
            n = rng.randint(1, 10)
            phrase = f"{lead} the {ORDINAL_WORDS[n - 1]}"
            due = date(today.year, today.month, n)
            due = due if due >= today else add_months(due, 1)
        return Case("ordinal", frame(rng, phrase), said, tz, True, end_of(due, tz))
    month = rng.randint(1, 12)
    n = rng.randint(1, 31)
    name = MONTHS[month - 1]
    phrase = {
        1: f"{lead} the {ordinal(n)} of {name}",
        2: f"{lead} {name} {rng.choice(('', 'the '))}{ordinal(n)}",
        3: f"{lead} {ordinal(n)} {name}",
    }[form]
    try:
        date(2028, month, n)  # a leap year: 29 February is a day
    except ValueError:
        return Case("ordinal", frame(rng, phrase), said, tz, True, None)  # "the 31st of June"
    found = next_occurrence(month, n, today)
    assert found is not None
    return Case("ordinal", frame(rng, phrase), said, tz, True, end_of(found, tz))


def numeric_dates(rng: random.Random) -> Case:
    said, tz = reference(rng)
    today = said.date()
    day_first = rng.random() < 0.5
    a, b = rng.randint(1, 31), rng.randint(1, 12)
    if rng.random() < 0.5:
        a, b = b, a
    year = rng.choice((2027, 2028))
    sep = rng.choice("/.-")
    short = rng.random() < 0.3
    year_text = str(year % 100).zfill(2) if short else str(year)
    lead = rng.choice(("by", "no later than", "on", "before"))
    form = rng.randrange(4)
    if form == 0:  # "by 2027-04-03", "by 2027/04/03": year, month, day
        month, day = rng.randint(1, 12), rng.randint(1, 31)
        dash = sep if sep != "." else "-"
        phrase = f"{lead} {year}{dash}{month:02}{dash}{day:02}"
        try:
            when = date(year, month, day) - timedelta(days=1 if lead == "before" else 0)
        except ValueError:
            return Case("numeric", frame(rng, phrase), said, tz, day_first, None)
        return Case("numeric", frame(rng, phrase), said, tz, day_first, end_of(when, tz))
    if form == 1:  # zero-padded
        phrase = f"{lead} {a:02}{sep}{b:02}{sep}{year_text}"
    elif form == 2 and sep == "/":  # year-less "3/4": its next occurrence
        phrase = f"{lead} {a}/{b}"
    else:
        phrase = f"{lead} {a}{sep}{b}{sep}{year_text}"
    readings = []
    if a > 12 >= b:
        readings = [(b, a)]
    elif b > 12 >= a:
        readings = [(a, b)]
    elif a <= 12 and b <= 12:
        readings = [(b, a)] if day_first else [(a, b)]
    dues = []
    for month, day in readings:
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if form == 2 and sep == "/":
            found = next_occurrence(month, day, today)
            if found is None:
                continue
            when = found
        if lead == "before":
            when -= timedelta(days=1)
        dues.append(end_of(when, tz))
    due = dues[0] if dues else None
    if due is not None and due.date() < today:  # yesterday's end may be read: a day past
        late = (due,) if due.date() == today - timedelta(days=1) else ()
        return Case("numeric", frame(rng, phrase), said, tz, day_first, None, late)
    return Case("numeric", frame(rng, phrase), said, tz, day_first, due)


def day_ranges(rng: random.Random) -> Case:
    said, tz = reference(rng)
    today = said.date()
    month = rng.randint(1, 12)
    first = rng.randint(1, 27)
    last = rng.randint(first + 1, min(first + 6, 31))
    name = MONTHS[month - 1]
    form = rng.randrange(10)
    if form >= 8:  # across two months: "30 March - 2 April", "from 28 May to 3 June"
        start = date(2027, month, min(first, 28))
        end = start + timedelta(days=rng.randint(3, 9))
        if end.month == start.month:
            end = date(2027, month, 28) + timedelta(days=rng.randint(4, 9))
        a, b = MONTHS[start.month - 1], MONTHS[end.month - 1]
        phrase = f"{start.day} {a} - {end.day} {b}"
        phrase = phrase if form == 8 else f"from {start.day} {a} to {end.day} {b}"
        found = next_occurrence(end.month, end.day, today)
        assert found is not None
        return Case("range", frame(rng, phrase), said, tz, True, end_of(found, tz))
    phrase = {
        0: f"{first}-{last} {name}",
        1: f"{first} to {last} {name}",
        2: f"between {first} and {last} {name}",
        3: f"{name} {first}-{last}",
        4: f"from {first} to {last} {name}",
        5: f"{ordinal(first)}-{ordinal(last)} {name}",
        6: f"{first}\u2013{last} {name}",
        7: f"{name} {ordinal(first)} to {ordinal(last)}",
    }[form]
    phrase = rng.choice(("on ", "", "during ")) + phrase if form in (0, 1, 3, 5, 6, 7) else phrase
    if rng.random() < 0.3:  # with its year
        year = rng.choice((2027, 2028))
        phrase += f", {year}" if form in (3, 7) else f" {year}"
        try:
            due = end_of(date(year, month, last), tz)
        except ValueError:
            return Case("range", frame(rng, phrase), said, tz, True, None)
        return Case("range", frame(rng, phrase), said, tz, True, due)
    # a range still running is this one ("2-7 June" said on 5 June); a day no month has
    # ("30-31 February") no range, but one of a leap year is ("23-29 February")
    found = next_occurrence(month, last, today)
    if found is None:
        return Case("range", frame(rng, phrase), said, tz, True, None)
    return Case("range", frame(rng, phrase), said, tz, True, end_of(found, tz))


def weekday_dates(rng: random.Random) -> Case:
    said, tz = reference(rng)
    today = said.date()
    if rng.random() < 0.25:  # "by Friday the 3rd": the next 3rd of a month
        n = rng.randint(1, 28)
        third = date(today.year, today.month, n)
        third = third if third >= today else add_months(third, 1)
        weekday = third.weekday() if rng.random() < 0.4 else rng.randrange(7)
        phrase = f"{rng.choice(DATE_LEADS)} {WEEKDAYS[weekday]} the {ordinal(n)}"
        if weekday == third.weekday():
            return Case("weekday", frame(rng, phrase), said, tz, True, end_of(third, tz))
        later = [add_months(third, k) for k in range(1, 15)]
        also = tuple(end_of(d, tz) for d in later if d.weekday() == weekday)[:1]
        return Case("weekday", frame(rng, phrase), said, tz, True, None, also)
    day = today + timedelta(days=rng.randint(3, 400))
    with_year = rng.random() < 0.6
    if not with_year:  # a year-less date is its next occurrence
        found = next_occurrence(day.month, day.day, today)
        assert found is not None
        day = found
    fits = rng.random() < 0.3
    weekday = day.weekday() if fits else (day.weekday() + rng.randint(1, 6)) % 7
    name = WEEKDAYS[weekday]
    if rng.random() < 0.3:
        name = name[:3]
    lead = rng.choice(DATE_LEADS)
    comma = rng.choice((" ", ", "))
    phrase = f"{lead} {name}{comma}{written_date(rng, day, year=with_year)}"
    if fits:
        return Case("weekday", frame(rng, phrase), said, tz, True, end_of(day, tz))
    if with_year:
        return Case("weekday", frame(rng, phrase), said, tz, True, None)
    # year-less: the next year it fits may be meant too
    also = tuple(
        end_of(date(y, day.month, day.day), tz)
        for y in range(day.year + 1, day.year + 8)
        if date(y, day.month, day.day).weekday() == weekday
    )
    return Case("weekday", frame(rng, phrase), said, tz, True, None, also[:1])


def far_years(rng: random.Random) -> Case:
    said, tz = reference(rng)
    year = rng.choice(
        (rng.randint(2200, 9999), rng.randint(1000, 1899), rng.randint(10000, 99999), 2200)
    )
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    lead = rng.choice(("by", "no later than", "before", "in", "by the end of"))
    if lead in ("in", "by the end of"):
        phrase = f"{lead} {rng.choice(('', MONTHS[month - 1] + ' '))}{year}"
        month_named = phrase.split()[-2] in MONTHS
        if year > 9999 or year < 1900:
            due = None
        elif month_named:
            last = add_months(date(year, month, 1), 1) - timedelta(days=1)
            due = end_of(last, tz)
        else:
            due = end_of(date(year, 12, 31), tz)
        return Case("year", frame(rng, phrase), said, tz, True, due)
    if rng.random() < 0.3:  # "by 31/12/2250", "by March 2250"
        if rng.random() < 0.5 and 1000 <= year <= 9999:
            phrase = f"{lead} {day}/{month}/{year}"
        else:
            phrase = f"{lead} {MONTHS[month - 1]} {year}"
            if year > 9999 or year < 1900:
                return Case("year", frame(rng, phrase), said, tz, True, None)
            first = date(year, month, 1)
            last = add_months(first, 1) - timedelta(days=1)
            when = first - timedelta(days=1) if lead == "before" else last
            return Case("year", frame(rng, phrase), said, tz, True, end_of(when, tz))
    else:
        phrase = f"{lead} {written_date(rng, date(2027, month, day), year=False)} {year}"
    phrase = phrase.replace(f", {year}", f" {year}")
    if year > 9999 or year < 1900:
        return Case("year", frame(rng, phrase), said, tz, True, None)
    when = date(year, month, day) - timedelta(days=1 if lead == "before" else 0)
    return Case("year", frame(rng, phrase), said, tz, True, end_of(when, tz))


def zero_negative_spans(rng: random.Random) -> Case:
    said, tz = reference(rng)
    unit = rng.choice(("days", "weeks", "months", "working days", "hours", "years"))
    negative = rng.random() < 0.6
    lead = rng.choice(("within", "in", "no later than", "by"))
    if negative:
        n = rng.randint(1, 20)
        count = rng.choice((f"-{n}", f"\u2212{n}", f"minus {n}", f"- {n}", f"negative {n}"))
        if lead in ("no later than", "by"):
            phrase = f"{lead} {count} {unit} from {rng.choice(('today', 'now'))}"
        else:
            phrase = f"{lead} {count} {unit}"
        return Case("zero-neg", frame(rng, phrase), said, tz, True, None)
    count = rng.choice(("0", "zero", "00"))
    phrase = f"{lead} {count} {unit}" + (" from today" if lead in ("no later than", "by") else "")
    # no time, or now: the day it was said (its end), or the very instant for hours
    also = (said, end_of(said.date(), tz))
    return Case("zero-neg", frame(rng, phrase), said, tz, True, None, also)


FAMILIES = (
    spans_from_dates,
    ordinals,
    numeric_dates,
    day_ranges,
    weekday_dates,
    far_years,
    zero_negative_spans,
)


def cases(n: int, seed: int = SEED) -> Iterator[Case]:
    rng = random.Random(seed)
    for i in range(n):
        yield FAMILIES[i % len(FAMILIES)](rng)


def judge(case: Case) -> str:
    """Whether a reading is "ok", a "miss" (no deadline where the oracle has one) or
    "wrong" (a deadline the oracle does not give, with no warning)."""
    got = interpret_deadline(case.text, case.said, case.tz, day_first=case.day_first)
    if not isinstance(got, Deadline):
        return "ok" if case.due is None else "miss"
    allowed = {d for d in (case.due, *case.also) if d is not None}
    return "ok" if got.due in allowed else "wrong"


def tally(found: Iterable[Case], verbose: bool = False) -> Counter[tuple[str, str]]:
    """(family, verdict) counts of generated cases; `verbose` prints each wrong reading."""
    out: Counter[tuple[str, str]] = Counter()
    for case in found:
        verdict = judge(case)
        out[(case.family, verdict)] += 1
        if verbose and verdict == "wrong":
            got = interpret_deadline(case.text, case.said, case.tz, day_first=case.day_first)
            print(f"WRONG {case.family}: {case.text!r} said {case.said:%a %Y-%m-%d} {case.tz}"
                  f" day_first={case.day_first} want {case.due} got {got}")  # fmt: skip
    return out


def count(n: int, seed: int = SEED, verbose: bool = False) -> Counter[tuple[str, str]]:
    return tally(cases(n, seed), verbose)


if __name__ == "__main__":
    total = int(next((a for a in sys.argv[1:] if a.isdigit()), "7000"))
    counts = count(total, verbose="-v" in sys.argv)
    families = sorted({f for f, _ in counts})
    for family in families:
        row = {v: counts[(family, v)] for v in ("ok", "miss", "wrong")}
        print(f"{family:10} ok {row['ok']:5} miss {row['miss']:5} wrong {row['wrong']:5}")
    wrong = sum(v for (f, k), v in counts.items() if k == "wrong")
    print(f"wrong without warning: {wrong} of {total}")
