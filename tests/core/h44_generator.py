"""Issue 12, stop 44, hunter h44: a seeded generator of two families the stop-43 generator
(h43_generator.py) did not cover, each read against an oracle of its own written with
datetime and zoneinfo only (working days counted here, Monday to Friday):

- spans counted from an anchored instant or day, every unit (minutes, hours, days, working,
  business and calendar days, weeks, months) and every anchor form: a date ("within 10
  working days of 3 March"), a weekday ("48 hours after Friday"), a clock time on a date or
  a weekday ("within 48 hours of 5pm on 3 March", "48 hours after 5pm on Friday"), and "the
  date of this notice" (the day said: the package's convention for "the date of this
  order", from blind labels);
- a day that only dates a saying, before or after the act's own day ("On Tuesday, officials
  said the road will reopen on Friday", "Speaking on Monday, ...", "X said on Tuesday that
  ...", "X on Tuesday said ..."), or with no day for the act at all (no deadline).

The figure that matters is the count of WRONG readings given with no warning: a deadline
whose due differs from the oracle's, or a deadline where the oracle wants none. A refusal
or None where the oracle has a date is a miss, counted apart.

Run `python -m tests.core.h44_generator` for the counts (`-v` for the wrong ones).
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tests.core.h43_generator import (
    NUMBER_WORDS,
    WEEKDAYS,
    ZONES,
    Case,
    add_months,
    add_working_days,
    end_of,
    tally,
    written_date,
)

SEED = 44
UNITS = (
    "minutes", "hours", "days", "working days", "business days", "calendar days", "weeks",
    "months",
)  # fmt: skip
CLOCKS = (("5pm", time(17)), ("9am", time(9)), ("noon", time(12)), ("11.30pm", time(23, 30)))
SUBJECTS = ("officials", "the minister", "the council", "a spokesman for the company")
ACTS = (
    "the road will reopen", "the report will be published", "the plant will close",
    "the council would vote on the plan",
)  # fmt: skip


def _said(rng: random.Random) -> tuple[datetime, str]:
    tz = rng.choice(ZONES)
    month, day = rng.choice((2, 3, 6, 10, 12)), rng.randint(1, 28)
    return datetime(2026, month, day, 10, 0, tzinfo=ZoneInfo(tz)), tz


def _weekday_ahead(today: date, name: str) -> tuple[date, ...]:
    """The days a bare weekday may name: the next one, or today and a week on."""
    ahead = (WEEKDAYS.index(name) - today.weekday()) % 7
    first = today + timedelta(days=ahead)
    return (first, first + timedelta(days=7)) if ahead == 0 else (first,)


def _count(rng: random.Random, n: int) -> str:
    return str(n) if n > 9 or rng.random() < 0.6 else NUMBER_WORDS[n]


def _moved_day(day: date, n: int, unit: str) -> date:
    if unit.startswith(("working", "business")):
        return add_working_days(day, n)
    if unit == "weeks":
        return day + timedelta(weeks=n)
    if unit == "months":
        return add_months(day, n)
    return day + timedelta(days=n)


def _dues(day: date, clock: time | None, n: int, unit: str, tz: str) -> set[datetime]:
    """Every due a careful reader may give for the span `n unit` counted from `day` (at
    `clock`, or from the day's end when none is given)."""
    zone = ZoneInfo(tz)
    if unit in ("minutes", "hours"):
        size = timedelta(minutes=n) if unit == "minutes" else timedelta(hours=n)
        start = end_of(day, tz) if clock is None else datetime.combine(day, clock, zone)
        # elapsed time (UTC arithmetic) or the wall clock: equal but across a clock change
        return {(start.astimezone(UTC) + size), (start + size).astimezone(UTC)}
    moved = _moved_day(day, n, unit)
    dues = {end_of(moved, tz).astimezone(UTC)}
    if clock is not None:  # "within 3 days of 5pm on 3 March": 6 March at 5pm, or its end
        dues.add(datetime.combine(moved, clock, zone).astimezone(UTC))
    return dues


def anchored_spans(rng: random.Random) -> Case:
    said, tz = _said(rng)
    today = said.date()
    unit = rng.choice(UNITS)
    n = {
        "minutes": rng.choice((15, 30, 45, 90)), "hours": rng.choice((2, 12, 24, 48, 72)),
        "months": rng.randint(1, 6),
    }.get(unit, rng.randint(1, 20))  # fmt: skip
    count = _count(rng, n)
    size = f"{count} {unit[:-1] if n == 1 else unit}"
    lead = rng.choice((f"within {size} of", f"{size} after", f"no later than {size} after"))
    form = rng.randrange(5)
    clock: tuple[str, time] | None = None
    if form in (0, 1):  # a date, or a clock time on a date
        day = today + timedelta(days=rng.randint(3, 200))
        days: tuple[date, ...] = (day,)
        anchor = written_date(rng, day, year=rng.random() < 0.4)
    elif form in (2, 3):  # a weekday, or a clock time on a weekday
        name = rng.choice(WEEKDAYS)
        days = _weekday_ahead(today, name)
        anchor = name
    else:  # the day the notice bears: the day it is read as said (the module's convention,
        # from blind labels: "within 90 days of the date of this order"), from the moment
        # said for minutes and hours
        phrase = f"{lead} the date of this {rng.choice(('notice', 'order', 'letter'))}"
        if unit in ("minutes", "hours"):
            size = timedelta(minutes=n) if unit == "minutes" else timedelta(hours=n)
            due = said.astimezone(UTC) + size
            return Case("anchored-span", _framed(rng, phrase), said, tz, True, due)
        due = end_of(_moved_day(today, n, unit), tz).astimezone(UTC)
        return Case("anchored-span", _framed(rng, phrase), said, tz, True, due)
    if form in (1, 3):
        clock = rng.choice(CLOCKS)
        anchor = f"{clock[0]} on {anchor}"
    phrase = f"{lead} {anchor}"
    dues = set().union(*(_dues(d, clock and clock[1], n, unit, tz) for d in days))
    first = min(dues)
    if first <= said:  # "within 30 minutes of 9am on <today>": gone already
        return Case("anchored-span", _framed(rng, phrase), said, tz, True, None, tuple(dues))
    return Case("anchored-span", _framed(rng, phrase), said, tz, True, first, tuple(dues - {first}))


def _framed(rng: random.Random, phrase: str) -> str:
    text = rng.choice(
        ("The minister will publish the report {}.", "We will deliver the new rules {}.")
    ).format(phrase)
    return text


def saying_days(rng: random.Random) -> Case:
    said, tz = _said(rng)
    today = said.date()
    back = rng.randint(0, 6)
    saying_day = today - timedelta(days=back)
    if rng.random() < 0.5:
        saying = WEEKDAYS[saying_day.weekday()]
    else:
        saying = written_date(rng, saying_day, year=False)
    who, act = rng.choice(SUBJECTS), rng.choice(ACTS)
    kind = rng.randrange(3)
    if kind == 0:  # the act's own weekday, one to six days ahead
        act_day = today + timedelta(days=rng.randint(1, 6))
        when = f"{rng.choice(('on', 'by'))} {WEEKDAYS[act_day.weekday()]}"
        due: datetime | None = end_of(act_day, tz).astimezone(UTC)
    elif kind == 1:  # the act's own date
        act_day = today + timedelta(days=rng.randint(2, 90))
        when = f"{rng.choice(('on', 'by'))} {written_date(rng, act_day, year=False)}"
        due = end_of(act_day, tz).astimezone(UTC)
    else:  # no day for the act: the saying's day is none of its
        when, due = "", None
    clause = f"{act} {when}".strip()
    form = rng.randrange(6)
    if form == 5 and when:  # the act first, the saying after it
        text = f"{clause}, {who} said on {saying}."
    elif form == 0:
        text = f"On {saying}, {who} said {clause}."
    elif form == 1:
        text = f"Speaking on {saying}, {who} said {clause}."
    elif form == 2:
        text = f"{who} said on {saying} that {clause}."
    elif form == 3:
        text = f"{who} on {saying} said {clause}."
    else:
        text = f"On {saying} {who} announced that {clause}."
    # the day of speaking with no day for the act: that day is read, as the package has
    # read "On <the day of speaking>, <someone> announced" since round 9, or none
    also = (end_of(today, tz).astimezone(UTC),) if back == 0 and due is None else ()
    return Case("saying-day", text[0].upper() + text[1:], said, tz, True, due, also)


FAMILIES = (anchored_spans, saying_days)


def cases(n: int, seed: int = SEED) -> Iterator[Case]:
    rng = random.Random(seed)
    for i in range(n):
        yield FAMILIES[i % len(FAMILIES)](rng)


def count(n: int, seed: int = SEED, verbose: bool = False) -> Counter[tuple[str, str]]:
    return tally(cases(n, seed), verbose)


if __name__ == "__main__":
    total = int(next((a for a in sys.argv[1:] if a.isdigit()), "2000"))
    seed = int(next((a[7:] for a in sys.argv[1:] if a.startswith("--seed=")), str(SEED)))
    counts = count(total, seed, verbose="-v" in sys.argv)
    for family in sorted({f for f, _ in counts}):
        row = {v: counts[(family, v)] for v in ("ok", "miss", "wrong")}
        print(f"{family:13} ok {row['ok']:5} miss {row['miss']:5} wrong {row['wrong']:5}")
    wrong = sum(v for (f, k), v in counts.items() if k == "wrong")
    print(f"wrong without warning: {wrong} of {total} (seed {seed})")
