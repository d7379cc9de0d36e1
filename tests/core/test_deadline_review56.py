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
