"""Issue 13, round 29g: speakers. A thing whose state the sentence changes (it closes,
moves to a new phase, is expected to be signed, is due to be issued) is not the actor of
a release's commitment: the body that issues the release is (`undergoing`).

Each text is written for the test.
"""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from tests.core.releases import candidate

AGENCY = (
    "Coastal Fisheries Agency\n\nThe Coastal Fisheries Agency today announced new limits on "
    "the harvest of cod in the northern zone, after a survey found stocks had fallen sharply. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Northern Cod Box will close to recreational fishing on 1 June 2026.",
        "The Harbour Licensing Compact is expected to be signed in the near future.",
        "Twelve new Harbour Permits are due to be issued by the end of April.",
        "The Western Cod Box will reopen on 1 September 2026.",
    ],
)
def test_a_thing_whose_state_changes_is_the_issuing_bodys(sentence: str) -> None:
    found = candidate(AGENCY, sentence)
    assert same_speaker(found.speaker, "the Coastal Fisheries Agency"), found


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The Agency will close its northern office on 1 June 2026.", "the Agency"),
        # Another body, and a bare name: the verb closes their object, not them.
        ("The Harbour Board will close the northern slipway on 1 June 2026.", "the Harbour Board"),
        ("Harbour Marine will close its northern depot on 1 June 2026.", "Harbour Marine"),
        (
            "The Harbour Board will be asked to approve the limits by 1 May 2026.",
            "the Harbour Board",
        ),
        (
            "The survey vessel will be refitted by Harbour Marine Ltd by 1 June 2026.",
            "Harbour Marine Ltd",
        ),
    ],
)
def test_a_body_or_a_named_agent_keeps_the_act(sentence: str, actor: str) -> None:
    found = candidate(AGENCY, sentence)
    assert same_speaker(found.speaker, actor), found


# A department's correspondence opens with its acronym and its series' name, and a reposted
# notice with the line saying who released it: the body speaks its "we" and its futures.
SERIES = (
    "Correspondence\n\nHSE Bulletin construction sites: 2 March 2026\n\nPublished 2 March 2026\n\n"
)
RELEASED = "2 March 2026 — The following was released by the Coastal Fisheries Agency:\n\n"


@pytest.mark.parametrize(
    ("context", "sentence", "body"),
    [
        (
            SERIES,
            "We will publish revised guidance on scaffold inspections by 30 April 2026.",
            "HSE",
        ),
        (SERIES, "Further details on the inspection programme will follow in due course.", "HSE"),
        (
            RELEASED,
            "The northern cod box in federal waters will close at midnight on 10 March 2026.",
            "the Coastal Fisheries Agency",
        ),
    ],
)
def test_the_issuer_a_heading_names_speaks_the_unvoiced_lines(
    context: str, sentence: str, body: str
) -> None:
    found = candidate(context, sentence)
    assert same_speaker(found.speaker, body), found


@pytest.mark.parametrize(
    "line",
    [
        "UK Update on trade: 2 March 2026",
        "Weekly Update: 2 March",
        "AI Update: what the new rules mean for employers",
        "ESG Briefing: 2 March 2026",
    ],
)
def test_a_series_line_without_a_bodys_acronym_names_no_issuer(line: str) -> None:
    sentence = "We will publish revised guidance on scaffold inspections by 30 April 2026."
    found = candidate(f"Correspondence\n\n{line}\n\n", sentence)
    assert found.speaker is None or not same_speaker(found.speaker, line.split()[0]), found
