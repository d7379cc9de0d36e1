"""The review of issue 13's fifteenth round: each probe that the round read wrongly, beside
the sentences the round's rules were written for.

The texts are written for the test (the reviewer's probes and a few of our own), so that a
regression names the rule it breaks.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges

PUBLISHED = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)  # a Monday morning


def _found(text: str) -> list[Candidate]:
    return extract_pledges(text, PUBLISHED, "UTC")


def _quotes(text: str) -> list[str]:
    return [candidate.quote for candidate in _found(text)]


# -- 1. a trip in the progressive is under way only when a dated range has begun -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Prime Minister is visiting India in March.",
        "The Foreign Secretary is travelling to Brussels this week.",
        "The Secretary is traveling to Europe later this month.",
        "The President is traveling to China later this year.",
        "The Minister is visiting Kenya this spring.",
    ],
)
def test_a_trip_in_a_period_that_has_begun_is_still_ahead(sentence: str) -> None:
    assert sentence in _quotes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Security Adviser is traveling to Bangkok, Thailand from March 1-5.",
        "The Security Adviser is traveling to Bangkok, Thailand from 2 March.",
    ],
)
def test_a_trip_whose_dated_range_has_begun_is_under_way(sentence: str) -> None:
    assert _found(sentence) == []
