"""Issue 12, round 26c: a rule or change that begins on a day, the hours of an event whose
day is given elsewhere, and standing opening hours, each shown with sentences of our own
making, then the sets' own cases. Said on Wednesday 2 December 2026 at 10:00, London time
(GMT)."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

# -- 1. a rule or change that begins on a day falls due that day (CONVENTIONS 3.1) ---------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Beginning 4 January, all guests will require a signed pass.", "2027-01-04 23:59"),
        (
            "Starting 11 January, drivers who have not paid the charge will not be allowed"
            " into the zone.",
            "2027-01-11 23:59",
        ),
        ("Beginning 8 March, the old cards will no longer work.", "2027-03-08 23:59"),
        ("Starting 1 February, the car park will close to lorries.", "2027-02-01 23:59"),
        ("Beginning 15 January, a deposit will be required for bookings.", "2027-01-15 23:59"),
        ("The council will cancel all permits as of 20 January.", "2027-01-20 23:59"),
        ("The club will end free entry as of 9 February.", "2027-02-09 23:59"),
    ],
)
def test_a_rule_that_begins_on_a_day_falls_due_that_day(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "Beginning 4 January, the gallery will be temporarily closed for repairs.",
        "Starting 11 January, applications will be accepted online.",
        "Beginning 8 March, members can book courts a week ahead.",
        "Beginning 15 January, opening hours include:",
        "Starting 1 February, the ferry will run every hour.",
        "The shop will be open beginning 20 January to serve customers.",
        "Starting 4 January, the pool will open at 7 a.m.",
    ],
)
def test_a_state_or_activity_that_starts_stays_a_start(text: str) -> None:
    assert _refusal(text) == "earliest"


# -- 2. the hours of an event whose day is given elsewhere are "event" ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry will begin at 9:30 a.m. at the town hall on the high street.",
        "The seminar runs from 2 p.m. to 4 p.m. in the main lecture hall.",
        "An evening session starting at 6 p.m. and ending at 9 p.m.",
        "The second panel begins at 11 a.m. and ends at 1 p.m.",
    ],
)
def test_the_hours_of_an_event_dated_elsewhere_are_event(text: str) -> None:
    assert _refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the range goes with the day after it: its later end (CONVENTIONS 6.1; stop 55,
        # fixz55, was the day's end, the range dropped)
        (
            "The seminar will be held from 2 p.m. to 4 p.m. in the lecture hall on Friday.",
            "2026-12-04 16:00",
        ),
        ("The ceremony will begin at 2:30 p.m., and the mayor will speak.", "2026-12-02 14:30"),
        ("Please send the form by 5 p.m.", "2026-12-02 17:00"),
    ],
)
def test_a_time_told_for_a_day_or_today_stays_due(text: str, due: str) -> None:
    assert _due(text) == due


# -- 3. opening hours and standing timetables are recurring (CONVENTIONS 1.3) --------------


@pytest.mark.parametrize(
    "text",
    [
        "The town library will be open from 10 a.m. to 6 p.m.",
        "The ticket office is open 9:30 a.m. to 4:30 p.m. local time.",
        "Clinic: Tuesdays - Thursdays, 2 p.m. - 6 p.m.",
        "Spring courses are listed in November of the previous year.",
        "On average, repairs are finished within ten days.",
        "Most students wait about two months between applying and starting a course.",
    ],
)
def test_standing_hours_and_timetables_are_recurring(text: str) -> None:
    assert _refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The town library will be open from 10 a.m. to 6 p.m. on Friday.", "2026-12-04 18:00"),
        ("The report will be published in March of next year.", "2027-03-31 22:59"),
        ("We will reply within ten days.", "2026-12-12 23:59"),
        (
            "We will publish the plan by 5 January. Budgets are set in March of the previous year.",
            "2027-01-05 23:59",
        ),
    ],
)
def test_hours_or_months_of_one_day_stay_deadlines(text: str, due: str) -> None:
    assert _due(text) == due


# -- the sets' own cases ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh35", "Beginning March 31, any non-U.S. person visitor"),
        ("blind_fresh35", "Beginning April 28, all non-U.S. person visitors"),
        ("blind_fresh35", "Beginning April 21, select roads will open"),
        ("blind_fresh36", "Embassies and consulates will cancel all routine"),
        ("blind_fresh29", "Beginning July 5, 2001, the Exhibition Hall"),
        ("blind_fresh35", "Beginning April 21, Visitor Center hours include"),
        ("blind_fresh35", "West Yellowstone Visitor Information Center"),
        ("blind_fresh37", "NAPA COUNTY Mondays - Fridays"),
        ("blind_fresh35", "Programs departing July to September"),
        ("blind_fresh35", "There are specific times when jobs are posted"),
        ("blind_fresh35", "The website is pretty transparent"),
        ("blind_fresh29", "The Exhibition Hall, located on Constitution Avenue"),
        ("blind_fresh36", "The hearing will begin at 10 a.m. at EPA"),
        ("blind_fresh36", "A late afternoon session beginning at 5 p.m."),
        ("blind_fresh36", "A morning session starting at 9 a.m."),
        ("blind_fresh37", "The workshop will be held from 9 a.m. to 5 p.m."),
        ("blind_fresh32", "The ceremony will begin at 2:30 p.m. EDT"),
        ("kinds_real17", "Doors will open at 5:30 p.m. HST"),
        ("blind_fresh21", "The event will be held from 7:30 a.m. to 1 p.m. CST"),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- the lead, stop 33: only a verb that makes the rule or change falls due on the day -------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an activity that starts then (CONVENTIONS 3.2), found by round B's review
        ("Starting Monday, the council will consult residents on the plan.", "earliest"),
        # the service standard is kept: "within 10 days" of each application
        (
            "Beginning 4 January, the agency will review each application within 10 days.",
            "recurring",
        ),
    ],
)
def test_an_activity_that_starts_on_the_day_is_no_rule_made(text: str, kind: str) -> None:
    assert _refusal(text) == kind
