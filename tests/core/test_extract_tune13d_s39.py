"""Speaker rules of stop 39's tuner d (issue 13): who acts in a sentence that names no
actor of its own. The texts are paraphrases written for the test, so that a regression
names the rule."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import extract_pledges, same_speaker

_PUBLISHED = datetime(2026, 6, 1, tzinfo=UTC)


def _speaker(text: str) -> str | None:
    (found,) = extract_pledges(text, _PUBLISHED)
    return found.speaker


# -- an agentless passive's subject is acted on: the issuer acts (patients.issued) ------


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "WASHINGTON -- The Federal Emergency Management Agency announced today that the "
            "disaster declaration for Ohio has been approved.\n\nFEMA said the declaration "
            "covers six counties.\n\nDirect Federal assistance will be provided at 75 percent "
            "Federal funding.",
            "the Federal Emergency Management Agency",
        ),
        (
            "The Harbour Authority of Port Selden said today that the north pier needs "
            "repairs.\n\nThe Harbour Authority has hired a contractor.\n\nPier Road will be "
            "reopened to public traffic on Friday, 12 June.",
            "the Harbour Authority",
        ),
    ],
)
def test_a_passive_subject_gives_way_to_the_issuer(text: str, issuer: str) -> None:
    assert same_speaker(_speaker(text), issuer)


def test_a_titled_passive_subject_stays_the_actor() -> None:
    text = (
        "The Harbour Authority of Port Selden said today that the north pier needs "
        "repairs.\n\nThe Harbour Authority has hired a contractor.\n\nThe Minister for Ports "
        "will be briefed on Friday, 12 June."
    )
    assert same_speaker(_speaker(text), "the Minister for Ports")
