"""The extraction rules of issue 13's fourth round, one failure kind per test.

The kinds were met in `tests/data/articles/real/blind3/` (scored blind once, then read)
or in probes of phrasings a new text is likely to use; the sentences here are
paraphrases written for the test, so that a regression names the rule it breaks.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

import pytest

from bot.core.extract import same_speaker, split_sentences
from bot.core.extract.actors import is_actor
from tests.core import test_extract_real as real

PUBLISHED = datetime(2024, 3, 4, 15, 0, tzinfo=UTC)
_found = partial(real._found, published=PUBLISHED)
_only = partial(real._only, published=PUBLISHED)
_due = real._due


# -- what is not a pledge ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'll do a couple of quick announcements at the top before we get to questions.",
        "So I'll just be brief about the announcement, and then happy to take questions.",
        "He'll take some questions on this topic, and then we'll get to other questions.",
        "I have brought the Senior Advisor, who is going to be here to talk about the plan.",
    ],
)
def test_a_briefings_running_order_is_not_a_pledge(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I am sure that it will be for the benefit of the whole House.",
        "It will be printed, no doubt, again at a later date.",
        "I understand the practice is that it will be printed at a later date.",
        "I am absolutely certain that the Treasury Bench will hear what he had to say.",
    ],
)
def test_a_judgment_or_a_routine_is_not_a_pledge(text: str) -> None:
    assert _found(text) == []


def test_what_a_thing_just_done_will_bring_is_not_a_pledge() -> None:
    text = "The regulator voted to modernise the programme, a step that will expand access."
    assert _found(text) == []
    assert _found("With this announcement, 81 companies will have signed the pledge.") == []
    assert _found("The panel's collective expertise will support a thorough review.") == []


def test_a_courtesy_or_the_day_of_the_act_does_not_date_a_readout_or_a_goal() -> None:
    assert _found("The leaders looked forward to speaking again soon.") == []
    assert _found("It gives us confidence that we can set these new goals today.") == []


def test_a_definition_and_an_exhortation_are_not_plans() -> None:
    assert _found("The duty of every generation is to change the destinies of Europeans.") == []
    assert _found("Our natural inclination is to provide an opportunity to comment.") == []
    assert _found("For Europe to thrive, the EU's Member States must act together.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The storm is expected to reach the coast on Friday.",
        "Officials warned that the deficit would widen next year.",
        "Critics say the plan will fail.",
        "The President will be remembered for his courage.",
    ],
)
def test_forecasts_and_judgments_of_others_are_not_pledges(text: str) -> None:
    assert _found(text) == []


# -- what is a pledge ----------------------------------------------------------------


def test_a_goal_or_a_date_set_for_someone_is_a_pledge() -> None:
    goal = _only(
        "The President signed an executive order which sets a new goal for the federal "
        "government to reduce emissions by 40 percent over the next decade."
    )
    assert _due(goal) == date(2034, 3, 4)
    dated = _only("The President has issued a proclamation setting a May 16 date for a referendum.")
    assert _due(dated) == date(2024, 5, 16)
    reported = _only("The minister said the government had set a May 16 date for the referendum.")
    assert _due(reported) == date(2024, 5, 16)
    assert same_speaker(reported.speaker, "the minister")


def test_commitment_phrasings_of_orders_and_plans() -> None:
    assert _only("The executive order also commits the government to increasing the share.")
    assert _only("The government is doubling down on its commitment to improve skills.")
    assert _only("The plans call for increased spending on broadcasts to Iran.")
    told = _only("The instructions to the Presidential Executive Office concern assessing it.")
    assert told.speaker == "the Presidential Executive Office"


@pytest.mark.parametrize(
    ("text", "speaker", "due"),
    [
        (
            "Pledging to cut waiting lists by 2025, the Health Secretary set out a new plan.",
            "the Health Secretary",
            date(2025, 12, 31),
        ),
        (
            "The Council adopted a decision requiring Member States to transpose the "
            "directive by 31 December 2025.",
            "the Council",
            date(2025, 12, 31),
        ),
        (
            "The President signed an order directing the Secretary of Defense to submit a "
            "report within 90 days.",
            "the President",
            date(2024, 6, 2),
        ),
        (
            "Leaders tasked their ministers with preparing a roadmap by the end of June.",
            "leaders",
            date(2024, 6, 30),
        ),
        (
            "The regulator has given banks until 31 May to comply with the new rules.",
            "the regulator",
            date(2024, 5, 31),
        ),
        (
            "Looking ahead to the President's call with the Chancellor tomorrow, the leaders "
            "discussed the ceasefire.",
            "the leaders",
            date(2024, 3, 5),
        ),
    ],
)
def test_general_phrasings_of_commitment(text: str, speaker: str, due: date) -> None:
    found = _only(text)
    assert same_speaker(found.speaker, speaker), found
    assert _due(found) == due


def test_a_plan_named_as_what_someone_set_out_is_theirs() -> None:
    found = _only("The Prime Minister set out plans to recruit 6,500 new teachers by 2027.")
    assert found.speaker == "the Prime Minister"


def test_a_proposal_by_whoever_carries_it_is_a_plan() -> None:
    found = _only(
        "The Prime Minister also proposed that we seize the opportunity of meeting in "
        "Milan on Friday."
    )
    assert _due(found) == date(2024, 3, 8)


def test_a_hedged_plan_with_a_date_ahead_is_a_pledge_dated_by_its_own_verb() -> None:
    found = _only(
        "The Prime Minister says the country will likely hold elections in July, after "
        "voting on a new constitution in March."
    )
    assert _due(found) == date(2024, 7, 31)
    assert found.confidence < 0.8  # the hedge costs confidence
    assert _found("The country will likely hold elections at some point.") == []


# -- speakers, deadlines, sentences --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Broadcast Board of Governors says it will cut radio services by June.",
            "the Broadcast Board of Governors",
        ),
        (
            "The National Constitution Assembly has said it will challenge the date by June.",
            "the National Constitution Assembly",
        ),
        (
            "The National Constitutional Assembly (NCA), which is composed of groups in "
            "Zimbabwe, has vowed to challenge the date in court.",
            "the National Constitutional Assembly",
        ),
    ],
)
def test_a_bodys_proper_name_is_kept_whole(text: str, speaker: str) -> None:
    found = _only(text)
    assert found.speaker == speaker


def test_todays_act_and_a_headings_stamp_are_no_deadlines() -> None:
    found = _only(
        "Today's action provides an investment that will connect 20 million students to "
        "WiFi over the next two years."
    )
    assert _due(found) == date(2026, 3, 4)
    # The day a thing is done names it: "tonight's vote" is not due tonight.
    assert _only("The council said tonight's vote will decide the budget.").deadline is None
    # A release's bracketed stamp dates the release, not what it promises.
    stamped = "Councils will publish new housing plans under the government charter [June 2025]"
    assert _only(stamped).deadline is None


def test_a_sentence_takes_another_committing_cues_date_when_its_best_has_none() -> None:
    found = _only(
        "MR. KIRBY: So we'll have more information on the trip as we get closer to it, "
        "but I would expect that we would leave towards the end of the month."
    )
    assert found.cue == "'ll"  # the strongest cue, undated ...
    assert _due(found) == date(2024, 3, 31)  # ... dated by the "would" beside it


def test_a_full_stop_with_its_space_lost_ends_a_sentence() -> None:
    parts = split_sentences("The agenda runs to 2019-2024.European Commission President said so.")
    assert len(parts) == 2


def test_a_body_named_with_for_is_an_actor() -> None:
    found = _only("The Department for Education will publish guidance for schools by September.")
    assert found.speaker == "the Department for Education"


def test_documents_act_through_whoever_released_them() -> None:
    assert not is_actor("IP, MEMO and Factsheets")
    assert is_actor("the Department for Education")


def test_a_time_after_by_is_no_passive_agent() -> None:
    found = _only("The Department said the report will be published by Easter.")
    assert found.speaker == "the Department"


def test_a_term_counted_from_publication_is_a_deadline() -> None:
    found = _only("The order shall take effect 30 days after its publication.")
    assert _due(found) == date(2024, 4, 3)


@pytest.mark.parametrize(
    "text",
    [
        "I will give way to my honourable Friend.",
        "I will come back to that point in a moment.",
        "We will see what the next few weeks bring.",
        "Nobody will be surprised by the result.",
        "He will be 70 next year.",
        "Mr. Obama will be the first president to visit the country since 1928.",
        "We will be watching closely.",
    ],
)
def test_a_debates_running_order_and_waiting_to_see_are_not_pledges(text: str) -> None:
    assert _found(text) == []


def test_coming_back_to_the_house_is_still_a_pledge() -> None:
    assert _only("The Minister said he will come back to the House straightaway.")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Prime Minister welcomed the President's commitment to attend the summit "
            "next month.",
            "the President",
        ),
        ("The Prime Minister updated on the UK's plans to host the conference in May.", "the UK"),
        (
            "The leaders resolved to deepen cooperation, with officials to meet next week.",
            "the leaders",
        ),
    ],
)
def test_a_readouts_second_hand_commitments_and_resolutions(text: str, speaker: str) -> None:
    found = _only(text)
    assert same_speaker(found.speaker, speaker), found
    assert found.deadline is not None


def test_an_intention_stated_as_a_noun_is_a_plan() -> None:
    found = _only("It is our intention to publish the strategy by the end of June.")
    assert _due(found) == date(2024, 6, 30)


def test_an_orders_obligation_on_a_plural_body_is_a_pledge() -> None:
    found = _only(
        "The heads of executive departments and agencies shall provide the Commission "
        "with such information as it may require."
    )
    assert "agencies" in (found.speaker or "")
    assert is_actor("authorities") and is_actor("companies")
    # A plural in -ies whose singular is the listed head: "utility", "embassy".
    assert _only("The utilities will cut bills by June.").speaker == "the utilities"


def test_members_of_a_charter_are_the_actor() -> None:
    found = _only("Members of the Charter agree to share data with the Department by June.")
    assert found.speaker == "members of the Charter"
