"""Issue 12, round 23a: times on what a release or a story tells as past or present fact,
each kind shown with sentences of our own making, then the sets' own cases. Said on
Wednesday 2 December 2026 at 10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import interpret_deadline
from tests.core.reading import LONDON, check_set_case
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal
from tests.data.deadlines.relabels import cases_of

# Tuesday 5 January 2027: the holidays of the year's end just gone
AFTER_NEW_YEAR = datetime(2027, 1, 5, 10, 0, tzinfo=ZoneInfo(LONDON))

# -- 1. a holiday of a story told in the past -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the past verb after a fronted holiday, as after "On 26 December, ..."
        "On Boxing Day, hundreds of shoppers queued outside the store before dawn.",
        "On Christmas Eve the ferry carried 4,000 passengers.",
        # the clause's verb after the holiday ("on 25 December broke records")
        "Sales of the game on Christmas Day broke every record.",
        # a clock range on the holiday, in a past clause
        "More than 300 volunteers cleared the beach between 8am and noon on New Year's Day.",
        # present perfect
        "The number of calls taken on New Year's Eve has doubled since 2020.",
    ],
)
def test_a_holiday_told_in_the_past_is_past(text: str) -> None:
    assert _refusal(text, AFTER_NEW_YEAR) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # an act still to come keeps the next holiday
        ("The shop will open on Boxing Day.", "2027-12-26 23:59"),
        ("The depot reopens on Easter Monday.", "2027-03-29 22:59"),
        ("Please file your return by New Year's Eve.", "2027-12-31 23:59"),
        # a past verb of another clause does not reach a deadline word's time
        (
            "Staff who worked on Christmas Day will be paid double by the end of January.",
            "2027-01-31 23:59",
        ),
    ],
)
def test_a_holiday_ahead_keeps_its_deadline(text: str, due: str) -> None:
    assert _due(text, AFTER_NEW_YEAR) == due


# -- 2. "this year", "this month" on what is reported as done or now -----------------


@pytest.mark.parametrize(
    "text",
    [
        # a perfect or a past verb in the period's clause
        "The dry weather this year has cut the harvest by a third.",
        "Rainfall this month broke the record set in 1911.",
        "Visitor numbers this year have risen to 40,000.",
        # a present state
        "Prices this year are higher than at any time since 2008.",
        # the period's own thing, the sentence's verb present
        "With this month's review, the interest rate is lowered to 3%.",
        "This year's figures show a fall in waiting times.",
    ],
)
def test_this_period_of_what_is_done_or_now_is_no_deadline(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    "text",
    [
        # how far into a period, no time at all
        "Storms are unusual this late in the year.",
        "It is rare to see swallows so late in the year.",
    ],
)
def test_a_degree_of_lateness_is_no_time(text: str) -> None:
    assert _refusal(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a future act, a plan or an obligation keeps the period's end
        ("We will publish the report this month.", "2026-12-31 23:59"),
        ("Allocations will be increased this year.", "2026-12-31 23:59"),
        ("The homes were supposed to be connected this year.", "2026-12-31 23:59"),
        ("We are publishing the report this month.", "2026-12-31 23:59"),
        ("The scheme opens this month.", "2026-12-31 23:59"),
        # a past verb of another sentence part does not reach a promise
        (
            "Having missed the target, the council has promised to finish the work this year.",
            "2026-12-31 23:59",
        ),
        # a deadline word keeps its period
        (
            "The bridge, which was damaged in the storm, is to reopen by the end of this month.",
            "2026-12-31 23:59",
        ),
    ],
)
def test_this_period_of_an_act_to_come_keeps_its_deadline(text: str, due: str) -> None:
    assert _due(text) == due


# -- 3. a year naming a regulation, a programme or a scheme, told in the past ---------


@pytest.mark.parametrize(
    "text",
    [
        "Notice of the 2027-2028 Hunting and Fishing Regulations published in the Federal"
        " Register on 1 December 2026.",
        "The 2026-2027 Grazing Rules were published in the Gazette on 3 November 2026.",
        "Farmers enrolled in the 2026 scheme, which exceeded all expectations.",
        "Farmers enrolled in the 2026 scheme, which closed in May.",
        "Dairy farmers enrolled in the 2026 programme.",
    ],
)
def test_a_year_naming_a_thing_told_in_the_past_is_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # an act to come, or a possibility, keeps the year
        ("Farmers will enrol in the 2027 scheme.", "2027-12-31 23:59"),
        ("Farmers may enrol in the 2027 scheme.", "2027-12-31 23:59"),
        # a date of its own still counts
        ("Farmers can enrol in the 2027 scheme until 31 January.", "2027-01-31 23:59"),
    ],
)
def test_a_year_naming_a_thing_to_come_keeps_its_deadline(text: str, due: str) -> None:
    assert _due(text) == due


# -- the sets' own cases ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh29", "On Boxing Day, 5,402 customers"),
        ("blind_fresh29", "The data also show that the number of people completing"),
        ("blind_fresh29", "Hundreds of people decided to spend the first hours of 2016"),
        ("blind_fresh29", "With this month"),
        ("blind_fresh29", "The wet conditions this year"),
        ("blind_fresh29", "Notice of the 2012-2013 Refuge-Specific"),
        ("blind_fresh27", "More than half of our nation's dairy producers"),
    ],
)
def test_the_sets_cases_of_this_round(module: str, opening: str) -> None:
    check_set_case(module, opening)


def test_a_degree_of_lateness_in_the_set_is_no_deadline() -> None:
    # labelled past for "this late in the year"; it now reads as no time at all, which the
    # sets score alike (no deadline)
    opening = "The storms experienced in the Central Valley during the past week"
    case = next(c for c in cases_of("blind_fresh29") if opening in c.text)
    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
    assert interpret_deadline(case.text, said, case.tz) is None
