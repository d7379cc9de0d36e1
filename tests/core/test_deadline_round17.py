"""Issue 12, round 17: general kinds of the twenty-fourth fresh set's first-run misses, each
shown with sentences of our own making. Said on Wednesday 2 December 2026 at 10:00, London
time."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due as _due
from tests.core.reading import read as _read
from tests.core.reading import refusal as _refusal

# -- 1. a day with clock times for several sittings: the latest time on that day ----------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a part of the day naming a sitting ("morning hour") is no time of its own
        (
            "On Friday, the council will sit at 9 a.m. for morning hour and 11 a.m. for debates.",
            "2026-12-04 11:00",
        ),
        (
            "On Friday, the board meets at 8 a.m. for morning-session items and 10 a.m. for votes.",
            "2026-12-04 10:00",
        ),
        # a day after an address, or after "that", opens its clause as at the text's start
        (
            "Madam Chair, on Monday, the committee will meet at noon for evening business "
            "and 3 p.m. for amendments.",
            "2026-12-07 15:00",
        ),
        (
            "I can tell members that on Thursday, the House will meet at 10 a.m., with "
            "votes expected at about 1 p.m.",
            "2026-12-03 13:00",
        ),
        # two days given in turn: the later one, at the latest time
        ("On Monday and Tuesday, the panel will sit at 9 a.m. and 2 p.m.", "2026-12-08 14:00"),
    ],
)
def test_a_day_of_several_sittings_falls_due_at_its_latest_time(text: str, due: str) -> None:
    assert _due(text) == due


def test_an_hour_of_business_this_morning_is_this_morning() -> None:
    # "an hour of morning business": the part of the day names the business, and the
    # length of the sitting is not added to the morning
    assert _due("This morning there will be an hour of morning business for members.") == (
        "2026-12-02 12:00"
    )


# -- 2. a time in a relative clause about another act -------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The council will debate several motions next week, a full list of which will be "
            "published by noon today.",
            "2026-12-13 23:59",
        ),
        (
            "We will open the new clinic next month, the details of which will be set out by "
            "Friday.",
            "2027-01-31 23:59",
        ),
    ],
)
def test_a_time_in_a_clause_about_another_act_gives_way(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "The council will hold the vote early in the new year, which is to be on 9 January.",
        "The council will hold the vote early in the new year, which will be on 9 January.",
    ],
)
def test_a_relative_clause_giving_the_main_clause_its_date_keeps_it(text: str) -> None:
    # ", which is to be / will be <date>" dates what the main clause names; no other act
    assert _due(text) == "2027-01-09 23:59"


def test_a_relative_clause_with_the_only_time_keeps_it() -> None:
    assert _due("The report, which will be published by Friday, sets out the plan.") == (
        "2026-12-04 23:59"
    )


# -- 3. a day set before a denied clause -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, the chamber will not be sitting while the building is repaired.",
        "Mr. Speaker, on Monday, there will be no votes.",
        "I can confirm that on Thursday, the committee will not meet.",
    ],
)
def test_a_day_opening_a_denied_clause_is_denied(text: str) -> None:
    assert _refusal(text) == "negated"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("On Friday, if the papers are not ready, we will publish a summary.", "2026-12-04 23:59"),
        (
            "The House will meet at 2.30 p.m. on Friday 4 December, not on Thursday 3 December.",
            "2026-12-04 14:30",
        ),
    ],
)
def test_a_condition_or_a_correction_after_the_day_denies_nothing(text: str, due: str) -> None:
    assert _due(text) == due


# -- 4. a hypothetical effect --------------------------------------------------------------


def test_what_a_step_would_do_at_once_is_no_time_set() -> None:
    assert _refusal("This would immediately ease the pressure on hospital budgets.") == "event"


def test_a_promise_reported_with_would_keeps_its_window() -> None:
    got = _read("The minister said the department would immediately publish the figures.")
    assert isinstance(got, Deadline) and got.vague


# -- 5. an ordinal numbering a place or a rank -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Doors close at 6 p.m. at the 14th street entrance.", "2026-12-02 18:00"),
        ("Entries are due by the 9th, at the 5th avenue office.", "2026-12-09 23:59"),
    ],
)
def test_an_ordinal_of_a_street_is_no_day_of_the_month(text: str, due: str) -> None:
    assert _due(text) == due


def test_an_ordinal_of_a_district_alone_is_no_time() -> None:
    assert _read("Voters in the 12th district will choose a new member.") is None


# -- 6. the first half of an event ---------------------------------------------------------


def test_the_first_half_of_an_event_is_no_half_year() -> None:
    assert _read("The team will rest two players during the first half of the matches.") is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will publish it in the first half of next year.", "2027-06-30 22:59"),
        ("We will publish it in the first half of 2028.", "2028-06-30 22:59"),
    ],
)
def test_the_first_half_of_a_year_stays(text: str, due: str) -> None:
    assert _due(text) == due
