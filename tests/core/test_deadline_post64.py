"""Issue 12, stop 64, post12 (f1): silent misreadings found in the misses of fresh189-193.
Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test
gives another moment."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import check_set_case, due, read, refusal

# -- "Before announcing the business for next week, may I say that ... propose tomorrow" ----


@pytest.mark.parametrize(
    "text",
    [
        "Before announcing the business for next week, may I say that the Government regret "
        "the delay.",
        "Before announcing the business for next week, may I say that we are grateful to "
        "the Opposition.",
    ],
)
def test_business_named_before_a_saying_that(text: str) -> None:
    # the "that" of the saying after a comma does not state the business: next week had
    # been dated as if it were undertaken
    assert read(text) is None


def test_business_stated_past_a_comma_still_dated() -> None:
    text = "The business for next week, I can tell the House, will be the Finance Bill."
    assert due(text) == "2026-12-13 23:59"


def test_business_stated_by_that_still_dated() -> None:
    # "tomorrow's business that the House shall sit": the business is the act (unchanged)
    got = due("In regard to next Tuesday's business that the House shall sit at 10 a.m.")
    assert got == "2026-12-08 10:00"


def test_plan_told_after_a_participle_keeps_its_day() -> None:
    # "the business already announced" is no past clause for the plan's "tomorrow"
    text = (
        "May I say that in addition to the business already announced the Government "
        "propose tomorrow to take the Bill."
    )
    assert due(text) == "2026-12-03 23:59"


def test_past_clause_still_past() -> None:
    assert refusal("The matters discussed were settled this morning.") == "past"


def test_business_set_case() -> None:
    check_set_case("blind_fresh190", "Before announcing to the House the business")


# -- "for the 2020/2021 season (1 July 2020 – 30 June 2021)": the season's days ------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On Friday 11 December, bookings open for the 2026/2027 season "
            "(1 January 2027 – 31 December 2027).",
            "2026-12-11 23:59",
        ),
        (
            "Applications open on 7 December for the 2027 funding period "
            "(1 April 2027 to 31 March 2028).",
            "2026-12-07 23:59",
        ),
    ],
)
def test_bracket_spelling_out_a_period_is_no_deadline(text: str, want: str) -> None:
    # the later end of the bracket's range had won over the act's own day: a year late
    assert due(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Grants must be spent by the end of the funding period (1 April 2027 – 31 March 2028).",
            "2028-03-31 22:59",
        ),
        (
            "Reports are due by the end of the next reporting period (28 January 2027).",
            "2027-01-28 23:59",
        ),
    ],
)
def test_bracket_of_a_period_bounding_an_act_is_dated(text: str, want: str) -> None:
    # a period an act is bounded by, or one day restating its end, keeps its date
    assert due(text) == want


def test_season_bracket_set_case() -> None:
    check_set_case("blind_fresh190", "On Thursday 25 June, bookings open")


# -- "over coming months and years": of two units joined, the later -------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We will paint the picture over coming months and years.", "2029-12-02 23:59"),
        ("We will do it over the coming weeks and months.", "2027-03-02 23:59"),
        ("We will build it in the next few months and years.", "2029-12-02 23:59"),
    ],
)
def test_two_vague_units_joined_the_later_counts(text: str, want: str) -> None:
    # the first unit alone had been read: three months, not three years, with no warning
    assert due(text) == want


def test_one_vague_unit_unchanged() -> None:
    assert due("We will act in the coming weeks.") == "2026-12-30 23:59"


def test_vague_units_set_case() -> None:
    check_set_case("blind_fresh190", "But they are just the first brushstrokes")


# -- "from 1 June at the earliest": a lower bound, whatever the verb ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Shops to begin to prepare to reopen from 15 December at the earliest, with "
        "distancing in place.",
        "The centre will open from 4 January at the earliest.",
    ],
)
def test_start_at_the_earliest_is_no_deadline(text: str) -> None:
    # an opening read as a change taking effect had made the start a deadline
    assert refusal(text) == "earliest"


def test_start_without_at_the_earliest_still_dated() -> None:
    assert due("The centre will open from 4 January.") == "2027-01-04 23:59"


def test_earliest_opportunity_still_vague() -> None:
    got = read("We will act at the earliest opportunity.")
    assert isinstance(got, Deadline) and got.vague


def test_at_the_earliest_set_case() -> None:
    check_set_case("blind_fresh191", "Schools, colleges and nurseries to begin")


# -- "Earlier Wednesday, ... said": a day of the news already gone --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Earlier Wednesday, Russian media quoted the envoy saying Russia will not support "
        "the draft.",
        "Earlier on Monday, the minister said the talks will not resume.",
    ],
)
def test_earlier_weekday_is_past(text: str) -> None:
    # had been read as the next such weekday (a week ahead, or today) with no warning; the
    # set labels this "past", which the bench scores as no deadline (a "past" phrase read
    # alone gives no refusal of its own, as "Last Monday, ..." does not)
    assert read(text) is None


def test_earlier_weekday_keeps_a_time_ahead() -> None:
    assert due("Earlier Monday, the minister said the talks will resume on Friday.") == (
        "2026-12-04 23:59"
    )


def test_earlier_than_a_weekday_unchanged() -> None:
    assert due("We will meet on Monday, earlier than planned.") == "2026-12-07 23:59"
