"""Issue 12, stop 56 review: defects found in the stop's deadline changes. Said on Wednesday
2 December 2026 at 10:00, London time (GMT) (tests/core/reading.py)."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

# -- "this year" in the present: an act planned for the year is no state (year_facts.py) ----


@pytest.mark.parametrize(
    "text",
    [
        "We are opening three new schools this year.",
        "The council is building 500 homes this year.",
        "This year we're hiring 200 more nurses.",
        "This year we have to deliver 40 homes.",
        "Publication is this year.",
    ],
)
def test_an_act_of_this_year_told_in_the_present_still_falls_due(text: str) -> None:
    # year_facts refused every present with "this year" as a state, with no refusal word:
    # a plan in the present progressive, an obligation, the year as the predicate
    assert due(text) == "2026-12-31 23:59"


@pytest.mark.parametrize(
    "text",
    [
        "This year, we are meeting with our partners more often.",
        "This year prices are rising faster than wages.",
        "This year the scheme has 40 members.",
    ],
)
def test_a_state_of_this_year_in_the_present_still_has_no_deadline(text: str) -> None:
    assert refusal(text) is None


# -- a change of a number is no range of hours (hour_range.py) -------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The fee will go from 5 to 7 on Friday.", "2026-12-04 23:59"),
        ("The price will rise from 3 to 5 on Monday.", "2026-12-07 23:59"),
        ("We will raise the cap from 6 to 8 on Friday.", "2026-12-04 23:59"),
        ("Staff numbers will grow from 8 to 10 tomorrow.", "2026-12-03 23:59"),
    ],
)
def test_a_number_changed_from_one_to_another_is_no_range_of_hours(text: str, when: str) -> None:
    # the two numbers were read as clock hours: due at 19:00, 17:00, 20:00 and 10:00
    assert due(text) == when


def test_opening_hours_stay_a_range_of_hours() -> None:
    assert due("The office is open from 9 to 5 on Friday.") == "2026-12-04 17:00"
    assert due("Polls are open from 7 to 10 tomorrow.") == "2026-12-03 22:00"


# -- a fronted clock time of the telling is not the told act's (joins._TIME_BEFORE_DAY) -------


@pytest.mark.parametrize(
    "text",
    [
        "At 10 a.m. the minister told reporters the vote would be held on Friday.",
        "At 9 a.m. the council announced the library will reopen on Friday.",
    ],
)
def test_a_clock_time_on_the_verb_of_speaking_is_not_the_days(text: str) -> None:
    # read as Friday at that hour (CONVENTIONS 2.2: a time on the verb of speaking is never
    # the deadline); the day's end counts, as before stop 56
    assert due(text) == "2026-12-04 23:59"


def test_a_fronted_clock_time_of_the_act_still_joins_its_day() -> None:
    assert due("At 10 a.m. the minister will open the bridge on Friday.") == "2026-12-04 10:00"


def test_a_day_in_words_with_its_clock_time_after_a_comma() -> None:
    # the day was dropped and the time read as today's, as before fix12's "on the fourth
    # at 5 p.m."
    assert due("We will meet on the fourth, at 5 p.m.") == "2026-12-04 17:00"
