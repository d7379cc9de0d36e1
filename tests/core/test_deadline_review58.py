"""Review of stop 58's CONVENTIONS 4.3 rules (wh_questions.py, bargains.py): ordinary
sentences the rules were not written for. Said on Wednesday 2 December 2026 at 10:00,
London time."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

# -- 1. "compromise" as a noun, or refused: no bargain over the time ----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The compromise deal will take effect on 1 January.", "2027-01-01 23:59"),
        ("A compromise will be put to the vote on Tuesday.", "2026-12-08 23:59"),
        ("Under the compromise, the levy will be phased out by 2030.", "2030-12-31 23:59"),
        ("Ministers promised to publish the compromise text by Friday.", "2026-12-04 23:59"),
    ],
)
def test_a_compromise_told_as_going_to_happen_keeps_its_date(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own counter-offer, as in the sets (blind_fresh155)
        "I think I would compromise with 12 o'clock.",
        "I am compromising with 11.30 p.m.",
        "I shall compromise with 11.30 tonight.",
        "We would compromise on Thursday.",
        "If the Opposition will agree to a compromise, we could sit until midnight.",
    ],
)
def test_a_compromise_offered_by_the_speaker_is_no_deadline(text: str) -> None:
    assert refusal(text) is None
