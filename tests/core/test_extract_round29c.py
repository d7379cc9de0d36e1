"""Issue 13, round 29c: a debate's or a round-up's running told by whoever runs it, what
a thing will bring about or change, and a vote told as done: told, not pledged
(`proceedings`, `bearing`, `enacted`).

The texts are written for the test (the kinds come from the seen splits' false
candidates), so that a regression names the rule; the contrasts name what each rule must
leave alone: a call on the Government to act, a thing's act with a date, a plan approved.
"""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, only_set_aside

DEBATE = (
    "Westminster Hall debate on rural bus routes, 4 March. "
    "Mrs Ada Lowe (in the Chair): Good morning, colleagues. "
)
RELEASE = "The Department of Waterways said on Tuesday that the canal repairs had begun. "


# -- the running of the sitting under way: weak ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I will call Tom Reyes to open the debate, and I will then call the Minister to reply.",
        "I shall now call the shadow Minister to wind up.",
        "I'll start as usual and go through, briefly, the week ahead before some questions.",
        "We will run through the days ahead and then take a couple of questions.",
    ],
)
def test_running_of_the_sitting_is_set_aside(sentence: str) -> None:
    only_set_aside(DEBATE, sentence, "weak")


def test_call_on_the_government_to_act_stays_out_of_the_chair_rule() -> None:
    # A call on others to act is no chair's running order: this rule leaves it alone.
    sentence = "I will call on the Department to publish the bus review by June."
    assert candidate(RELEASE, sentence).doubt is None


# -- what a thing will bring about, make up or change: describes -----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This Bill will change how river moorings are licensed across the county.",
        "The new patrol fleet will bring about safer waterways for every boater.",
        "Electric boats will make up a third of the hire fleet.",
        "The merger will give the trust the right level of funding to plan ahead.",
    ],
)
def test_thing_bringing_about_is_set_aside(sentence: str) -> None:
    only_set_aside(RELEASE, sentence, "describes")


def test_thing_changing_with_a_date_stays() -> None:
    sentence = "The new byelaw will change how moorings are licensed from 1 April 2027."
    assert candidate(RELEASE, sentence).doubt is None


# -- a vote on a text, told as done: vetoed ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Today, the Assembly adopted the Council's proposal to expand the ferry fleet by 2028.",
        "This week, the Senate passed the Governor's bill to fund the canal agency.",
        "From promise to delivery: the Board welcomes the final votes on the canal plan",
    ],
)
def test_vote_told_as_done_is_set_aside(sentence: str) -> None:
    only_set_aside(RELEASE, sentence, "vetoed")


def test_plan_approved_stays() -> None:
    sentence = "Last week, the council approved a plan to dredge the canal by June."
    assert candidate(RELEASE, sentence).doubt is None
