"""Issue 13, stop 61 recall tuner (branch issue13t1-s61): the failure kinds stop 60's note named
from blind142-143's first run, read by the grammar of commitment rather than by genre."""

from __future__ import annotations

import pytest

from tests.core.releases import found, quoted

_SEC_HEADING = "AGENCY: Securities and Exchange Commission.\n\nSUMMARY: "
_EPA_HEADING = "AGENCY: Environmental Protection Agency (EPA).\n\nSUMMARY: "
_RULE_ADOPTED = "The Commission is adopting new filing rules. "


def _issuers_plan(heading: str, sentence: str) -> str:
    """The speaker of the undoubted candidate `sentence` makes after `heading`."""
    hit = quoted(found(heading + sentence), sentence[:25])
    assert hit is not None and hit.doubt is None
    return hit.speaker


def _not_read(heading: str, sentence: str) -> bool:
    return quoted(found(heading + sentence), sentence[:25]) is None


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
    assert _issuers_plan("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We are adopting amendments to our rules and forms to accelerate the filing of reports.",
        "We also are amending the regulations to require an additional declaration.",
    ],
)
def test_a_rule_writers_we_acting_on_its_rules_is_the_issuers_plan(sentence: str) -> None:
    assert _issuers_plan(_SEC_HEADING, sentence) == "the Securities and Exchange Commission"


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
    assert _not_read("", sentence)


# -- kind 2: the document's own act in the plain present: a notice calling a meeting ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This notice announces an open meeting of the Federal Energy Advisory Committee.",
        "This notice announces a meeting of the Environmental Management Advisory Board.",
        "This notice also announces a public hearing on the proposed standards.",
    ],
)
def test_the_documents_own_act_is_its_issuers(sentence: str) -> None:
    assert _issuers_plan(_EPA_HEADING, sentence) == "the Environmental Protection Agency"


@pytest.mark.parametrize(
    "sentence",
    [
        "This rule is important for small sources.",
        "This document contributes to the ongoing discussion about reforms.",
        "The rule announces nothing new.",
        "The scope of this rule requires careful reading.",
    ],
)
def test_the_document_without_a_change_to_rules_or_a_meeting_is_not_read(sentence: str) -> None:
    assert _not_read(_EPA_HEADING, sentence)


# -- kind 2: a measure, a duty or a date kept on as it is (cues) ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Until then, large accelerated filers will remain subject to a 75-day report deadline.",
        "The annual report deadline will remain 90 days for year one.",
        "The target compliance dates for 8 items will remain in effect.",
        "The southern approach to the park will remain closed until the rockslide is removed.",
    ],
)
def test_a_measure_kept_on_is_no_forecast(sentence: str) -> None:
    assert _issuers_plan(_RULE_ADOPTED, sentence) == "the Commission"


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices will remain high next year.",
        "Demand for the bonds will remain weak.",
        "Inflation will stay close to target.",
    ],
)
def test_what_a_thing_remains_is_still_a_forecast(sentence: str) -> None:
    assert _not_read(_RULE_ADOPTED, sentence)


# -- kind 3: a plan or measure under way, in the progressive passive (plain_present) ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee is being convened to update members on the programme.",
        "Significant investment is also being provided to increase the capacity of the network.",
        "UK Green Infrastructure Platform Ltd is being wound up, via a voluntary liquidation.",
        "Applications are now being accepted until 28 February on the Council website.",
    ],
)
def test_a_measure_under_way_in_the_progressive_passive_is_a_plan(sentence: str) -> None:
    assert _issuers_plan("The Department said the programme is a priority. ", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The decision is being criticised by farmers.",
        "The old pier is being used as a car park.",
        "The scheme is being offered to ensure farmers have support.",
    ],
)
def test_what_others_make_of_a_thing_is_no_plan(sentence: str) -> None:
    assert _not_read(_EPA_HEADING, sentence)
