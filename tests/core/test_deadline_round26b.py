"""Issue 12, round 26b: readings found wrong by review (four digits after "be at" with a
date, a present-tense line after a leading clock time, a day in a clause after an
open-hours rule), each shown with sentences of our own making, then the sets' own cases.
Said on Wednesday 2 December 2026 at 10:00, London time (GMT)."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

# -- 1. four digits after a verb of a level, before a date: a number, not a clock time ------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The plane aims to be at 1800 on 5 March.", "2027-03-05 23:59"),
        ("The index should remain at 1900 on 1 June.", "2027-06-01 22:59"),
        ("Reserves are expected to stay at 1200 on 10 January.", "2027-01-10 23:59"),
    ],
)
def test_four_digits_of_a_level_read_no_clock_time(text: str, due: str) -> None:
    assert _due(text) == due  # the day alone, not the four digits as a clock time


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Submit the form at 1700 on 10 December.", "2026-12-10 17:00"),
        # a thing's own time, no level (review, s23)
        ("The meeting will be at 1500 on 10 December.", "2026-12-10 15:00"),
        ("The House will sit at 0930 on Friday 4 December.", "2026-12-04 09:30"),
    ],
)
def test_four_digits_after_at_before_a_date_stay_a_clock_time(text: str, due: str) -> None:
    assert _due(text) == due


# -- 2. a present-tense line after a leading clock time is not past ------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("5 p.m. The results we collected are published on the website.", "2026-12-02 17:00"),
        ("11:30 a.m. The new timetable is released to the press.", "2026-12-02 11:30"),
        ("6 p.m. The winners are announced in the main hall.", "2026-12-02 18:00"),
    ],
)
def test_a_present_passive_after_a_leading_time_keeps_the_time(text: str, due: str) -> None:
    assert _due(text) == due


def test_a_past_passive_after_a_leading_time_is_still_past() -> None:
    assert _refusal("5 p.m. The results were published on the website.") == "past"


# -- 3. an open-hours rule stops at its clause's end ---------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The office is open every day except Christmas, and on 2 January it moves to a"
            " new building.",
            "2027-01-02 23:59",
        ),
        (
            "The pool is open daily except Christmas Day, and on 8 January we close it for"
            " repairs.",
            "2027-01-08 23:59",
        ),
    ],
)
def test_a_day_in_a_clause_of_its_own_after_open_hours_keeps_its_day(text: str, due: str) -> None:
    assert _due(text) == due


def test_a_list_of_excepted_days_stays_recurring() -> None:
    text = "We are open every day except Christmas Day, and New Year's Day."
    assert _refusal(text) == "recurring"


# -- 4. a month naming an event that is the subject ----------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The September training will focus on safety.", "2027-09-30 22:59"),
        ("Our June workshops will cover the new rules.", "2027-06-30 22:59"),
    ],
)
def test_a_month_naming_an_event_falls_due_at_its_end(text: str, due: str) -> None:
    assert _due(text) == due


# -- 5. a change made "beginning <date>" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Fares will be raised by 5% beginning 1 March.", "2027-03-01 23:59"),
        ("Flows will be reduced to 8,000 cfs starting on 12 January.", "2027-01-12 23:59"),
    ],
)
def test_a_change_beginning_a_day_falls_due_that_day(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "The shuttle service will run beginning 1 March.",
        "Applications will be accepted starting 3 June.",
    ],
)
def test_an_activity_beginning_a_day_stays_a_start(text: str) -> None:
    assert _refusal(text) == "earliest"


# -- 6. a present schedule line names the day published -----------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The Prime Minister hosts a reception at 9 a.m. in Downing Street.", "2026-12-02 09:00"),
        ("Secretary Jones delivers remarks to the council at 8:30 a.m. GMT.", "2026-12-02 08:30"),
    ],
)
def test_a_present_schedule_line_keeps_the_day_published(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The Prime Minister will host a reception at 9 a.m.", "2026-12-03 09:00"),
        ("The Minister submits the report by 9 a.m.", "2026-12-03 09:00"),
        ("The Prime Minister hosts a reception at 11 a.m.", "2026-12-02 11:00"),
        ("Voting closes at 9 a.m.", "2026-12-03 09:00"),  # a limit, not a line (review, s23)
        # "The" is no name and "polls" no verb: not a line, the next 9 a.m. (stop 43)
        ("The polls close at 9 a.m.", "2026-12-03 09:00"),
        ("The polls close at 18:00 JST.", "2026-12-03 09:00"),
    ],
)
def test_a_future_line_or_a_limit_keeps_the_next_occurrence(text: str, due: str) -> None:
    assert _due(text) == due


# -- 7. "shortly after <time>" is that time ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The crew walkout is shortly after 4 p.m.", "2026-12-02 16:00"),
        (
            "Coverage starts at 1 p.m. Friday, with the launch just after 2:30 p.m.",
            "2026-12-04 14:30",
        ),
    ],
)
def test_a_time_shortly_after_is_that_time(text: str, due: str) -> None:
    assert _due(text) == due


def test_a_time_after_alone_stays_open() -> None:
    assert _refusal("Doors open after 4 p.m.") is None


# -- 8. an amount of money spread over a span ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The new fund dedicates $40 billion over five years to repair bridges.",
        "The Department contributed €1.22m over three years to the study.",
    ],
)
def test_money_spread_over_a_span_is_no_deadline(text: str) -> None:
    assert _refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will invest £3bn over the next four years in rail.", "2030-12-02 23:59"),
        ("The scheme will support projects over two years.", "2028-12-02 23:59"),
        # the amount is what an act to come will spend: the span is the act's (lead, stop 33)
        ("The council will invest £3bn over 4 years in its schools.", "2030-12-02 23:59"),
        ("Ministers pledged to spend $2 billion over three years.", "2029-12-02 23:59"),
        ("The council will invest a further £3bn over 4 years.", "2030-12-02 23:59"),
    ],
)
def test_a_span_from_now_or_of_an_act_stays_a_deadline(text: str, due: str) -> None:
    assert _due(text) == due


# -- the sets' own cases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh34", "The September training will focus"),
        ("blind_fresh34", "Garrison releases will be reduced"),
        ("blind_fresh32", "Rumsfeld delivers remarks"),
        ("blind_fresh34", "The Bipartisan Infrastructure Law dedicates"),
        ("blind_fresh34", "NASA TV coverage begins at 3:15 p.m. Sunday"),
        ("blind_fresh32", "Secretary Gates conducts a brief media"),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)
