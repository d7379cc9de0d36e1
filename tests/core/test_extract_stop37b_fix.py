"""Stop 37b (issue 13): "<thing> is expected to be <adjective>" forecasts a state, and is no
plan (`measures._STATE`); "is expected to be <past participle>" is an act planned, and stays.

The texts are written for the test, so that a regression names the rule."""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, only_set_aside

CONTEXT = "The Ministry of Rivers said on Wednesday that work on the new weirs had begun. "


@pytest.mark.parametrize(
    "text",
    [
        "Votes are expected to be close.",  # a plural occasion at the start is no name
        "The vote is expected to be tight next week.",
        "The count is expected to be slower than in 2022.",
    ],
)
def test_a_state_foreseen_with_be_is_set_aside(text: str) -> None:
    only_set_aside(CONTEXT, text, "forecast")


@pytest.mark.parametrize(
    "text",
    [
        "The work is expected to be completed by May 2027.",
        "The talks are expected to be held on 14 January 2027.",
        "The new weir is expected to be rebuilt by the end of March 2027.",
    ],
)
def test_an_act_expected_stays(text: str) -> None:
    assert candidate(CONTEXT, text)
