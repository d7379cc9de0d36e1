"""Ordinary sentences that rounds 7-9's rules stopped reading, found by the review of
those rounds; each rule is narrowed to what it was for, and these pin both sides.

The sentences are paraphrases written for the test.
"""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from bot.core.extract.giving import holder
from tests.core.test_extract_round4 import _found


def test_things_promised_under_a_delivering_introduction_are_pledges() -> None:
    """Items opening with a figure or an article were dropped under any introduction;
    only one that lists topics ("will be:", "shall study:") lists things."""
    text = (
        "We will deliver the following by 2030:\n"
        "• 40 new hospitals\n"
        "• 20,000 more police officers by 2026\n"
        "• A new border force"
    )
    found = {c.promise: c.deadline.due.year for c in _found(text) if c.deadline}
    assert found.get("40 new hospitals") == 2030, found
    assert found.get("A new border force") == 2030, found
    assert found.get("20,000 more police officers by 2026") == 2026, found


@pytest.mark.parametrize(
    "text",
    [
        "The new price caps will be:\n• 29 cents per minute\n• 9 cents per message",
        "The Commission shall seek to identify:\n(1) The projected needs for staff during the "
        "next ten years.\n(2) The cost of the programme.",
    ],
)
def test_things_under_an_introduction_listing_topics_are_not(text: str) -> None:
    assert [c for c in _found(text) if c.quote[0] in "•("] == []


def test_an_opening_without_a_question_leaves_the_answer_a_pledge() -> None:
    found = _found(
        "Pressed on timing, ministers will publish the plan by June, the spokesman said."
    )
    assert len(found) == 1 and found[0].deadline is not None


def test_a_reported_question_is_still_the_journalists() -> None:
    text = "Asked whether the Government would change its mind, the PMS said it was clear."
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We will get back to you with a decision by 3 May.",
        "I will come back to you by the end of the week with the figures.",
        "He will let you know the outcome by Friday.",
    ],
)
def test_a_dated_promise_to_come_back_to_you_is_a_pledge(text: str) -> None:
    found = _found(text)
    assert len(found) == 1 and found[0].deadline is not None, found


def test_the_briefers_undated_aside_to_the_room_is_not() -> None:
    assert _found("I will come back to you on that.") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Department will receive applications from 1 May.", "the Department"),
        ("The council will access the national register from June.", "the council"),
    ],
)
def test_a_body_that_receives_to_act_is_the_actor(text: str, actor: str) -> None:
    found = _found(text)
    assert len(found) == 1 and same_speaker(found[0].speaker, actor), found


def test_right_is_a_courtesy_word_only_before_hon() -> None:
    found = _found("It is only right Ministers will publish the figures by June.")
    assert len(found) == 1 and same_speaker(found[0].speaker, "Ministers"), found
    assert found[0].speaker is not None and "right" not in found[0].speaker.lower()
    friend = _found("My right hon. Friend will publish the figures by June.")
    assert len(friend) == 1 and "right hon." in (friend[0].speaker or "")


@pytest.mark.parametrize("actor", [" ", "", None])
def test_a_blank_actor_holds_no_office(actor: str | None) -> None:
    assert holder(actor) is False
