"""Issue 13, stop 62 (tuner x2, precision and speakers): the kinds of false candidates and
wrong speakers blind144-145's first run named.

The texts are written for the test (the kinds come from the development splits' false
candidates); the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, only_set_aside
from tests.core.test_extract_round4 import _found

CONTEXT = (
    "The Harbour Authority announced today that its advisory committee will meet by "
    "teleconference on 12 March to discuss fishing quotas.\n\n"
)


def test_a_teleconference_open_to_the_public_is_set_aside() -> None:
    # CONVENTIONS 2.4: access to an event is an arrangement, not an act anyone undertakes
    only_set_aside(CONTEXT, "The teleconference will be open to the public.", "describes")


def test_a_videoconference_open_to_the_public_is_set_aside() -> None:
    only_set_aside(CONTEXT, "The videoconference will be open to the public.", "describes")


def test_a_teleconference_taking_place_stays() -> None:
    assert candidate(CONTEXT, "The teleconference will take place on 12 March at 10 a.m.")


def test_what_a_reception_will_celebrate_is_set_aside() -> None:
    only_set_aside(
        CONTEXT,
        "The reception will celebrate fifty years of the harbour's fishing fleet.",
        "describes",
    )


# -- press arrangements the occasion will have (CONVENTIONS 2.4) -------------------------

_EVENT = "On Thursday afternoon, the Governor will visit the new plant in Springfield. "


@pytest.mark.parametrize(
    ("text", "pledge"),
    [
        # "pool spray" stood too far from the "will" for `logistics` to read it
        (
            "This meeting in the Governor's office will have an in-house pool spray at the top.",
            False,
        ),
        # the call is named only in the sentence before
        ("It will be embargoed until its conclusion.", False),
        ("The Governor will have his staff publish the pool coverage rules on Friday.", True),
        ("The Governor will keep the report embargoed until the end of the inquiry in May.", True),
    ],
)
def test_an_arrangement_the_occasion_will_have_is_no_pledge(text: str, pledge: bool) -> None:
    quotes = [found.quote for found in _found(_EVENT + text)]
    assert quotes == [_EVENT.strip()] + [text] * pledge, quotes
