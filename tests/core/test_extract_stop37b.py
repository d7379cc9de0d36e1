"""Issue 13, stop 37b (tuner b, precision): what money or a measure already named will do
is its effect, told, not pledged (`spent`), whatever the verb.

The texts are written for the test (the kind comes from the DEV splits' false
candidates); the contrasts name what the rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import candidate, only_set_aside

CONTEXT = (
    "The Ministry of Rivers today announced $40 million in grants to repair the harbour "
    "walls of twelve towns. "
)


def test_effect_of_grants_pointed_back_to_is_set_aside() -> None:
    # "complement" is in no list of effect verbs: the subject decides
    only_set_aside(
        CONTEXT, "These grants will complement the repairs the towns have begun.", "describes"
    )


def test_effect_of_qualified_funding_is_set_aside() -> None:
    only_set_aside(
        CONTEXT,
        "The additional funding to the towns and their harbour boards will bring new "
        "moorings to the coast.",
        "describes",
    )


def test_dated_effect_stays() -> None:
    assert candidate(CONTEXT, "The grants will reopen all twelve harbours by 1 June 2026.")


def test_the_measures_own_life_stays() -> None:
    # a passive is someone's act: the ministry will pay them
    assert candidate(CONTEXT, "The grants will be paid to the towns in April.")


def test_a_plans_content_stays() -> None:
    # a plan is not money spent: what it will do is its issuer's plan
    assert candidate(CONTEXT, "The plan will rebuild every harbour wall in the region.")
