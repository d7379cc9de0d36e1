"""Issue 13, stop 61 recall tuner (branch issue13t1-s61): the failure kinds stop 60's note named
from blind142-143's first run, read by the grammar of commitment rather than by genre."""

from __future__ import annotations

import pytest

from tests.core.releases import found, quoted

# -- kind 1: a rule-maker's own act on its rules, in the progressive (body_acts) ----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Environmental Protection Agency (EPA) is taking final action to extend the period "
        "during which certain reports may be submitted as PDF files.",
        "In today's action, EPA is revising the compliance date and other related dates for "
        "sources subject to the rule.",
        "The Agency is also resetting the dates for non-EGU sources to match the new dates.",
        "The Board is simplifying the annual reporting requirements for small firms.",
    ],
)
def test_a_rule_makers_own_act_on_its_rules_is_a_plan(sentence: str) -> None:
    hit = quoted(found(sentence), sentence[:25])
    assert hit is not None and hit.doubt is None


_RULE_HEADING = "AGENCY: Securities and Exchange Commission.\n\nSUMMARY: "


@pytest.mark.parametrize(
    "sentence",
    [
        "We are adopting amendments to our rules and forms to accelerate the filing of reports.",
        "We also are amending the regulations to require an additional declaration.",
    ],
)
def test_a_rule_writers_we_acting_on_its_rules_is_the_issuers_plan(sentence: str) -> None:
    hit = quoted(found(_RULE_HEADING + sentence), sentence[:25])
    assert hit is not None and hit.doubt is None
    assert hit.speaker == "the Securities and Exchange Commission"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bank is adopting a cautious approach to rates.",
        "The Minister is updating the House on the talks.",
        "We are adopting a wait-and-see stance.",
        "Many firms are revising their forecasts.",
    ],
)
def test_a_progressive_without_a_rule_as_its_object_is_not_read(sentence: str) -> None:
    assert quoted(found(sentence), sentence[:25]) is None
