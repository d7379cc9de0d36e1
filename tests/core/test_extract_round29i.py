"""Issue 13, round 29i: precision. A thing's reach, name or qualification told with
"will" ("The levy will affect every ferry operator", "It will be known as the Harbour Act
2027"), a list of who will take part ("Participants will include ..."), and what parties
agree a thing will do ("agreed that a shared timetable will allow ..."): each is set
aside as told (`reaching`), while the parties' or a body's own acts stay.

Each text is written for the test.
"""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, only_set_aside

RELEASE = (
    "Harbour Authority\n\nThe Harbour Authority met on Tuesday to review the winter "
    "storm damage to the eastern quay and the cost of repairs. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The closure of the quay will cause long delays for ferry passengers.",
        "It will impact on fishermen and on the whole chain of fish merchants.",
        "This decision, taken last week, will have serious implications for cargo traffic.",
        "It will be known as the Harbour Safety Act 2027, and it has eleven sections.",
        "Fees from the new berths will be eligible for a rebate under the coastal scheme.",
        "Participants will include pilots, tug crews and representatives of the unions.",
    ],
)
def test_reach_name_or_company_of_a_thing_is_set_aside(sentence: str) -> None:
    only_set_aside(RELEASE, sentence, "describes")


@pytest.mark.parametrize(
    "sentence",
    [
        "The members agreed that a shared timetable will allow the pilots to plan ahead.",
        "The members agreed that a safer quay will require a joint effort by all users.",
    ],
)
def test_agreement_on_a_things_effect_is_set_aside(sentence: str) -> None:
    only_set_aside(RELEASE, sentence, "describes")


@pytest.mark.parametrize(
    "sentence",
    [
        # The parties' own act, agreed.
        "The members agreed that the Harbour Authority will publish a repair plan.",
        # A body's reach over others is its act.
        "The Harbour Authority will affect no change to the fees before the review.",
        # A delegation's members are labelled as often as not: it stays.
        "The delegation will also include the Deputy Harbour Master, Jane Smith.",
        # A thing with its date ahead is a plan.
        "The new levy will impact every ferry operator from 1 March.",
    ],
)
def test_an_actors_act_or_a_dated_one_stays(sentence: str) -> None:
    assert candidate(RELEASE, sentence).doubt is None


@pytest.mark.parametrize(
    "sentence",
    [
        "When the Chair learned of the crack in the quay wall, she ordered the Quay Office "
        "to close the eastern berths.",
        "When Parliament charged the Authority with policing the harbour, it created a new "
        "duty for every pilot.",
    ],
)
def test_a_past_when_clause_frames_history(sentence: str) -> None:
    only_set_aside(RELEASE, sentence, "vetoed")


@pytest.mark.parametrize(
    "sentence",
    [
        # No subject of its own: a statement reported.
        "When asked, the Chair confirmed that there would be a public meeting on the repairs.",
        # The clause looks ahead.
        "When we have finished the survey, we will publish the repair plan.",
        # A time frame ahead: the act is still to come.
        "When the members met on Tuesday, they agreed to reopen the quay by 1 May.",
        # An undertaking given then is still to be kept: reported, not done.
        "When the Chair visited the quay, she undertook to publish the repair plan.",
    ],
)
def test_a_when_clause_that_asks_or_looks_ahead_stays(sentence: str) -> None:
    assert candidate(RELEASE, sentence).doubt is None
