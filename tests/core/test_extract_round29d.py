"""Issue 13, round 29d: a named body's act in the present progressive, with no "will"
(`body_acts`): "The Agency is extending the deadline", "Acme of Springfield, Ill., is
voluntarily recalling", "The government is scrapping".

The texts are written for the test (the kinds come from blind50's, blind51's and older
splits' missed pledges), so that a regression names the rule; the contrasts name what
the rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.core.releases import found, quoted


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Federal Harbour Safety Board (FHSB) is prohibiting anchoring in the outer "
            "channel by vessels longer than 40 metres.",
            "is prohibiting",
            "Harbour Safety Board",
        ),
        (
            "Kettleworks of Dayton, Ohio, is voluntarily recalling about 900 electric "
            "kettles sold through hardware stores.",
            "is voluntarily recalling",
            "Kettleworks",
        ),
        (
            "The government is scrapping the old rule on allotment fees so that tenants "
            "pay the same as owners.",
            "is scrapping",
            "government",
        ),
        (
            "The Ministry of Rivers and the Canal Service are working to reopen the towpaths "
            "as soon as the floods recede.",
            "are working to",
            "Service",
        ),
    ],
)
def test_a_named_body_acting_in_the_progressive(text: str, words: str, speaker: str) -> None:
    hit = quoted(found(text), words)
    assert hit is not None, found(text)
    assert speaker.lower() in hit.speaker.lower(), hit


@pytest.mark.parametrize(
    "text",
    [
        # A pronoun or a thing as subject: a standing fact.
        "We are investing in the railways, and the country is safe.",
        "These tariffs are funding the smugglers' trade across the border.",
        # A person's proposal, and an act done the same day.
        "Commissioner Ray Hollis is proposing a new levy on short-haul flights.",
        "Today, the Bureau is sending letters to the chief executives of the largest lenders.",
        # A broken line.
        "HomeBuild is providing—",
    ],
)
def test_look_alikes_of_a_body_acting(text: str) -> None:
    assert found(text) == [], found(text)
