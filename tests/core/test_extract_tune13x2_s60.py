"""Issue 13, stop 60 precision tuner x2 (branch issue13t2-s60): wrong speakers of
general kinds.

- "<body> of <portfolio> <title> <name>" names the person ("U.S. Department of Energy
  Secretary Rick Perry"), and "<body kind> of <Name>" is the body's whole name ("Department
  of State"), not the cut "U.S. Department".
- The audience told what to know ("Members will wish to know that, additionally, the House
  will rise", "Colleagues should also be aware that") is not the actor of the news after
  "that"; a clause opened by a preposition ("Beyond AUKUS, she will") names no actor.
- In a member's turn of a debate (a "Name (Constituency, Party)" line above it), an
  impersonal future whose actor was only guessed from another sentence is the member's
  ("Publication will take place after the examination": the Taoiseach's, not "the force"
  a sentence before it named)."""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from bot.core.extract.speakers import normalise
from tests.core.releases import candidate, found, quoted

RELEASE = (
    "LONDON, 3 March 2026 - The Department for Trade today set out its plans for the year.\n\n"
)


def test_a_body_before_a_titled_person_names_the_person() -> None:
    sentence = (
        "Tomorrow, U.S. Department of Commerce Secretary Jane Doyle will visit two "
        "research laboratories in Ohio."
    )
    mine = candidate(RELEASE, sentence)
    assert same_speaker(mine.speaker, "Jane Doyle"), mine.speaker


@pytest.mark.parametrize(
    ("phrase", "short"),
    [
        ("U.S. Department of Commerce Secretary Jane Doyle", "Jane Doyle"),
        ("U.S. Department of State", "U.S. Department of State"),
        ("Department of Homeland Security", "Department of Homeland Security"),
        ("Ministry of Defence spokesman John Reid", "John Reid"),
        ("Mark Osei of Northline", "Mark Osei"),
        ("the Department of Energy", "the Department of Energy"),
    ],
)
def test_a_body_named_with_of_keeps_its_whole_name(phrase: str, short: str) -> None:
    assert normalise(phrase) == short


# -- the audience told what to know, a clause opened by a preposition, a turn's impersonal future --

BUSINESS = (
    "Business of the House\n\n"
    "Jane Hollis (Leader of the House of Commons):\n"
    "I am pleased to announce the calendar for this House. "
)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Members will wish to know that, additionally, the House will rise on Wednesday "
            "15 April and return on Monday 27 April.",
            "will rise",
        ),
        (
            "Colleagues should also be aware that Thursday 12 March will be estimates day.",
            "estimates",
        ),
    ],
)
def test_the_audience_told_what_to_know_is_not_the_speaker(sentence: str, words: str) -> None:
    mine = quoted(found(BUSINESS + sentence), words)
    assert mine is not None
    assert not same_speaker(mine.speaker, "Members"), mine.speaker
    assert not same_speaker(mine.speaker, "Colleagues"), mine.speaker


def test_a_clause_opened_by_a_preposition_names_no_actor() -> None:
    text = (
        "The Indo-Pacific Minister starts a visit to Fiji today. "
        "The Minister will meet the Foreign Minister on Monday. "
        "This includes progress on PACER, which will open trade. "
        "Beyond PACER, she will also discuss climate finance."
    )
    mine = quoted(found(text), "Beyond PACER")
    assert mine is not None
    assert not same_speaker(mine.speaker, "Beyond PACER"), mine.speaker


DEBATE = (
    "Dáil debates\nTuesday, 3 March 2026\nOrder of Business\n5:00 pm\n"
    "Seán Nolan (Cork North, Fianna Fáil)\n"
    "I will deal with the Bills the Deputy raised. The force is devoting many of its "
    "resources to these matters and is enjoying much success. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Publication will take place sometime after the conclusion of this examination.",
        "Drafting on the courts Bill is expected to be completed by the end of the year.",
    ],
)
def test_an_impersonal_future_in_a_members_turn_is_the_members(sentence: str) -> None:
    mine = quoted(found(DEBATE + sentence), sentence[:20])
    assert mine is not None
    assert same_speaker(mine.speaker, "Seán Nolan"), mine.speaker


# -- the agent of an act a passive only waits on is not its actor (framing) ----------------

FUNDING = "CARDIFF, 3 March 2026 - The Welsh Government today set out council funding.\n\n"


def test_the_agent_of_an_awaited_approval_is_not_the_actor() -> None:
    sentence = "Final allocations will be published following approval by the Welsh Parliament."
    mine = quoted(found(FUNDING + sentence), "Final allocations")
    assert mine is not None
    assert not same_speaker(mine.speaker, "the Welsh Parliament"), mine.speaker


def test_a_passive_agent_still_acts() -> None:
    sentence = "Most of the electricity will be purchased in future by Thailand."
    mine = quoted(found(FUNDING + sentence), "will be purchased")
    assert mine is not None
    assert same_speaker(mine.speaker, "Thailand"), mine.speaker
