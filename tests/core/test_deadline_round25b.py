"""Issue 12, round 25b: time words that set no time for an act of their own (a year naming
a budget or a levy, a gap between events, a figure told of a month gone, a legal act's
date, a custom, an estimate's guess, a thing told as going on) and the day an event is
hosted "from", each shown with sentences of our own making, then the sets' own cases.
Said on Wednesday 2 December 2026 at 10:00, London time (GMT)."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

# -- 1. a year naming a budget, a levy or a series ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 2027-28 Budget provides for new spending on hospitals.",
        "The 2027/28 federal budget sets aside money for rail.",
        "Regulations relating to the levy for the 2027/28 year were laid.",
    ],
)
def test_a_year_naming_a_budget_or_levy_is_no_deadline(text: str) -> None:
    assert _refusal(text) is None


def test_a_year_as_the_time_of_the_act_keeps_it() -> None:
    assert _due("The levy will be collected in the 2027/28 year.").startswith("2028")


# -- 2. a gap between events ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This allows a break of five days before the Christmas Day match.",
        "Players get a rest of at least three days after New Year's Day.",
    ],
)
def test_a_gap_between_events_is_no_deadline(text: str) -> None:
    assert _refusal(text) is None


# -- 3. an event hosted "from" a day --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Leeds will host the third Test from January 14.", "2027-01-14 23:59"),
        ("The city is to host a climate summit from 20 January.", "2027-01-20 23:59"),
    ],
)
def test_an_event_hosted_from_a_day_falls_due_that_day(text: str, due: str) -> None:
    assert _due(text) == due


# -- 4. a figure told of a month gone, a legal act's date ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Output dropped somewhat in February, but picked up again in March.",
        "Industrial growth picked up again in March and came to 0.7 percent.",
    ],
)
def test_a_figure_told_of_a_month_is_past(text: str) -> None:
    assert _refusal(text) == "past"


def test_a_figure_to_come_in_a_month_keeps_it() -> None:
    assert _due("Exports will rise again in January.") == "2027-01-31 23:59"


def test_a_legal_act_with_its_date_and_authority_is_past() -> None:
    text = "Rule: approved, on 3 March 2027, by section 4 of the Rules Act 2027."
    assert _refusal(text) == "past"


# -- 5. a custom, an estimate's guess, a thing told as going on -----------------------------


def test_a_custom_is_recurring() -> None:
    assert _refusal("Traditionally we gather on Christmas Eve to review the year.") == "recurring"


@pytest.mark.parametrize(
    "text",
    [
        "According to our estimates, this could be completed in 2029.",
        "The project continues to move ahead, with two new stages being marked this month.",
    ],
)
def test_a_guess_or_a_thing_under_way_is_no_deadline(text: str) -> None:
    assert _refusal(text) is None


# -- the sets' own cases --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh33", "The 2016"),
        ("blind_fresh33", "clauses 23 to 32 of Schedule 1"),
        ("blind_fresh33", "This allows a minimum break"),
        ("blind_fresh33", "Adelaide Oval is now scheduled"),
        ("blind_fresh33", "The Gabba, in Brisbane"),
        ("blind_fresh33", "What we can note is that"),
        ("blind_fresh33", "Order: confirmed, on 12 December 2020"),
        ("blind_fresh33", "Traditionally we meet"),
        ("blind_fresh33", "According to our previous estimates"),
        ("blind_fresh33", "The Tonkin Gap project"),
    ],
)
def test_set_case(module: str, opening: str) -> None:
    check_set_case(module, opening)
