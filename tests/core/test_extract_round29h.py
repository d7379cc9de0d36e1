"""Issue 13, round 29h: recall. Orders given to another body in the active past ("The
Board mandated the Secretariat to draft ...", "directed the U.S. Office of ... to"), and
acts under way told with their pace ("We are fixing the records as quickly as possible",
`hastened`).

Each text is written for the test.
"""

from __future__ import annotations

import pytest

from tests.core.releases import found, quoted

BOARD = (
    "Harbour Authority\n\nThe Harbour Authority met on Tuesday to review the winter "
    "storm damage to the eastern quay and the cost of repairs. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board mandated the Secretariat to draft a repair plan for the eastern quay.",
        "The Chair ordered the Quay Office to close the eastern berths to cargo ships.",
        "The Chair has directed the U.S. Office of Port Safety to inspect every crane.",
    ],
)
def test_an_order_given_to_a_named_body_is_a_candidate(sentence: str) -> None:
    assert quoted(found(BOARD + sentence), sentence[:40]) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "We are refunding every overcharged berth holder as quickly as possible.",
        "The Harbour Authority is replacing the damaged fenders as soon as possible.",
    ],
)
def test_an_act_under_way_with_its_pace_is_a_candidate(sentence: str) -> None:
    assert quoted(found(BOARD + sentence), sentence[:40]) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # The effort is told, and the pace is the next act's.
        "We are urging the insurers to pay every berth holder as quickly as possible.",
        # The pace belongs to the purpose clause, not to the act under way.
        "We are reviewing the claims to make sure berth holders are paid as quickly as possible.",
        # The progressive alone is a standing fact.
        "We are refunding every overcharged berth holder.",
    ],
)
def test_an_effort_or_a_bare_progressive_is_not(sentence: str) -> None:
    assert quoted(found(BOARD + sentence), sentence[:40]) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Repair costs are rising as fast as possible after the storm.",
        "Claims from berth holders are piling up as fast as possible.",
        "We are getting there as quickly as we can.",
    ],
)
def test_a_progressive_without_an_object_is_not(sentence: str) -> None:
    # "rising", "piling up", "getting there": a course of things, not an act to look up.
    assert quoted(found(BOARD + sentence), sentence[:40]) is None
