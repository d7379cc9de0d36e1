"""Issue 13, round 17 (stop 29): past-tense decisions that commit to a future act, and
a dated title taken for a person. The texts are paraphrases written for the test.

Published on Monday 11 March 2024 at 09:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges, same_speaker
from bot.core.extract.actors import is_actor

PUBLISHED = datetime(2024, 3, 11, 9, 0, tzinfo=UTC)


def _found(text: str) -> list[Candidate]:
    return extract_pledges(text, PUBLISHED, "UTC")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Last week, parliament approved a plan to hold a referendum on the new charter.",
            "parliament",
        ),
        (
            "The regional cabinet adopted a programme to set up three new water agencies.",
            "the regional cabinet",
        ),
        (
            "Donor governments have adopted a Red Cross proposal aimed at rebuilding the clinics.",
            "Donor governments",
        ),
        ("The council has reached an agreement to reopen the ferry link.", "the council"),
        (
            "The government agreed earlier this month to hand over the disputed land.",
            "the government",
        ),
        ("The government agreed last week to hand over the disputed land.", "the government"),
        ("The government agreed this week to hand over the disputed land.", "the government"),
    ],
)
def test_a_decision_taken_commits_to_the_act_it_names(text: str, speaker: str) -> None:
    found = _found(text)
    assert len(found) == 1, found
    assert same_speaker(found[0].speaker, speaker), found


def test_a_decision_taken_by_we_is_a_commitment() -> None:
    text = "Ministers answered questions. We have taken a decision to close the old depot."
    assert [c.quote for c in _found(text)] == ["We have taken a decision to close the old depot."]


@pytest.mark.parametrize(
    "text",
    [
        # A plan mentioned, judged or regretted is no decision taken by anyone here.
        "This is part of our plan to give farmers long term certainty.",
        "The mayor criticised the decision to close the old depot.",
        # A decision taken in a dated past is history.
        "In 2015 parliament approved a plan to hold a referendum on the charter.",
    ],
)
def test_a_plan_mentioned_or_past_is_not_a_decision(text: str) -> None:
    assert _found(text) == []


def test_a_dated_title_is_a_document_not_a_person() -> None:
    assert not is_actor("the Policing and Crime Act 2009")
    assert not is_actor("Crime Act 2009")
    text = (
        "The Policing and Crime Act 2009 amended the Licensing Act 2003.\n\n"
        "We will review the licensing rules next year."
    )
    (found,) = _found(text)
    assert found.speaker is None


def test_a_treaty_with_its_year_is_a_document() -> None:
    (found,) = _found("The Paris Agreement of 2015 set a goal for warming.")
    assert found.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        # Each deciding verb goes with the nouns it decides.
        "The dog took a plan to bury the bone.",
        "He made a deal to sell his house to his neighbour.",
        "She made a resolution to run a marathon.",
        "The minister made the motion to adjourn.",
        "Lawmakers passed a motion to adjourn.",
        # Passing a resolution to condemn is the condemnation.
        "The UN General Assembly passed a resolution to condemn the invasion.",
        # Backing or endorsing commits the supporter to nothing.
        "The opposition backed a bill to cut taxes.",
        "Investors cheered after the regulator backed a proposal to lower fees.",
        # An announcement counts only dated ahead (announcing.py), and a decision told as
        # the occasion or memory of something else is background.
        "Shares fell after the board announced a plan to sell the unit.",
        "The protests began after the junta announced a plan to dissolve parliament.",
        "The ministry launched a programme to vaccinate children.",
        "Shares fell after the board approved a plan to sell the unit.",
        "Critics recalled that Thatcher's cabinet adopted a strategy to sell council houses.",
    ],
)
def test_a_verb_with_a_noun_it_does_not_decide_is_no_decision(text: str) -> None:
    assert [c for c in _found(text) if c.doubt is None] == [], _found(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Parliament passed a bill to ban smoking in cars.", "parliament"),
        ("The two unions reached an agreement to end the strike.", "the two unions"),
        ("The cabinet has taken the decision to close the mine.", "the cabinet"),
    ],
)
def test_a_verb_with_a_noun_it_decides_is_a_decision(text: str, speaker: str) -> None:
    (found,) = _found(text)
    assert same_speaker(found.speaker, speaker), found


def test_there_was_agreement_names_no_actor_before_it() -> None:
    (found,) = _found("There was collective agreement to hold a conference.")
    assert found.speaker is None
    text = (
        "The ministers met in Brussels. In response to a UK initiative there was collective "
        "agreement to hold a conference later in the year."
    )
    (found,) = _found(text)
    assert found.speaker is not None and "initiative" not in found.speaker, found
