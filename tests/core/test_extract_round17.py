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
            "Donor governments have endorsed a Red Cross proposal aimed at rebuilding the clinics.",
            "Donor governments",
        ),
        ("The council has reached an agreement to reopen the ferry link.", "the council"),
        (
            "The government agreed earlier this month to hand over the disputed land.",
            "the government",
        ),
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
    assert found.speaker != "Crime Act 2009"
