"""Issue 12, stop 54, tuner 12c: periods that name, not bind. A run of years ahead after a
plan names the years the plan covers; nothing falls due at its end (period_names.py). Said on
Wednesday 2 December 2026 at 10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

import pytest

from bot.core.deadlines import period_names
from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        # the span right after a plan noun and "for"
        "The council adopted a transport plan for the next ten years.",
        "The money backs the country's reform and growth plan for the next four years.",
        "Our policy for the next decade puts schools first.",
        "Ministers discussed the energy strategy for the coming years.",
        # a plan earlier in a sentence that undertakes nothing itself
        "A strategy for improving rural broadband in Wales over the coming years.",
        "The framework sets out the vision for agencies delivering care over the next five years.",
        "The programme covers road safety and cycling over the next three years.",
    ],
)
def test_a_span_of_years_naming_a_plan_sets_no_time(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # an undertaking in the sentence: the span is the time of the act
        ("We are committed to achieving that vision over the next five years.", "2031-12-02 23:59"),
        ("The plan will deliver 10,000 homes over the next five years.", "2031-12-02 23:59"),
        ("The programme is likely to finish over the next two years.", "2028-12-02 23:59"),
        # no plan: the span is the act's own
        ("Investment will rise by £2 billion over the next three years.", "2029-12-02 23:59"),
        (
            "Boosting capital investment by £100 billion over the next five years",
            "2031-12-02 23:59",
        ),
    ],
)
def test_a_span_of_years_with_an_undertaking_or_no_plan_stays_a_deadline(
    text: str, when: str
) -> None:
    assert due(text) == when


def test_only_a_run_of_years_ahead_is_read_as_a_plan_s_years() -> None:
    # "within the next five years" limits an act; "the next five days" is no run of years
    assert not period_names.names_plan(
        "The plan sets targets within the next five years.", "within the next five years"
    )
    assert not period_names.names_plan("The plan for the next five days.", "the next five days")
    assert period_names.names_plan("The plan for the next five years.", "the next five years")


@pytest.mark.parametrize(
    "text",
    [
        # a year's possessive names a thing; the sentence gives no time of its own
        "We will consider a reduction in next year's fees.",
        "The early passage of next fiscal year’s budget is the greatest economic measure.",
        "The minister will meet firms taking part in this year’s forum.",
        "Officials will discuss 2027's allocations with councils.",
    ],
)
def test_a_year_s_possessive_names_a_thing_and_sets_no_time(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the sentence's other time counts
        ("We will publish next year's budget in March.", "2027-03-31 22:59"),
        ("The minister will set next year’s fees by 14 January.", "2027-01-14 23:59"),
        # a deadline word before the possessive still reads the year as a limit (as
        # name_years.py reads "by the 2026 election")
        ("We will publish the plan by next year's budget.", "2027-12-31 23:59"),
    ],
)
def test_a_year_s_possessive_gives_way_to_the_sentence_s_time(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # the period a thing covers, after "for / spanning / covering the period"
        "The council will draft a housing plan for the period until 2030.",
        "The report will include forecasts spanning the period from 2027 to 2035.",
        "The fund will pay for repairs to bridges covering the period 2027 to 2029.",
    ],
)
def test_the_period_a_thing_covers_sets_no_time(text: str) -> None:
    assert refusal(text) is None


def test_the_period_of_an_act_stays_a_deadline() -> None:
    # "in the period between": when the act happens
    text = "The customs union will be formed in the period between 2027 and 2028."
    assert due(text) == "2028-12-31 23:59"
