"""Issue 12, stop 58, fixz58: silent misreadings found in the misses of fresh159-163. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test gives
another moment."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import check_set_case, due, due_in, read, refusal

# -- a span written with a hyphen and a plural unit: "60-days" is 60 days ----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The public will have 60-days in which to comment on these certifications.",
            "2027-01-31 23:59",
        ),
        ("Members have 3-weeks to reply.", "2026-12-23 23:59"),
    ],
)
def test_hyphenated_plural_span_is_a_term_from_now(text: str, want: str) -> None:
    # read as "the 60-day period" (a thing whose start no one dates): refused as an event
    assert due(text) == want


def test_hyphenated_adjective_span_still_names_a_thing() -> None:
    assert refusal("The public has a 60-day period in which to comment.") == "event"


def test_hyphenated_plural_span_set_case() -> None:
    check_set_case("blind_fresh163", "In accordance with Pub. L. 102-567")


# -- a duty beginning on a day with an adverb before it (CONVENTIONS 3.1a) --------------------


@pytest.mark.parametrize(
    "text",
    [
        "From 26 March 2027, airlines will once again need to use their slots 80% of the time.",
        "From 26 March 2027, airlines will again need to use their slots.",
        "From 26 March 2027, airlines will also have to use their slots.",
    ],
)
def test_duty_with_an_adverb_begins_on_the_day(text: str) -> None:
    # "once again" hid the duty: read as an activity merely open from the day (earliest)
    assert due(text) == "2027-03-26 23:59"


def test_offer_with_an_adverb_stays_a_start() -> None:
    assert (
        refusal("From 26 March 2027, airlines will again be able to use their slots.") == "earliest"
    )


def test_duty_with_an_adverb_set_case() -> None:
    check_set_case("blind_fresh159", "From 26 March 2023, airlines")


# -- "this year" after an aside in brackets that holds a participle ---------------------------


def test_aside_participle_is_no_past_verb_of_the_period() -> None:
    # "(commonly called SATs)" read as a past verb owning "in May this year": refused as past
    text = "Teachers are reminded of the tests (commonly called SATs) in May this year."
    said = datetime(2018, 4, 17, 9, 0, tzinfo=ZoneInfo("Europe/London"))
    assert due(text, said) == "2018-05-31 22:59"


def test_past_verb_outside_an_aside_still_owns_the_period() -> None:
    assert refusal("The tests (which we approved) were held this year.") == "past"


def test_aside_participle_set_case() -> None:
    check_set_case("blind_fresh161", "Primary school teachers are reminded")


# -- GOV.UK's "2023 to 2024": the financial year 2023-24 on a 31 March year end ---------------


def test_gov_uk_financial_year_ends_on_31_march() -> None:
    # read as the calendar years 2023 and 2024, due at the end of 2024
    text = "The budget will increase by £20.5 billion every year by 2027 to 2028."
    assert due(text) == "2028-03-31 22:59"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The budget will increase from 2027 to 2028.", "2028-12-31 23:59"),
        ("The programme will run between 2027 and 2028.", "2028-12-31 23:59"),
        ("The programme will run 2027 to 2029.", None),
    ],
)
def test_ranges_of_calendar_years_stay(text: str, want: str | None) -> None:
    if want is not None:
        assert due(text) == want
    else:
        assert "2029-03-31" not in str(read(text))


def test_gov_uk_year_is_calendar_years_elsewhere() -> None:
    said = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo("America/New_York"))
    got = due_in("The budget will increase by 2027 to 2028.", said.isoformat(), "America/New_York")
    assert got == "2029-01-01 04:59"


def test_gov_uk_financial_year_set_case() -> None:
    check_set_case("blind_fresh160", "The long-term plan is the biggest")


# -- the size of a delay from a date: the new time is the date moved on ----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Publication has only been delayed by a week from the original date of 15 December.",
            "2026-12-22 23:59",
        ),
        ("The publication will be delayed by two days from 15 December.", "2026-12-17 23:59"),
        ("The launch has been postponed by one month from 15 December.", "2027-01-15 23:59"),
    ],
)
def test_delay_from_a_date_moves_it_on(text: str, want: str) -> None:
    # the old date was read, the delay (a span skipped as the size of a delay) dropped
    assert due(text) == want


def test_delay_with_a_new_time_of_its_own_is_left_alone() -> None:
    assert due("The vote was delayed by a week from Monday to Friday.") == "2026-12-04 23:59"


def test_delay_from_a_date_set_case() -> None:
    check_set_case("blind_fresh159", "Despite the significant disruption")


# -- a list of dated days with their years: the latest counts (CONVENTIONS 6.1) --------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Meetings will be held on Wednesday, December 9, 2026 at 11 a.m., Thursday, "
            "December 10, 2026 at 2 p.m. and Friday, December 11, 2026 at 2:30 p.m.",
            "2026-12-11 14:30",
        ),
        (
            "Meetings will be held on Wednesday, December 9, 2026, Thursday, December 10, 2026 "
            "and Friday, December 11, 2026.",
            "2026-12-11 23:59",
        ),
    ],
)
def test_list_of_dated_days_falls_due_on_the_last(text: str, want: str) -> None:
    # only the first item had "on" in front: its named year beat the later items
    assert due(text) == want


def test_list_of_dated_days_set_case() -> None:
    check_set_case("blind_fresh161", "An Open Meeting will be held on Wednesday")


# -- a time fixed or arranged for a day ahead: the act of fixing is done, the day is ahead ----


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It was fixed for the 18th.", "2026-12-18 23:59"),
        ("The vote was fixed for 18 December.", "2026-12-18 23:59"),
        ("The vote was arranged for Tuesday.", "2026-12-08 23:59"),
    ],
)
def test_time_fixed_for_a_day_ahead(text: str, want: str) -> None:
    # refused as past: "was fixed" read as the act the day belongs to
    assert due(text) == want


def test_time_fixed_for_a_day_gone_is_past() -> None:
    assert refusal("The vote was fixed for 1 December.") == "past"


def test_time_fixed_set_case() -> None:
    check_set_case("blind_fresh160", "It was fixed for the 18th.")


# -- a range of lengths ("ranging from 30 to 90 minutes") is no time ahead --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Each of these agencies will make presentations, ranging from 30 to 90 minutes.",
        "Sentences varying from 2 to 5 years will be handed down.",
    ],
)
def test_range_of_lengths_is_no_deadline(text: str) -> None:
    # read as a time 90 minutes (or 5 years) from the moment of speaking
    assert not isinstance(read(text), Deadline)


def test_range_of_days_still_runs() -> None:
    assert due("The exhibition will run from 1 May to 30 June.") == "2027-06-30 22:59"


def test_range_of_lengths_set_case() -> None:
    check_set_case("blind_fresh162", "After the discussion, each of these agencies")


# -- "<time>, or as soon as possible thereafter": the later alternative (CONVENTIONS 6.2, 5.1) -


def test_or_as_soon_as_possible_after_is_the_vague_window() -> None:
    # the named day was read alone, the fallback dropped
    got = read("We will publish it on Friday, or as soon as possible thereafter.")
    assert isinstance(got, Deadline)
    assert got.vague
    assert got.due.strftime("%Y-%m-%d") == "2027-01-31"


def test_or_as_soon_as_possible_before_a_later_time_keeps_it() -> None:
    assert (
        due("We will publish it in June 2027 or as soon as possible thereafter.")
        == "2027-06-30 22:59"
    )


def test_or_as_soon_as_possible_set_case() -> None:
    check_set_case("blind_fresh160", "On the 18th, or as soon as possible thereafter.")


# -- a day with "the following week" as its fallback: that week's end (CONVENTIONS 6.2) -------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I hope it will be the 18th but, if not, then the following week.", "2026-12-27 23:59"),
        ("We will publish it on Friday or the week after.", "2026-12-13 23:59"),
    ],
)
def test_following_week_fallback_is_the_later(text: str, want: str) -> None:
    # the day was read alone; "the following week" had been seven days from now
    assert due(text) == want


def test_following_week_fallback_set_case() -> None:
    check_set_case("blind_fresh160", "I hope it will be the 18th")
