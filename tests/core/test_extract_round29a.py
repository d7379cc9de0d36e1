"""Issue 13, round 29a: the running of the event a transcript records, and what a thing
will be or afford someone: told, not pledged (`proceedings`, `effects`).

The texts are written for the test (the kinds come from the seen splits' false
candidates), so that a regression names the rule; the contrasts name what each rule must
leave alone: a notice of a future event's remarks, a thing's act with a date.
"""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, only_set_aside

CALL = (
    "Jo Marsh (Moderator): Good afternoon and thank you for joining this call on the "
    "flood recovery programme. We are joined by Dr Ana Patel. "
)
RELEASE = "The Department of Waterways said on Tuesday that the canal repairs had begun. "


# -- the running of the event under way: weak ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We will go ahead and get started.",
        "So with that, I'll go ahead and turn it over to Minister Kemal Aydin.",
        "I will begin this afternoon by outlining three changes to the grant rules.",
        "I'll just start by giving you all an overview of the tour and its programme.",
        "I will follow with a short summary of the Minister's meetings.",
        "Dara is going to brief us today on the latest river levels.",
        "Both engineers will be on hand to take your questions as well.",
        "He will provide opening remarks and will discuss a new report in the Bulletin "
        "before taking questions.",
        "And with that, the Minister is going to make a few opening remarks.",
    ],
)
def test_running_of_the_event_is_set_aside(sentence: str) -> None:
    only_set_aside(CALL, sentence, "weak")


def test_future_remarks_at_a_place_stay() -> None:
    # A notice of the Minister's remarks at another event, with the questions after them.
    sentence = (
        "The Minister will deliver remarks at the Harbour Forum followed by a short "
        "session of questions."
    )
    assert candidate(RELEASE, sentence).doubt is None


def test_own_start_on_a_programme_stays() -> None:
    # "start by" followed by an act, not by what the speaker says next.
    sentence = "We will start by repairing the locks on the northern stretch by June."
    assert candidate(RELEASE, sentence).doubt is None


# -- what a thing will be or afford: describes -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This will reflect most of the revised toll charges.",
        "But our figures from here on will be different.",
        "The money for new pumps will give the boatyards the tools to cope.",
        "The extension will give the committee more time to finish its review.",
    ],
)
def test_thing_told_as_will_is_set_aside(sentence: str) -> None:
    only_set_aside(RELEASE, sentence, "describes")


def test_thing_giving_with_a_date_stays() -> None:
    sentence = "The scheme will give every lock keeper a new radio by 1 May."
    assert candidate(RELEASE, sentence).doubt is None
