"""Issue 13, stop 56 (tuner p, precision): what an event's talks will cover is its agenda,
not anyone's act (`agenda_items`; CONVENTIONS 2.5).

The texts are written for the test (the kind comes from the development splits' false
candidates); the contrasts name what the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, found, only_set_aside

CONTEXT = (
    "The Office of the Harbour Commissioner announced today that Commissioner Ada Pryce will "
    "travel to Dunmore and Kilbride on 12 March to meet port operators.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The focus of her meetings will be strengthening port safety and training pilots.",
        "The main focus of discussions at the forum is expected to be the new fee schedule.",
        "The Commissioner's meetings will include discussions on joint dredging work.",
        "This will include discussion of how the two ports share their pilots.",
    ],
)
def test_what_the_talks_will_cover_is_set_aside(sentence: str) -> None:
    only_set_aside(CONTEXT, sentence, "describes")


def test_a_bare_focus_stays_a_plan() -> None:
    # no talks named: the body's own plan, as "the focus will be on expanding coverage"
    assert candidate(CONTEXT, "Next year the focus will be on dredging the outer harbour.")


def test_an_agenda_published_stays() -> None:
    # the organiser's act on the agenda, with a date
    assert candidate(CONTEXT, "The agenda will be published on 5 March.")


def test_a_meeting_that_includes_a_visit_stays() -> None:
    # an event's parts that are acts, not discussions
    assert candidate(CONTEXT, "The Commissioner will include a visit to the pilot station.")


WARNING = "The Environment Agency issued flood warnings for the coast this morning.\n\n"


# The weather foreseen (`weather`; issue 13's definition: forecasts no actor controls).
@pytest.mark.parametrize(
    "sentence",
    [
        "The north east is expected to see some of the heaviest rainfall tonight.",
        "The Met Office expects Ciara will cross the coast near Whitby tonight.",
        "Inland areas will see strong winds and heavy showers on Friday.",
    ],
)
def test_the_weather_foreseen_is_no_candidate(sentence: str) -> None:
    shown = [c for c in found(WARNING + sentence) if c.quote == sentence]
    assert shown == []


def test_spray_due_to_waves_is_no_candidate() -> None:
    sentence = "There could also be spray along the coast due to large waves caused by gales."
    assert [c for c in found(WARNING + sentence) if c.quote == sentence] == []


def test_what_a_body_will_do_about_the_weather_stays() -> None:
    assert candidate(WARNING, "The Agency will deploy pumps to Whitby before the rain on Friday.")


def test_a_person_named_snow_is_no_weather() -> None:
    assert candidate(WARNING, "Secretary Snow will see the Finance Minister on 3 May.")
