"""Issue 13, stop 39 (tuner f, precision): what a visit, a meeting or an exercise will be
about, show or serve is its theme, not anyone's act (`event_aims`; CONVENTIONS 2.2, 2.5).

The texts are written for the test (the kind comes from the DEV splits' false
candidates); the contrasts name what the rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import candidate, only_set_aside

CONTEXT = (
    "The Harbour Authority announced today that the Minister of Ports will visit Dunmore "
    "on 12 March to meet local fishing crews.\n\n"
)


def test_what_a_trip_will_advance_is_set_aside_with_its_commitment() -> None:
    # the "commitment to" inside the theme is the theme's too
    only_set_aside(
        CONTEXT,
        "Her trip to Dunmore will advance the Authority's commitment to safer harbours.",
        "describes",
    )


def test_an_exercise_simulating_a_rescue_is_set_aside() -> None:
    only_set_aside(
        CONTEXT,
        "The exercise will simulate the rescue of a crew from a sinking trawler.",
        "describes",
    )


def test_a_meeting_open_to_the_public_is_set_aside() -> None:
    only_set_aside(CONTEXT, "The harbour meeting will be open to the public.", "describes")


def test_a_theme_and_then_a_conjunct_go_together() -> None:
    # "and will follow up" goes on with the talks as its subject
    only_set_aside(
        CONTEXT,
        "The talks will build on last year's harbour accord and will follow up on the fees review.",
        "describes",
    )


def test_an_actor_highlighting_keeps_the_act() -> None:
    # a person, not the occasion, is the subject: her remarks are an announced plan (1.3)
    assert candidate(CONTEXT, "The Minister will highlight the new harbour grants in Dunmore.")


def test_an_actor_after_the_theme_keeps_the_act() -> None:
    assert candidate(
        CONTEXT,
        "The visit will focus on safety, and the Minister will sign a new harbour charter.",
    )


def test_an_event_taking_place_stays() -> None:
    assert candidate(CONTEXT, "The harbour meeting will take place in Dunmore on 14 March.")
