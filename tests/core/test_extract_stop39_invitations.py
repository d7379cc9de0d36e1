"""Issue 13, stop 39 (tuner e, precision): an invitation to a class of people ("Members are
invited to send their suggestions") is a request, not anyone's commitment (`invitations`;
CONVENTIONS 2.3).

The texts are written for the test (the kind comes from the DEV splits' false
candidates); the contrasts name what the rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import candidate, only_set_aside

CONTEXT = "The Harbours Committee has opened its inquiry into mooring fees.\n\n"


def test_members_invited_to_act_are_set_aside() -> None:
    only_set_aside(CONTEXT, "Members are invited to send their views on mooring fees.", "weak")


def test_the_public_invited_to_act_is_set_aside() -> None:
    only_set_aside(
        CONTEXT, "Members of the public are invited to submit written comments on the plan.", "weak"
    )


def test_interested_parties_invited_to_act_are_set_aside() -> None:
    only_set_aside(CONTEXT, "Interested parties are invited to send their views to us.", "weak")


def test_a_named_body_invited_to_act_stays() -> None:
    # the European way of tasking a body: it is named, and bound
    assert candidate(CONTEXT, "The Commission is invited to present a proposal by June 2027.")
