"""Deadline words -> due moments: the labelled table, the said-on reader, and properties.

The table (tests/deadline_cases.py) pins the product's conventions case by case; the
property tests guard the promise that user text can never crash the bot or produce a
deadline in the past.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.deadlines import (
    DEADLINE_EXAMPLES,
    HOLIDAYS,
    Deadline,
    parse_deadline,
    parse_said_on,
)
from tests.core.deadline_cases import CASES, REFERENCE, Case

REF = datetime.fromisoformat(REFERENCE).replace(tzinfo=UTC)
ZONES = (
    "UTC",
    "Pacific/Auckland",
    "America/Los_Angeles",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Australia/Sydney",
)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# -- the labelled table ---------------------------------------------------------------------


def test_table_is_big_enough_to_mean_something() -> None:
    assert len(CASES) >= 80
    assert sum(c.due is None for c in CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_table(case: Case) -> None:
    got = parse_deadline(case.text, case.reference, case.tz, day_first=case.day_first)
    if case.due is None:
        assert got is None
        return
    assert got is not None
    assert (got.due, got.precision, got.vague) == (case.expected_due, case.precision, case.vague)
    assert got.due.tzinfo is UTC
    assert got.matched and got.matched.lower() in case.text.lower()
    if got.earliest is not None:
        assert case.reference <= got.earliest <= got.due
    if got.vague:
        assert got.earliest is not None


# -- details the table does not show ---------------------------------------------------------


def test_finds_the_phrase_inside_a_sentence() -> None:
    got = parse_deadline("the meeting could happen within two weeks", REF)
    assert got is not None and got.matched == "within two weeks"


def test_matched_keeps_the_original_spelling() -> None:
    got = parse_deadline("We'll publish it By The End Of September.", REF)
    assert got is not None and got.matched == "By The End Of September"


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        ("in the coming days", REFERENCE),  # vague windows open at the reference
        ("soon", REFERENCE),
        ("two to three weeks", "2025-09-01 00:00:00"),
        ("Q1 2026", "2026-01-01 00:00:00"),
        ("in October", "2025-10-01 00:00:00"),
        ("mid-September", "2025-09-11 00:00:00"),
        ("early 2026", "2026-01-01 00:00:00"),
        ("Q3", REFERENCE),  # the window began before the pledge: clamp to the reference
        ("over the weekend", "2025-08-23 00:00:00"),
        ("tomorrow morning", "2025-08-19 06:00:00"),
    ],
)
def test_earliest_marks_the_start_of_a_window(text: str, earliest: str) -> None:
    got = parse_deadline(text, REF)
    assert got is not None and got.earliest == utc(earliest)


@pytest.mark.parametrize("text", ["within two weeks", "by Friday", "in 48 hours", "Christmas"])
def test_point_deadlines_have_no_window(text: str) -> None:
    got = parse_deadline(text, REF)
    assert got is not None and got.earliest is None


def test_leading_filler_words_do_not_change_the_meaning() -> None:
    plain = parse_deadline("Friday", REF)
    assert plain is not None
    fillers = ("by", "no later than", "until", "within", "on", "BY", "by no later than")
    for filler in fillers:
        got = parse_deadline(f"{filler} Friday", REF)
        assert got is not None and got.due == plain.due, filler
    # "before Friday" is done by the end of Thursday (CONVENTIONS 3.5, stop 37)
    got = parse_deadline("before Friday", REF)
    assert got is not None and got.due == plain.due - timedelta(days=1)


def test_zone_may_be_a_zoneinfo() -> None:
    by_name = parse_deadline("tomorrow", REF, "Pacific/Auckland")
    by_zone = parse_deadline("tomorrow", REF, ZoneInfo("Pacific/Auckland"))
    assert by_name == by_zone


def test_reference_in_another_zone_means_the_same_instant() -> None:
    local_ref = REF.astimezone(ZoneInfo("Asia/Tokyo"))
    assert parse_deadline("in 48 hours", local_ref) == parse_deadline("in 48 hours", REF)


def test_unknown_zone_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="time zone"):
        parse_deadline("tomorrow", REF, "Mars/Olympus_Mons")


def test_naive_reference_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="aware"):
        parse_deadline("tomorrow", datetime(2025, 8, 18, 10))  # noqa: DTZ001 - on purpose


def test_month_first_only_decides_truly_ambiguous_dates() -> None:
    for text in ("15/09/2025", "09/15/2025"):
        got = parse_deadline(text, REF, day_first=False)
        assert got is not None and got.due == utc("2025-09-15 23:59:59")


def test_deadline_is_frozen() -> None:
    got = parse_deadline("by Friday", REF)
    assert isinstance(got, Deadline)
    with pytest.raises(AttributeError):
        got.due = REF  # type: ignore[misc]


def test_examples_shown_to_members_all_parse() -> None:
    assert 4 <= len(DEADLINE_EXAMPLES) <= 8
    for example in DEADLINE_EXAMPLES:
        assert parse_deadline(example, REF) is not None, example


def test_every_holiday_rule_gives_a_date_for_a_century() -> None:
    for holiday in HOLIDAYS:
        for year in range(2000, 2101):
            assert isinstance(holiday.on(year), date)


def test_past_dates_are_no_deadline() -> None:
    assert parse_deadline("1 August 2025", REF) is None
    assert parse_deadline("2025-08-17", REF) is not None  # within a day: a late entry


@pytest.mark.parametrize(
    "reference",
    [datetime(9999, 12, 31, 23, 59, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC)],
    ids=["datetime-max", "datetime-min"],
)
@pytest.mark.parametrize("tz", ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"])
def test_references_at_the_edge_of_time_do_not_raise(reference: datetime, tz: str) -> None:
    for case in CASES:
        _check(parse_deadline(case.text, reference, tz), reference)
        parse_said_on(case.text, reference, tz)


# -- parse_said_on --------------------------------------------------------------------------

NOW = utc("2025-08-20 15:30:00")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", "2025-08-20 12:00:00"),
        ("yesterday", "2025-08-19 12:00:00"),
        ("2 days ago", "2025-08-18 12:00:00"),
        ("two days ago", "2025-08-18 12:00:00"),
        ("a week ago", "2025-08-13 12:00:00"),
        ("3 hours ago", "2025-08-20 12:30:00"),
        ("last Monday", "2025-08-18 12:00:00"),
        ("last Wednesday", "2025-08-13 12:00:00"),
        ("on Monday", "2025-08-18 12:00:00"),
        ("18 August 2025", "2025-08-18 12:00:00"),
        ("Aug 18", "2025-08-18 12:00:00"),
        ("2025-08-18", "2025-08-18 12:00:00"),
        ("18/08/2025", "2025-08-18 12:00:00"),
        ("Aug 25", "2024-08-25 12:00:00"),  # no year: the latest one not in the future
        ("Christmas", "2024-12-25 12:00:00"),
        ("29 February", "2024-02-29 12:00:00"),
        ("yesterday at 3pm", "2025-08-19 15:00:00"),
        ("18 August 2025 at 17:45", "2025-08-18 17:45:00"),
        ("2025-08-18T09:15:00+02:00", "2025-08-18 07:15:00"),
        ("It was said on 18 August 2025 in Berlin", "2025-08-18 12:00:00"),
    ],
)
def test_said_on(text: str, expected: str) -> None:
    assert parse_said_on(text, NOW) == utc(expected)


def test_said_on_uses_noon_of_the_local_day() -> None:
    # 15:30 UTC is already Thursday 01:30 in Auckland, so "today" is the 21st there.
    assert parse_said_on("today", NOW, "Pacific/Auckland") == utc("2025-08-21 00:00:00")
    assert parse_said_on("yesterday", NOW, "America/Los_Angeles") == utc("2025-08-19 19:00:00")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "whenever",
        "in two weeks",
        "tomorrow",
        "2030-01-01",
        "30 February 2024",
        "the coming days",
        "next Friday",
        "September 2025",
    ],
)
def test_said_on_refuses_the_unreadable_and_the_future(text: str) -> None:
    assert parse_said_on(text, NOW) is None


def test_said_on_accepts_up_to_a_day_ahead() -> None:
    # Members in a zone ahead of the server's may type tomorrow's date for today.
    assert parse_said_on("2025-08-21", NOW) == utc("2025-08-21 12:00:00")
    assert parse_said_on("2025-08-22", NOW) is None


# -- properties -----------------------------------------------------------------------------

_VOCABULARY = sorted(
    {word for case in CASES for word in case.text.split()}
    | {
        "ago",
        "last",
        "after",
        "before",
        "of",
        "the",
        "at",
        "on",
        "by",
        "5pm",
        "noon",
        "31/02",
        "2-3",
        "1.5",
        "q5",
        "h3",
        "99999",
        "0",
        "12:75",
        "24:00",
        "-",
        ",",
        "'",
    }
)
_datetimes = st.datetimes(
    min_value=datetime(1950, 1, 1),  # noqa: DTZ001 - hypothesis adds the zone
    max_value=datetime(2150, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)


def _check(got: Deadline | None, reference: datetime) -> None:
    if got is None:
        return
    assert got.due.tzinfo is not None and got.due.utcoffset() == timedelta(0)
    assert got.due >= reference - timedelta(days=1)
    assert got.earliest is None or got.earliest <= got.due
    assert got.precision in ("minute", "hour", "day", "week", "month", "quarter", "year")


@settings(max_examples=400, deadline=None)
@given(text=st.text(max_size=120), reference=_datetimes, tz=st.sampled_from(ZONES))
def test_arbitrary_text_never_raises(text: str, reference: datetime, tz: str) -> None:
    _check(parse_deadline(text, reference, tz), reference)
    said = parse_said_on(text, reference, tz)
    assert said is None or (said.tzinfo is not None and said <= reference + timedelta(days=1))


@settings(max_examples=600, deadline=None)
@given(
    words=st.lists(st.sampled_from(_VOCABULARY), max_size=8),
    reference=_datetimes,
    tz=st.sampled_from(ZONES),
    day_first=st.booleans(),
)
def test_deadline_like_text_never_raises(
    words: list[str], reference: datetime, tz: str, day_first: bool
) -> None:
    # Random text rarely looks like a deadline; shuffled deadline words reach the rules.
    text = " ".join(words)
    _check(parse_deadline(text, reference, tz, day_first=day_first), reference)
    said = parse_said_on(text, reference, tz, day_first=day_first)
    assert said is None or said <= reference + timedelta(days=1)
