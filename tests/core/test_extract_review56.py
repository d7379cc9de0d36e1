"""Issue 13, stop 56 review: defects found in the stop's extraction changes."""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, found

WARNING = "The Environment Agency issued flood warnings for the coast this morning.\n\n"


# -- a body's own act near a word of weather is no forecast (weather.py) ----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # the forecaster's "said ... it will": the service's own act
        "The Weather Service said it will open a new office in Leeds by March.",
        # an actor that will bring or cause something about the weather acts on it
        "The government will bring temperatures in classrooms down by June.",
        "The council will see snow ploughs deployed on every main road by Friday.",
        # the weather outside the verb's own phrase
        "The minister said the sea wall will be completed by March, despite the rain.",
    ],
)
def test_a_commitment_beside_the_weather_stays_a_candidate(sentence: str) -> None:
    assert candidate(WARNING, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Storm Ciara will bring gales to the north on Friday.",
        "Parts of Scotland will see heavy snow tonight.",
        "Forecasters said the storm will hit the coast on Friday.",
    ],
)
def test_a_storm_or_a_place_named_as_subject_is_still_a_forecast(sentence: str) -> None:
    assert [c for c in found(WARNING + sentence) if c.quote == sentence] == []


def test_what_a_forecaster_says_of_its_own_things_stays_a_candidate() -> None:
    # "its new supercomputer will be switched on": the service's own act, not the weather
    assert candidate(
        WARNING, "The Met Office said its new supercomputer will be switched on by March."
    )
