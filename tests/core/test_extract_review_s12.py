"""Readings a review of rounds 9-10 found wrong: ordinary pledges taken for a speaker's
housekeeping, money already handed out taken for a pledge, "they" given to a department
whose name holds "and", an undated "I'll get back to you" kept when any digit followed,
and a "Pressed on ..." opening whose answer held "for" or "about"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import extract_pledges

PUBLISHED = datetime(2024, 5, 20, 10, tzinfo=UTC)


def found(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in extract_pledges(text, PUBLISHED, "Europe/London")}


@pytest.mark.parametrize(
    "promise",
    [
        "We will take over the railways.",
        "We will hand over powers to Holyrood.",
        "We will make sure over 1,000 schools get new roofs.",
        "We will start by abolishing the two-child benefit cap.",
        "I will give the NHS the things it needs.",
    ],
)
def test_ordinary_pledges_are_no_housekeeping(promise):
    assert found(f'Starmer said: "{promise}"'), promise


def test_housekeeping_in_the_room_is_still_no_pledge():
    assert not found(
        "MS LEE: I'll just make a couple of brief remarks and then hand over to my colleague."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Department announced £5m to the charity last week.",
        "Ministers allocated £40m to local councils in March.",
    ],
)
def test_money_already_given_to_someone_is_no_pledge(text):
    assert not found(text)


def test_money_put_to_a_purpose_is_still_a_pledge():
    assert found("The Department has today announced £2.35 billion to create more school places.")


def test_they_is_not_a_department_whose_name_holds_and():
    text = (
        "The Department for Environment, Food and Rural Affairs will publish the strategy in "
        "June.\n\nThe Prime Minister will visit Kenya next week. They will sign a trade deal "
        "by 1 August."
    )
    speakers = found(text)
    assert speakers["They will sign a trade deal by 1 August."] == "the Prime Minister"


@pytest.mark.parametrize(
    "text",
    [
        "I'll get back to you by email.",
        "I'll let you know which of the 2 options we choose.",
        "I'll let you know before I leave the room.",
    ],
)
def test_an_undated_get_back_to_you_is_no_pledge(text):
    assert not found(f"MR SMITH: {text}")


def test_a_dated_get_back_to_you_is_a_pledge():
    assert found("MR SMITH: We will get back to you with a decision by 3 June.")


def test_pressed_on_an_answer_that_says_for_or_about_is_still_the_answer():
    assert found(
        "Pressed on timing, ministers will publish the plan for schools by June, the "
        "spokesman said."
    )
