"""Issue 12, stop 53, second tuner: development misses. Said on Wednesday 2 December 2026
at 10:00, London (tests/core/reading.py).

A date of the year gone by (read as next year's) whose own verb is a present or a modal
("... and closes on 24 February") is ahead, though a past form stands earlier in the
sentence for another act ("The consultation opened on Monday"): the past form no longer
refuses it, and the opening day, past, gives way to it.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "The consultation opened on Monday and closes on 24 February.",
        "The consultation opened today and closes on 24 February.",
        "The consultation, which opened today, closes on 24 February.",
        "The 12-week consultation opened on Monday and will close on 24 February.",
    ],
)
def test_a_present_closing_after_a_past_opening_falls_due(text: str) -> None:
    assert due(text) == "2027-02-24 23:59"


@pytest.mark.parametrize(
    "text",
    [
        "The consultation opened on 3 March and closed on 24 April.",
        "The consultation opened on Monday and closed on 24 February.",
    ],
)
def test_a_past_closing_stays_past(text: str) -> None:
    assert refusal(text) == "past"
