"""Issue 13, stop 59 recall tuner (branch issue13t2-s59): pledges the rules missed in the
development splits, and due dates read from the wrong words."""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, only_set_aside

RELEASE = (
    "WASHINGTON, March 4, 2026 - The U.S. Department of Agriculture today announced "
    "disaster assistance for farmers.\n\n"
)


# -- a measure that pays out is the measure's own act (CONVENTIONS 6.2; describing.py) ----------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Livestock Indemnity Program will provide payments to eligible producers.",
        "The programme will support the reforms with 55 million euros.",
        "The new scheme will provide grant aid for approved capital investments.",
    ],
)
def test_a_measure_paying_out_is_a_candidate(sentence: str) -> None:
    # the department whose release it is runs the measure
    assert candidate(RELEASE, sentence).speaker == "the U.S. Department of Agriculture"


@pytest.mark.parametrize(
    "sentence",
    [
        "The programme will provide further disincentives to fraud.",
        "The fund will support the recovery of rural towns.",
    ],
)
def test_what_a_measure_brings_about_stays_set_aside(sentence: str) -> None:
    only_set_aside(RELEASE, sentence, "describes")
