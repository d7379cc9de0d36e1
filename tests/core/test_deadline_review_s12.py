"""Readings a review of rounds 9-10 found wrong: a deadline lost to an "unlikely" in
another clause or to a past verb that only asks for it, a bracket's only date blanked,
"a quarter" taken for a quarter of the year, a zone we cannot place read as ours, a zone
named by half its words, and habit words that were never looked at."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline

NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)  # a Wednesday


def read(text: str, said: datetime = NOW, tz: str = "UTC") -> Deadline | Refusal | None:
    return interpret_deadline(text, said, tz)


@pytest.mark.parametrize(
    "text",
    [
        "The project is unlikely to be delayed and will be finished before Friday.",
        "Unlikely as it may seem, we will finish before Friday.",
        "The bill is unlikely to face opposition, so it will pass before Friday.",
    ],
)
def test_unlikely_in_another_clause_keeps_the_deadline(text):
    got = read(text)
    # "before Friday": the end of Thursday (CONVENTIONS 3.5, stop 37)
    assert isinstance(got, Deadline) and got.due == datetime(2026, 12, 3, 23, 59, 59, tzinfo=UTC)


def test_unlikely_governing_the_phrase_still_gives_only_the_earliest_date():
    got = read(
        "It is unlikely that the work will be completed before 1950.",
        datetime(1946, 5, 1, tzinfo=UTC),
    )
    assert isinstance(got, Refusal) and got.kind == "earliest"


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Yesterday I asked the department to respond by 5 p.m. today.", 17),
        ("The committee voted to adjourn until 3pm today.", 15),
    ],
)
def test_a_past_verb_asking_for_something_today_leaves_it_ahead(text, hour):
    got = read(text)
    assert isinstance(got, Deadline) and got.due == datetime(2026, 12, 2, hour, tzinfo=UTC)


def test_a_part_of_today_told_in_the_past_is_still_refused():
    got = read("This morning, the Senate passed the bill.")
    assert isinstance(got, Refusal) and got.kind == "past"


def test_a_brackets_only_date_is_not_blanked_away():
    said = datetime(2013, 5, 8, 14, tzinfo=UTC)
    got = read(
        "They will land at 10:31 p.m. (8:31 a.m. Kazakh time, June 20).", said, "America/New_York"
    )
    # before: due that same night, the bracket's date gone; then refused naming the zone;
    # since stop 54 Kazakh time is placed (Asia/Almaty, UTC+6 in 2013) and the bracket's
    # date is read in it: 8:31 a.m. there on 20 June is 02:31 UTC
    assert isinstance(got, Deadline) and got.due == datetime(2013, 6, 20, 2, 31, tzinfo=UTC)
    assert "Kazakh" in got.matched


def test_a_bracket_restating_a_date_already_given_is_still_blanked():
    said = datetime(2013, 5, 8, 14, tzinfo=UTC)
    got = read(
        "They will land on May 13 at 10:31 p.m. (8:31 a.m. Kazakh time, May 14).",
        said,
        "America/New_York",
    )
    assert isinstance(got, Deadline) and got.due == datetime(2013, 5, 14, 2, 31, tzinfo=UTC)


def test_a_quarter_as_a_share_is_no_quarter_of_the_year():
    got = read("We will cut emissions by a quarter two years from now.")
    assert isinstance(got, Deadline) and got.matched == "two years from now", got
    assert got.due.date() == datetime(2028, 12, 2, tzinfo=UTC).date() and got.precision == "day", (
        got
    )
    quarter = read("in Quarter 1 of 2027")
    assert isinstance(quarter, Deadline) and quarter.due.month == 3


def test_a_times_own_zone_we_cannot_place_is_refused_not_read_as_ours():
    got = read("The launch at 0500 UTC is postponed until 1 October at 10:00 Guam standard time")
    assert isinstance(got, Refusal) and got.kind == "zone" and got.words == "Guam standard"


def test_the_refusal_names_the_whole_zone_read():
    got = read("by 17:00 Central European Daylight Time")
    assert isinstance(got, Refusal) and got.words == "Central European Daylight"


@pytest.mark.parametrize("word", ["routinely", "invariably", "normally"])
def test_every_habit_word_marks_a_recurring_standard(word):
    got = read(f"Payments {word} commence in June")
    assert isinstance(got, Refusal) and got.kind == "recurring"


@pytest.mark.parametrize("text", ["by Tuesday 5/3/2027", "on Tuesday, 2027-03-05"])
def test_a_weekday_that_does_not_fit_a_date_in_figures_is_refused(text):
    got = interpret_deadline(text, NOW, "Europe/London")
    assert isinstance(got, Refusal) and got.kind == "conflict" and "Friday" in got.reason


def test_a_weekday_that_fits_a_date_in_figures_is_read():
    got = interpret_deadline("by Friday 5/3/2027", NOW, "Europe/London")
    assert isinstance(got, Deadline) and got.due == datetime(2027, 3, 5, 23, 59, 59, tzinfo=UTC)
