"""Issue 12, stop 51, tuner a: two silent misreadings. Said on Wednesday 2 December 2026 at
10:00, London (tests/core/reading.py).

- A weekday chosen after a weekday and date that disagree ("from Friday 14 December until
  Tuesday", the 14th a Monday) was counted from today without a word; the end hangs on a
  start that is either of two days, so it is refused as a conflict naming the date, as the
  date alone would be. A weekday and date that agree, or a clash in an earlier sentence,
  leave the weekday's reading alone.
- A span after an opening on the new year's beginning ("When the new year begins, we will
  publish the plan within a week") was counted from today; it counts from 1 January
  (new_year.py). "In the new year" names a window, no start, and is left alone.
- An end weekday after a "from" date still to come ("closed from Friday 18 December until
  Monday") was this week's Monday, before the closure begins; it is the first such weekday
  after the date (after_start.py). A bare "from Monday" is left as it was.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Refusal
from tests.core.reading import due, due_in, read


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Voting runs from Friday 14 December until Tuesday.", "Friday 14 December"),
        ("Voting runs from Friday 14 December 2026 until Tuesday.", "Friday 14 December 2026"),
        (
            "The office is closed from Friday, 14th of December to Monday.",
            "Friday, 14th of December",
        ),
        (
            "Comments open on Friday 14 December and close at 5pm on Wednesday.",
            "Friday 14 December",
        ),
        ("The hearing starts on Tuesday, January 7 and ends Thursday.", "Tuesday, January 7"),
    ],
)
def test_a_weekday_after_a_clashing_weekday_and_date_is_refused(text: str, words: str) -> None:
    got = read(text)
    assert isinstance(got, Refusal) and got.kind == "conflict", got
    assert got.words.lower() == words.lower()


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the 14th of January 2027 is a Thursday: no clash, the weekday keeps its reading
        ("Our reply came on Thursday 14 January. We will decide by Tuesday.", "2026-12-08 23:59"),
        ("The council met on Friday 14 December; it will decide by Tuesday.", "2026-12-08 23:59"),
    ],
)
def test_a_weekday_without_a_clash_before_it_keeps_its_reading(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("When the new year begins, we will publish the plan within a week.", "2027-01-08 23:59"),
        ("Once the new year starts, the council will decide within two weeks.", "2027-01-15 23:59"),
        (
            "At the start of the new year, we will publish the plan within a month.",
            "2027-02-01 23:59",
        ),
        (
            "The report was late. When the New Year begins, we will publish it within 10 days.",
            "2027-01-11 23:59",
        ),
    ],
)
def test_a_span_after_an_opening_on_the_new_year_counts_from_1_january(
    text: str, when: str
) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # "in the new year" names a window, no start; a span in a later sentence is its own
        ("In the new year, we will publish the plan within a week.", "2026-12-09 23:59"),
        (
            "When the new year begins, we will meet. We will publish it within a week.",
            "2026-12-09 23:59",
        ),
        ("When the new year begins, we will publish the plan by 31 March.", "2027-03-31 22:59"),
    ],
)
def test_a_span_not_opened_on_the_new_year_keeps_its_reading(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The road will be closed from Friday 18 December until Monday.", "2026-12-21 23:59"),
        ("The road will be closed from 18 December until Monday.", "2026-12-21 23:59"),
        ("The office is shut from 5 January 2027 until Friday.", "2027-01-08 23:59"),
    ],
)
def test_an_end_weekday_after_a_from_date_to_come_counts_from_it(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a bare weekday after "from" is left to after_start as before (read as main reads it),
        # and a year-less date long ahead has gone by: the end weekday is this week's
        ("The road is closed from Monday until Friday.", "2026-12-11 23:59"),
        ("The road has been closed from 1 November until Monday.", "2026-12-07 23:59"),
    ],
)
def test_an_end_weekday_after_a_from_weekday_or_gone_date_keeps_its_reading(
    text: str, when: str
) -> None:
    assert due(text) == when


# The final review of stop 51: a "from" date whose year is written is no year-less date
# that may have gone by; it was set aside when more than 180 days ahead, and the end read
# from today, before the start ("until Friday" due on 4 December 2026).
@pytest.mark.parametrize(
    "text",
    [
        "The consultation runs from 14 December 2027 until Friday.",
        "The consultation runs from 14/12/2027 until Friday.",
    ],
)
def test_an_end_weekday_after_a_from_date_with_its_year_counts_from_it(text: str) -> None:
    assert due(text) == "2027-12-17 23:59"


# The final review of stop 51: a weekday beside a day of the month alone clashes as one
# beside a date does ("from Friday the 14th until Tuesday", the 14th a Monday); the start
# could not be placed, and the Tuesday was read from today (8 December) without a word.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Voting runs from Friday the 14th until Tuesday.", "Friday the 14th"),
        ("The office is closed from Friday 14th until Monday.", "Friday 14th"),
    ],
)
def test_a_weekday_after_a_clashing_weekday_and_day_of_month_is_refused(
    text: str, words: str
) -> None:
    got = read(text)
    assert isinstance(got, Refusal) and got.kind == "conflict", got
    assert got.words.lower() == words.lower()


def test_a_weekday_after_a_fitting_weekday_and_day_of_month_counts_from_it() -> None:
    assert due("Voting runs from Monday the 14th until Tuesday.") == "2026-12-15 23:59"


def test_a_weekday_that_fits_the_day_of_month_a_month_back_is_left_alone() -> None:
    # 27 November 2026 was a Friday: told of the past, the weekday after keeps its reading
    text = "The meeting on Friday the 27th went well, and we will report by Tuesday."
    assert due(text) == "2026-12-08 23:59"


# The final review of stop 51: "through" ends a run as "until" and "to" do; after a "from"
# date to come, "through Friday" was read from today (4 December), before the start.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The consultation runs from 14 December through Friday.", "2026-12-18 23:59"),
        ("The road will be closed from Friday 18 December through Monday.", "2026-12-21 23:59"),
        ("Work starts Monday and runs through Friday.", "2026-12-11 23:59"),
    ],
)
def test_an_end_weekday_after_through_counts_from_the_start(text: str, when: str) -> None:
    assert due(text) == when


# Said in January the new year has begun: "When the new year begins, ... within a week" counts
# from the moment of speaking, not from the next 1 January a year on (the final review of stop
# 51: said on 2 January 2027 it was due on 8 January 2028). Said on 31 December it counts from
# the next day, 1 January.
@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("2027-01-02T10:00:00+00:00", "2027-01-09 23:59"),
        ("2027-01-20T10:00:00+00:00", "2027-01-27 23:59"),
        ("2026-12-31T10:00:00+00:00", "2027-01-08 23:59"),
    ],
)
def test_the_new_year_said_in_january_has_begun(said: str, when: str) -> None:
    text = "When the new year begins, we will publish the plan within a week."
    assert due_in(text, said, "Europe/London") == when
