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
