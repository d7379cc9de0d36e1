"""Phrases of the fast path's grammar (bot/core/deadlines/bare.py) and near misses of them,
drawn from a `random.Random`: the hypothesis test drives it with hypothesis's own random
(tests/core/test_deadline_bare.py), bench/bare_identity.py with a seeded one."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

ZONES = (
    "UTC",
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Tokyo",
    "America/Los_Angeles",
    "Pacific/Auckland",
    "Asia/Kolkata",
)
_LEADS = (
    "",
    "",
    "by ",
    "on ",
    "until ",
    "till ",
    "within ",
    "in ",
    "over ",
    "during ",
    "no later than ",
    "on or before ",
    "not later than ",
    "before ",
)
_NUMS = ("a", "an", "one", "two", "three", "five", "ten", "twelve", "fifteen", "twenty")
_NUMS += ("thirty", "ninety", "twenty-one", "1", "2", "3", "7", "10", "14", "30", "48", "365")
_COUNTS = ("a couple of", "a few", "several", "two to three", "half a", "a matter of")
_COUNTS += ("one or two", "3 to 5", "0", "-5")
_UNITS = ("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month")
_UNITS += ("months", "year", "years", "fortnight", "business days", "working days")
_AFTER_SPAN = ("", "", "'s time", " from now", " and a half", " or two", " time")
_MONTHS = ("January", "Feb", "March", "april", "May", "June", "Jul", "August", "Sept")
_MONTHS += ("Sept.", "October", "Nov", "December", "dec")
_WEEKDAYS = ("Monday", "tuesday", "Wednesday", "Thursday", "friday", "Saturday", "Sunday")
_WEEKDAYS += ("Wed", "fri", "Thurs", "sun")
_PERIODS = ("week", "month", "quarter", "year", "weekend")
_PARTS = ("early", "mid", "late", "mid-", "the end of", "end of", "the start of")
_PARTS += ("the beginning of", "the middle of")
_NAMED = ("next year", "this year", "this month", "next week", "the summer", "this winter")
_NAMED += ("Q2", "Q4", "the third quarter", "next spring", "the autumn", "the decade")
_ONES = ("later this week", "later this month", "later this year", "year-end")
_ONES += ("the first half of next year", "the second half of this year", "today", "tonight")
_ONES += ("tomorrow", "the days ahead", "the weeks ahead", "days", "weeks", "months")
_ONES += ("the near future", "the hour", "the week", "the 20th", "the 1st", "a day or two")
_ONES += ("the first of October", "the second half of 2026", "the end of the decade")
_VAGUE = ("soon", "shortly", "in due course", "in the near future", "as soon as possible")
_VAGUE += ("immediately", "right away", "without delay")
_COMING = ("the coming", "the next few", "the next couple of", "coming")
_WEEKDAY_REL = ("", "", "next ", "this ", "this coming ", "the coming ", "coming ")
_SPAN_LEADS = ("within ", "in ", "within the next ", "in the next ", "")
_YEARS = (2019, 2024, 2025, 2026, 2027, 2030, 2099)
_ENDS = (".", ". ", "  ", "!", "?", ",", "...", ";")
_MORE = (" at 5pm", " 17:00 UTC", " EST", " at noon", " morning", " of the election")
_MORE += (" or so", " ago", " last", " week", " 2027", " (GMT)", " next year")
_HEADS = ("not ", "after ", "from ", "every ", "since ", "We will do it ", "It was done ")
_HEADS += ("They said ", "I promise ", "last ")
_INSERTS = ("the", "very", "2", "and", "early", "next", "of")


def form(rng: random.Random) -> str:
    """One phrase of the grammar (some, such as "before ...", that it refuses on purpose)."""
    year = str(rng.choice(_YEARS))
    day = str(rng.randint(0, 32)) + rng.choice(("", "", "st", "th"))
    month = rng.choice(_MONTHS)
    lead = rng.choice(_LEADS)
    pick = rng.randrange(12)
    if pick == 0:
        count = rng.choice(_NUMS) if rng.random() < 0.7 else rng.choice(_COUNTS)
        after = rng.choice(_AFTER_SPAN)
        return f"{rng.choice(_SPAN_LEADS)}{count} {rng.choice(_UNITS)}{after}"
    if pick == 1:
        return f"{lead}the end of {rng.choice(('this', 'next', 'the'))} {rng.choice(_PERIODS)}"
    if pick == 2:
        named = rng.choice((month, year, f"{month} {year}", rng.choice(_NAMED), f"Q3 {year}"))
        return f"{lead}{rng.choice(_PARTS)} {named}"
    if pick == 3:
        return f"{lead}{rng.choice(_COMING)} {rng.choice(('days', 'weeks', 'months', 'years'))}"
    if pick == 4:
        return rng.choice(_VAGUE)
    if pick == 5:
        year_part = rng.choice(("", f" {year}", f", {year}"))
        return f"{lead}{rng.choice(('', 'the '))}{day} {rng.choice(('', 'of '))}{month}{year_part}"
    if pick == 6:
        return f"{lead}{month} {day}{rng.choice(('', f' {year}', f', {year}'))}"
    if pick == 7:
        numeric = (
            f"{year}-{rng.randint(0, 13):02d}-{rng.randint(0, 32):02d}",
            f"{rng.randint(1, 13)}/{rng.randint(1, 31)}/{year}",
        )
        return f"{lead}{rng.choice(numeric)}"
    if pick == 8:
        week = rng.choice(("", "", " week"))
        return f"{lead}{rng.choice(_WEEKDAY_REL)}{rng.choice(_WEEKDAYS)}{week}"
    if pick == 9:
        return f"{lead}{rng.choice((month, year, f'{month} {year}', rng.choice(_NAMED)))}"
    if pick == 10:
        return f"{lead}{rng.choice(('next', 'this', 'the'))} {rng.choice(_PERIODS)}"
    return f"{lead}{rng.choice(_ONES)}"


def variant(phrase: str, rng: random.Random) -> str:
    """The phrase as typed, or a near miss the fast path must leave to the full one."""
    roll = rng.random()
    if roll < 0.4:
        return phrase
    if roll < 0.5:
        return phrase.upper() if rng.random() < 0.5 else phrase.capitalize()
    if roll < 0.6:
        return phrase + rng.choice(_ENDS)
    if roll < 0.75:
        return rng.choice(_HEADS) + phrase
    if roll < 0.9:
        return phrase + rng.choice(_MORE)
    words = phrase.split()
    at = rng.randrange(len(words) + 1)
    return " ".join([*words[:at], rng.choice(_INSERTS), *words[at:]])


def said(rng: random.Random) -> tuple[datetime, str, bool]:
    """A reference between 2019 and 2030, a zone, and the day_first flag."""
    start = datetime(2019, 1, 1, tzinfo=UTC)
    when = start + timedelta(minutes=rng.randrange(12 * 366 * 24 * 60))
    return when, rng.choice(ZONES), rng.random() < 0.7


def generated(count: int, seed: int = 12) -> list[tuple[str, datetime, str, bool]]:
    rng = random.Random(seed)
    return [(variant(form(rng), rng), *said(rng)) for _ in range(count)]
