"""Issue 12, stop 56, tuner b: the year of speaking told as the time of a fact
(development misses).

"this year", "in 2018" said in 2018, "over the course of this year", in a sentence told
in the past or, for "this year", the present, with nothing ahead, were read as falling due
at the year's end: they date an act already done or a state that holds (year_facts.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline, parse_deadline

_DUBLIN = "Europe/Dublin"
_APRIL_2018 = datetime(2018, 4, 17, 9, 0, tzinfo=UTC)
_OCTOBER_2018 = datetime(2018, 10, 9, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The Department has provided €12 million in grants to sports clubs in 2018.", _APRIL_2018),
        (
            "Advice on the new rules has been presented to landlords at a number of events"
            " over the course of this year.",
            _OCTOBER_2018,
        ),
        (
            "The allowance is currently paid to some 40,000 carers, with an estimated cost of"
            " €90 million in 2018.",
            _OCTOBER_2018,
        ),
        ("Here we are, in 2018, and the strategy still has not been published.", _OCTOBER_2018),
    ],
)
def test_a_done_act_dated_by_the_year_of_speaking_is_past(text: str, said: datetime) -> None:
    got = interpret_deadline(text, said, _DUBLIN)
    assert not isinstance(got, Deadline), got
    assert got is not None and got.kind == "past"


@pytest.mark.parametrize(
    "text",
    [
        "This year, the agency is giving priority to small rural schemes.",
        "This year we're seeing fewer complaints than ever.",
    ],
)
def test_a_state_of_this_year_has_no_deadline(text: str) -> None:
    assert parse_deadline(text, _OCTOBER_2018, _DUBLIN) is None


@pytest.mark.parametrize(
    "text",
    [
        "We will finish the new footpaths this year.",
        "It is hoped to open the library this year.",
        "We are committed this year to cutting waiting lists.",
        "Our targets for this year include a new library.",
        "The minister said a decision is expected in 2018.",
        "The budget is €2 million in 2018.",
    ],
)
def test_the_year_of_an_act_ahead_still_falls_due(text: str) -> None:
    got = parse_deadline(text, _APRIL_2018, _DUBLIN)
    assert got is not None
    assert got.due.astimezone(UTC).strftime("%Y-%m-%d") == "2018-12-31"


# Thursday 10 July 2025, 09:00 UTC
_JULY_10 = datetime(2025, 7, 10, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Our aim is to see the scheme completed by the council on 20 February.",
        "We hope to see the report published on 20 February.",
        "The goal is to get the road resurfaced by the contractor on 20 February.",
    ],
)
def test_a_participle_after_an_infinitive_of_purpose_is_the_act_aimed_at(text: str) -> None:
    """fact_dates' participle rule read the day as one an act was done on (refused as past,
    said in July); after "to see/get/make/keep ..." it is the day aimed at."""
    got = parse_deadline(text, _JULY_10, "Europe/London")
    assert got is not None
    assert got.due.astimezone(UTC).strftime("%Y-%m-%d") == "2026-02-20"


def test_a_participle_of_a_done_act_is_still_past() -> None:
    got = interpret_deadline(
        "The plan, approved by the council on 20 February, is working.", _JULY_10, "Europe/London"
    )
    assert not isinstance(got, Deadline) and got is not None and got.kind == "past"


def test_a_relative_clause_of_the_past_leaves_the_year_ahead() -> None:
    """The past verb of ", which was announced last year," is its noun's; "opens in 2018"
    is this year's act, due at its end (tests/core/test_deadline_round26d.py failed on the
    first version of year_facts.py)."""
    got = parse_deadline(
        "The grant, which was approved in March, pays out in 2018.", _APRIL_2018, _DUBLIN
    )
    assert got is not None
    assert got.due.astimezone(UTC).strftime("%Y-%m-%d") == "2018-12-31"
