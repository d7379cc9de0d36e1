"""Issue 13, stop 38 (tuner a, precision): a standing duty or remit told in the present,
undated, describes how things stand (`remits`): a law's requirement, a body's charge.

The texts are written for the test (the kind comes from the DEV splits' false
candidates); the contrasts name what the rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import candidate, only_set_aside

CONTEXT = "The Office of Harbour Safety published its annual report on Tuesday. "


def test_a_laws_requirement_is_set_aside() -> None:
    only_set_aside(
        CONTEXT,
        "The Harbours Act requires the Secretary of State to review mooring fees.",
        "describes",
    )


def test_a_rules_requirement_is_set_aside() -> None:
    only_set_aside(
        CONTEXT, "The rule also requires separate figures for each harbour.", "describes"
    )


def test_a_bodys_charge_is_set_aside() -> None:
    only_set_aside(
        CONTEXT, "The Office is charged with inspecting every harbour wall.", "describes"
    )


def test_a_standing_requirement_on_others_is_set_aside() -> None:
    only_set_aside(
        CONTEXT,
        "Harbour masters are normally required to log every mooring.",
        "describes",
    )


def test_a_dated_task_stays() -> None:
    # a time frame makes it a task with its own date
    assert candidate(CONTEXT, "The Office is required to report to Parliament by 1 May 2027.")


def test_a_duty_laid_ahead_stays() -> None:
    assert candidate(CONTEXT, "Harbour masters will be required to log every mooring from June.")


def test_a_duty_the_texts_own_order_lays_stays() -> None:
    # CONVENTIONS 6.1: an executive order or its fact sheet lays duties now (1.4), dated or not
    fact_sheet = "Today, the President signed an Executive Order on harbour safety. "
    assert candidate(
        fact_sheet, "The order directs the Secretary of Transportation to review mooring fees."
    )
