"""Issue 12, stop 43, hunter h43: four-digit clocks written with no "on" before the date
("by 1800, 1 February 2027") or after "<date> at" ("by 1 February 2027 at 1800") had been
dropped, the day's end read instead. Said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

import pytest

from tests.core.reading import due, read, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The report will be published by 1800, 1 February 2027.", "2027-02-01 18:00"),
        ("The report will be published by 1800 1 February 2027.", "2027-02-01 18:00"),
        ("The report will be published at 1800, 1 February.", "2027-02-01 18:00"),
        ("The report will be published until 1800, 1 February.", "2027-02-01 18:00"),
        ("Bids must arrive no later than 0930, Friday 4 June.", "2027-06-04 08:30"),
        ("Bids must arrive before 2359, 1/2/2027.", "2027-02-01 23:59"),
        # after "at" a year is no reading ("at 2030, 1 February"): the time
        ("The report will be published at 2030, 1 February.", "2027-02-01 20:30"),
    ],
)
def test_a_clock_before_a_date_without_on(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The report will be published by 1 February 2027 at 1800.", "2027-02-01 18:00"),
        ("The report will be published on 1 February at 1800.", "2027-02-01 18:00"),
        ("The report will be published by February 1, 2027, at 2030.", "2027-02-01 20:30"),
        ("Bids must arrive by Friday, 4 June at 0930.", "2027-06-04 08:30"),
        ("Bids must arrive by Friday at 1800.", "2026-12-04 18:00"),
        ("Bids must arrive by the 1st at 0900.", "2027-01-01 09:00"),
        ("Bids must arrive by 1/2/2027 at 0900.", "2027-02-01 09:00"),
    ],
)
def test_a_clock_after_a_date_and_at(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "matched", "year"),
    [
        # a four-digit year of 1900-2199 after "by", "until" or "before" stays a year:
        # the date after the comma is read over it, and the year is named as set aside
        ("The report will be published by 2030, 1 February.", "1 February", "2030"),
        ("The talks will last until 2045, 1 February.", "1 February", "2045"),
    ],
)
def test_a_year_before_a_date_stays_a_year(text: str, matched: str, year: str) -> None:
    got = read(text)
    assert got is not None
    assert getattr(got, "matched", getattr(got, "words", None)) == matched
    assert year in got.reason  # the year is named in the reason: not dropped silently


@pytest.mark.parametrize(
    "text",
    [
        # not a time of day: an amount on a day, or a four-digit number no clock
        "Prices will be capped at 1500, 1 February.",
        "The index will rise by 1200, 1 February.",
    ],
)
def test_amounts_before_a_date_are_no_clock(text: str) -> None:
    assert due(text) == "2027-02-01 23:59"


@pytest.mark.parametrize(
    "text",
    [
        # a count below zero written apart from its digits: the sign had been dropped and
        # the span read as ahead ("by minus 5 days from today": five days on)
        "We will act by minus 5 days from today.",
        "We will act no later than - 3 weeks from today.",
        "We will act by negative 3 weeks from now.",
        "We will act within minus 5 days.",
    ],
)
def test_a_negative_count_is_refused(text: str) -> None:
    assert refusal(text) == "number"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a margin keeps its reading; a dash aside after a noun is no sign
        ("The vote will be held within 10 days plus or minus 2 days.", "2026-12-12 23:59"),
        ("The vote - 5 days from today - is final.", "2026-12-07 23:59"),
    ],
)
def test_margins_and_asides_are_unchanged(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a day of the month before "the" opening the clause: "Wednesday" had been read
        # alone (the 16th dropped), or nothing at all
        ("By Wednesday the 16th the council will vote.", "2026-12-16 23:59"),
        ("By the 16th the council will vote.", "2026-12-16 23:59"),
        ("On the 16th the council will vote.", "2026-12-16 23:59"),
        # "of next month" with a clause after it: "the 10th" of this month had been read
        ("By the 10th of next month the council will vote.", "2027-01-10 23:59"),
        ("By the 10th of next month ministers will vote.", "2027-01-10 23:59"),
    ],
)
def test_a_day_of_the_month_before_the_clause(text: str, when: str) -> None:
    assert due(text) == when


def test_a_weekday_the_day_does_not_fit_is_refused() -> None:
    # the 21st is a Monday: "Tuesday" had been read alone, the 8th
    assert refusal("Until Tuesday the 21st the council will vote.") == "conflict"


@pytest.mark.parametrize(
    "text",
    ["This is the 3rd the company has closed.", "He came 3rd the year before."],
)
def test_an_ordinal_of_a_thing_stays_unread(text: str) -> None:
    assert read(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # "1 day of April 30" had been "the 1st day of April" in the year 2030 (the due is
        # in UTC: London is an hour ahead in summer time)
        ("We will act within 1 day of April 30.", "2027-05-01 22:59"),
        ("We will act by the 1st day of April.", "2027-04-01 22:59"),
        ("We will act by the first day of April 2027.", "2027-04-01 22:59"),
    ],
)
def test_a_span_of_one_day_from_a_date(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # "calendar days" had been no unit: the date alone was read, the 30 days dropped
        ("We will act within 30 calendar days of 3 March 2027.", "2027-04-02 22:59"),
        ("We will act within 10 calendar days.", "2026-12-12 23:59"),
        # hours from a day count from its end, as days do: the hours had been dropped
        ("We will act within 48 hours of 3 March.", "2027-03-05 23:59"),
        ("We will act 48 hours before 3 March.", "2027-03-01 23:59"),
        ("We will act within 36 hours of 3 March.", "2027-03-05 11:59"),
        # exact hours across the clocks going back on 31 October (it had been an hour late)
        ("We will act 72 hours after 29 October.", "2027-11-01 22:59"),
    ],
)
def test_calendar_days_and_hours_from_a_day(text: str, when: str) -> None:
    assert due(text) == when
