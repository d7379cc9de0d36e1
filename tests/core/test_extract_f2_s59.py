"""Issue 13, stop 59 tuner f2 (branch issue13f1-s59): wrong speakers of blind140/141's first
run. A thing scheduled "for delivery" or due "for replacement" is handed over or replaced: it
does not act, so the voice or the issuer of the text is the speaker (patients.py)."""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from tests.core.releases import found, quoted

ANSWER = (
    "Written answers\n\nDepartment of Defence\n\nNaval Service Vessels\n\n"
    "Photo of Mary LynchMary Lynch (Cork South, Labour)\n\n"
    "1. To ask the Minister for Defence when the new ships will be delivered. [1234/27]\n\n"
    "Photo of Paul KehoePaul Kehoe (Wexford, Fine Gael)\n\n"
    "The new ships programme is on track. "
)
RELEASE = (
    "WASHINGTON, March 4, 2026 - The U.S. Department of Agriculture today announced "
    "a new research fleet.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fourth ship, to be named LÉ George Bernard Shaw, is scheduled for delivery in 2027.",
        "A second Patrol Vessel, the L.E. James Joyce, is scheduled for delivery in early 2027.",
    ],
)
def test_a_ship_scheduled_for_delivery_is_not_the_speaker_of_an_answer(sentence: str) -> None:
    mine = quoted(found(ANSWER + sentence), "scheduled for delivery")
    assert mine is not None
    assert same_speaker(mine.speaker, "Paul Kehoe"), mine.speaker  # the answering Minister


def test_a_building_due_for_replacement_is_not_the_speaker_of_an_answer() -> None:
    sentence = "The two Coastal Patrol Vessels are scheduled for replacement in 2028."
    mine = quoted(found(ANSWER + sentence), "scheduled for replacement")
    assert mine is not None
    assert same_speaker(mine.speaker, "Paul Kehoe"), mine.speaker


def test_a_body_scheduled_for_a_delivery_it_makes_keeps_its_own_act() -> None:
    """Only the act done to the subject: "scheduled to deliver" stays the subject's."""
    sentence = "Babcock International is scheduled to deliver the ship in June 2027."
    mine = quoted(found(RELEASE + sentence), "scheduled to deliver")
    assert mine is not None
    assert same_speaker(mine.speaker, "Babcock International"), mine.speaker


# -- "The Deputy may wish to note ...": the listener's courtesy, not a doubt (cues.DOUBT) ------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Deputy may also wish to note the projects which are scheduled to begin in 2027.",
        "The Deputy may wish to note that the works will be completed in 2027.",
        "Members may wish to know that the new barracks will open in June 2027.",
    ],
)
def test_the_listeners_courtesy_frame_leaves_the_answer_a_candidate(sentence: str) -> None:
    mine = quoted(found(ANSWER + sentence), "2027")
    assert mine is not None and mine.doubt is None
    assert same_speaker(mine.speaker, "Paul Kehoe"), mine.speaker


def test_a_wish_of_the_speaker_stays_no_pledge() -> None:
    assert quoted(found(ANSWER + "I wish the works will be completed in 2027."), "2027") is None
