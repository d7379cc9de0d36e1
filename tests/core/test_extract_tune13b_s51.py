"""Issue 13, stop 51 (tune13b): speakers. A release whose issuer defines itself with an
acronym ("the U.S. Department of Labor's Occupational Safety and Health Administration
(OSHA)") and then calls itself by it gives its impersonal futures to that body, not to the
department it belongs to, nor to nobody (`bodies.defined_body`).

Each text is written for the test.
"""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from bot.core.extract.bodies import defined_body
from tests.core.releases import candidate, found

RELEASE = (
    "WASHINGTON - New checks at grain silos are the focus of a program developed by the "
    "U.S. Department of Farming's Grain Safety and Storage Administration (GSSA).\n\n"
    "The program sets out how GSSA inspectors check a silo. GSSA officials visited "
    "twelve sites last year. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "During its first year, the program will be piloted in four regions.",
        "New inspection forms will be published by the end of April.",
    ],
)
def test_an_impersonal_future_is_the_body_defined_by_its_acronym(sentence: str) -> None:
    found = candidate(RELEASE, sentence)
    assert same_speaker(found.speaker, "Grain Safety and Storage Administration"), found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The National Weather Service (NWS) said NWS and NWS offices.",
            "National Weather Service",
        ),
        (
            "the U.S. Coastal Protection Agency (CPA) today. CPA will. CPA staff.",
            "Coastal Protection Agency",
        ),
        # Used once more only: the acronym is no name the text goes by.
        ("The National Weather Service (NWS) said NWS offices would close.", None),
        # Not an institution's name, and initials that do not spell the acronym.
        ("The Chemical National Emphasis Program (NEP) will. NEP and NEP.", None),
        ("The Harbour Safety Board (HB) said. HB and HB.", None),
    ],
)
def test_a_defined_body_is_an_institution_called_by_its_acronym(
    text: str, body: str | None
) -> None:
    assert defined_body(text) == body


# Issue 13, stop 51 (tune13b): precision. "due to" before a determiner gives a cause, not a
# schedule ("called the election due to the state of the economy"); "are due to the Agency
# by 1 June" still owes something by a time (`causes.SCHEDULED`).
AGENCY = "The Coastal Fisheries Agency today announced new limits on the harvest of cod. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The Premier said she called the election due to the state of the economy.",
        "The assessment highlights certain shortcomings mainly due to the Code's nature.",
        "The delay is due to the storm.",
    ],
)
def test_due_to_a_cause_is_no_schedule(sentence: str) -> None:
    assert all(c.quote != sentence for c in found(AGENCY + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Comments are due to the Agency by 1 June 2026.",
        "The review is due to conclude in early 2027.",
    ],
)
def test_due_to_a_recipient_by_a_time_or_a_verb_is_still_a_schedule(sentence: str) -> None:
    assert any(c.quote == sentence for c in found(AGENCY + sentence))
