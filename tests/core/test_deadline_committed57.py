"""Stop 57, the lead's re-read: a date of an act a body agreed or undertook to do, told in
the past, is the deadline of that act (committed_to.py), not a time about the past. Said on
Wednesday 2 December 2026 at 10:00, London time (tests/core/reading.py)."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "The board agreed to publish the plan by 31 January.",
        "Ministers met on 1 December and agreed to report by 31 January.",
        "The board met last week and agreed to publish the plan by 31 January.",
        "The board agreed on 1 December to publish the plan by 31 January.",
        "The council pledged to publish its response by 31 January 2027.",
    ],
)
def test_the_date_of_an_act_agreed_is_its_deadline(text: str) -> None:
    assert due(text) == "2027-01-31 23:59"


@pytest.mark.parametrize(
    "text",
    [
        # a commitment given up, a plan told as ended, a year-less date over half a year
        # ahead (the one gone), a weekday (it may date the agreeing): past, as before
        "The board had agreed to publish the plan by 31 January.",
        "The board agreed to a plan that ended on 31 January.",
        "The board agreed to finish it by 30 June.",
        "The unions agreed to call off the strike on Monday.",
    ],
)
def test_other_past_commitments_stay_past(text: str) -> None:
    assert refusal(text) == "past"
