"""Issue 13, stop 55 (tuner p, precision): false candidates of the development splits.
The texts are written for the test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges

_PUBLISHED = datetime(2014, 7, 21, 12, tzinfo=UTC)


def _found(text: str, key: str) -> list[Candidate]:
    return [c for c in extract_pledges(text, _PUBLISHED, "UTC") if key in c.quote]


# The session's own course, told by the briefer or the chair (CONVENTIONS 2.4).
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Okay, everybody. We're going to start.", "going to start"),
        (
            "I'll give a short overview of the schedule, and then we'll just spend most of "
            "the time taking questions from you.",
            "spend most of the time",
        ),
        ("There is a statement out, and we'll make you copies of it.", "make you copies"),
        ("We'll give this to you afterwards, but it is four lines long.", "give this to you"),
        ("We will get straight into our consideration of the Votes.", "get straight into"),
        ("We are going to do this, as I said, quite quickly.", "do this, as I said"),
        ("We'll do the briefing on background.", "do the briefing on background"),
        (
            "Today, we will discuss the new port contracts, and we will focus on the shipyards.",
            "discuss the new port contracts",
        ),
    ],
)
def test_the_session_s_own_course_is_no_pledge(text: str, key: str) -> None:
    assert not _found(text, key)


def test_a_session_talk_with_a_later_day_is_a_plan() -> None:
    text = "Tomorrow we will discuss the port contracts with the unions."
    assert _found(text, "discuss the port contracts")


def test_a_meeting_opening_with_another_subject_keeps_its_pledge() -> None:
    # Not the speaker's own session: the ministers are telling what they will do.
    text = "Today, the ministers will discuss the port contracts and sign a new accord by Friday."
    assert _found(text, "sign a new accord")


def test_a_pledge_after_the_session_talk_keeps_its_own_cue() -> None:
    text = (
        "We'll give this to you later, and the Department will publish the full plan on 1 August."
    )
    assert _found(text, "will publish the full plan")


def test_a_trip_s_talk_is_still_a_plan() -> None:
    # "talk about" on a trip, not "talk about it in more detail" in the room.
    text = "The Secretary will travel to Rome on Friday, where we'll talk about religious freedom."
    assert _found(text, "travel to Rome")


# Notes to the press and to the reader at the foot of an advisory (CONVENTIONS 2.3, 2.4).
_ADVISORY = "The Secretary will visit the Langley Research Center on Thursday, August 2. "


@pytest.mark.parametrize(
    ("note", "key"),
    [
        (
            "Media interested in attending are asked to confirm their attendance no later "
            "than noon Monday, July 30 by calling the press office.",
            "are asked to confirm",
        ),
        ("Reporters planning to travel may contact the press office for logistics.", "planning"),
        (
            "Additionally, journalists interested in seeing how the agency is building its new "
            "rover can tour the hangar.",
            "is building",
        ),
        (
            "Please include the name of your outlet and the names of those who will attend.",
            "who will attend",
        ),
        ("The embassy will issue credentials to media wishing to cover the talks.", "credentials"),
    ],
)
def test_a_note_to_the_press_is_no_pledge(note: str, key: str) -> None:
    text = _ADVISORY + note
    assert not _found(text, key)
    assert _found(text, "will visit the Langley Research Center")


def test_a_please_that_tells_a_plan_stays() -> None:
    text = "Please note that the Minister will open the new bridge on Friday, August 3."
    assert _found(text, "will open the new bridge")


def test_the_media_as_the_object_of_an_act_is_no_note() -> None:
    text = "The Commission will brief journalists interested in the budget on Tuesday, July 24."
    assert _found(text, "will brief journalists")


def _listed(text: str, key: str) -> list[Candidate]:
    listed = extract_pledges(text, _PUBLISHED, "UTC", set_aside=True)
    return [c for c in listed if key in c.quote]


# What an agreement asks of others, undated: set aside, no longer on the "maybe" list.
@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders agreed that all sides should show restraint.",
        "The ministers agreed that the international community needs to do more to help.",
        "It was agreed that the attention of both Houses should turn to the report.",
    ],
)
def test_an_agreement_on_what_others_should_do_is_set_aside(sentence: str) -> None:
    found = _listed("The Prime Minister spoke to the Chancellor today. " + sentence, "agreed that")
    assert found
    assert all(c.doubt is not None for c in found)


def test_an_agreed_passive_is_the_parties_own_act() -> None:
    text = "They agreed that efforts must be continued to negotiate a comprehensive agreement."
    found = _listed(text, "agreed that")
    assert found
    assert found[0].doubt is None


def test_a_dated_agreement_on_others_stays_proposed() -> None:
    text = "The leaders agreed that the G7 must send a clear message at next week's summit."
    found = _listed(text, "agreed that")
    assert found
    assert found[0].doubt is None


# A law's rule of construction or scope binds no one to an act (CONVENTIONS 1.4, 1.7).
@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        (
            "The provisions of this order shall not be construed to impair the courts' powers.",
            "construed",
        ),
        ("The members of the panel shall not be considered federal employees.", "considered"),
        ("Items 2 and 4 of this Decree shall not apply to diplomatic staff.", "apply to"),
    ],
)
def test_a_rule_of_construction_is_no_pledge(sentence: str, key: str) -> None:
    text = "The Minister signed the order today. " + sentence
    assert not _found(text, key)


def test_a_negative_duty_of_an_order_stays() -> None:
    text = "Under the order, retailers shall not sell disposable vapes after 1 June 2015."
    assert _found(text, "shall not sell")
