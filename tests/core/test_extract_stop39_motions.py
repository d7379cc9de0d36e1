"""Issue 13, stop 39 (tuner e, precision): a motion agreed to, "Question agreed to.", is a
sitting's result, not an agreement to act (`motions`; CONVENTIONS 2.1).

The texts are written for the test (the kind comes from the DEV splits' false
candidates); the contrasts name what the rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import candidate, only_set_aside

CONTEXT = "The Minister of State moved that the draft Harbours Order 2026 be approved.\n\n"


def test_a_question_agreed_to_is_set_aside() -> None:
    only_set_aside(CONTEXT, "Question agreed to.", "vetoed")


def test_a_motion_agreed_to_on_question_is_set_aside() -> None:
    only_set_aside(CONTEXT, "On Question, Motion agreed to.", "vetoed")


def test_a_question_put_and_agreed_to_is_set_aside() -> None:
    only_set_aside(CONTEXT, "Question put and agreed to.", "vetoed")


def test_an_agreement_to_act_stays() -> None:
    # the act agreed to follows: an agreement to do it (CONVENTIONS 1.2)
    assert candidate(CONTEXT, "Ministers agreed to publish the harbour review by June.")
