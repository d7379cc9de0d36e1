"""The extraction rules of issue 13's seventh round, one failure kind per test.

The kinds recur across the splits blind5-8 and heldout (each scored blind once, then
read): the future of a thing told as if someone had committed to it. The sentences are
paraphrases written for the test, so that a regression names the rule.
"""

from __future__ import annotations

import pytest

from bot.core.extract import is_maybe, same_speaker
from tests.core.test_extract_round4 import _found, _only

# -- a thing's future is not a pledge --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The head of the subject is a thing, whatever names qualify it.
        "Minister Ana Ruiz said peace in the region will require a settlement with every faction.",
        "The second round of grants under the National Housing Scheme will enable councils "
        "to build faster.",
        # Money and documents are not actors, even with a capital at a bullet's start.
        "• Fund will boost local jobs and mobilise private investment across the north.",
        "A Regional Analysis will reveal how each council is performing against its targets.",
    ],
)
def test_what_a_thing_will_do_is_not_a_pledge(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, promise",
    [
        # An appositive ends in a place; the subject before it is the actor.
        (
            "The Housing Foundation, the charity responsible for grants in the north of "
            "England, will lead delivery of the new fund.",
            "will lead delivery",
        ),
        # What a law will require is an obligation, said of it in a relative clause too.
        (
            "Tenants will welcome today's new Renters Act which will require landlords to "
            "register every tenancy.",
            "require landlords",
        ),
        # The same new verbs, said of an actor, are its commitment.
        (
            "The Government will increase the minimum wage for every worker.",
            "increase the minimum wage",
        ),
    ],
)
def test_an_actor_or_a_law_doing_it_is_still_a_pledge(text: str, promise: str) -> None:
    assert promise in _only(text).promise


# -- a briefing's reported question ----------------------------------------------------


def test_a_cue_in_the_reported_question_is_not_a_pledge() -> None:
    text = (
        "Asked for plans for the week, and could the PMOS brief journalists on tomorrow, "
        "the PMOS said no."
    )
    assert _found(text) == []


def test_the_answer_after_the_reported_question_is_judged_on_its_own() -> None:
    text = (
        "Asked if the Government would change its mind on the coastguard, the PMS said we "
        "would set out proposals later in the summer."
    )
    assert _only(text).promise.startswith("we would set out proposals")


# -- a state described, not an act -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Asked what the Prime Minister's message at the union dinner would be, the PMS said "
        "that it was a short speech, which would be quite informal and wide-ranging.",
        "The Health Secretary said the talks, which would be quite short, were a first step.",
    ],
)
def test_what_something_will_be_like_is_not_a_pledge(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # What a thing will need after an agreement commits no party.
        "The two leaders agreed that concerted action would be needed in the months ahead to "
        "address the economic challenges.",
        # What a thing will do after an agreement, dated or not, commits no party either.
        "The leaders agreed that the fund would boost jobs in the region by 2027.",
        # A record claimed for an event, not anyone's commitment.
        "This will be the first time U.S. envoys will gather from around the world at once.",
        # Two adverbs before the verb still leave the investment's effect a description.
        "The Treasury said it is expected that the investment will directly and indirectly "
        "mobilise billions in private money.",
    ],
)
def test_a_need_a_record_or_an_effect_is_not_a_pledge(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, promise",
    [
        # A passive after the agreement is the parties' own act.
        (
            "The leaders agreed that efforts must be continued to negotiate a comprehensive "
            "agreement.",
            "efforts must be continued",
        ),
        # "For the first time" dates a measure; it claims no record for the sentence.
        (
            "For the first time price caps will be introduced for roaming data from 1 July, "
            "the Commission said.",
            "price caps will be introduced",
        ),
    ],
)
def test_a_passive_after_an_agreement_or_a_first_measure_is_a_pledge(
    text: str, promise: str
) -> None:
    assert promise in _only(text).promise


# -- an item of a programme ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "On fisheries, there will be a presentation by the Commission followed by an "
            "exchange of views on the proposal.",
            "the Commission",
        ),
        (
            "The Minister said there will be a statement on the review before the recess.",
            "the Minister",
        ),
    ],
)
def test_there_will_be_an_event_or_a_document_is_a_plan(text: str, speaker: str) -> None:
    assert same_speaker(_only(text).speaker, speaker)


def test_there_will_be_a_state_of_things_is_not_a_plan() -> None:
    assert _found("There will be print pool coverage of the President's remarks.") == []


# -- others encouraged to pledge; a thing before its appositive -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ministers are encouraging supermarkets to pledge to halve food waste by 2030.",
        # The campaign is the subject, not the firms its appositive names.
        "The campaign, aimed at the country's 1.4 million small firms, will enhance awareness "
        "of net zero, while encouraging them to pledge to take specific actions.",
    ],
)
def test_encouraging_others_to_pledge_is_no_pledge(text: str) -> None:
    assert _found(text) == []


def test_a_pledge_beside_encouragement_of_others_is_kept() -> None:
    text = "The Energy Minister pledged to halve food waste by 2030 and urged others on."
    assert same_speaker(_only(text).speaker, "the Energy Minister")


# -- speakers: a described subject, a verb of state ------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Housing Trust, the charitable body responsible for grants in Yorkshire, will "
            "lead delivery of the new fund by March.",
            "the Housing Trust",
        ),
        (
            "The Vice President made clear that the United States remains committed to assist "
            "Iraq in these efforts.",
            "the United States",
        ),
    ],
)
def test_the_speaker_is_the_subject_not_its_description_or_verb(text: str, speaker: str) -> None:
    assert _only(text).speaker == speaker


# -- an interview's waiting on events ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SECRETARY CLINTON: We're going to have to wait and see.",
        "SECRETARY CLINTON: Well, we're going to let the process play out.",
        "SECRETARY CLINTON: So we're going to let the evidence unfold, but this is wrong.",
    ],
)
def test_waiting_on_events_is_not_a_pledge(text: str) -> None:
    assert _found(text) == []


def test_a_conditional_answer_with_a_date_is_still_a_pledge() -> None:
    text = "SECRETARY CLINTON: If they come back to the table, we will talk to them next week."
    assert "we will talk to them" in _only(text).promise


# -- an undated effect of a thing is doubted -----------------------------------------------

_CONTEXT = "The Education Secretary announced the plan on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        "This will give patients more choice.",
        "The deal will bring prices down for millions of households.",
        "Demand for school places will continue to grow.",
        "The new approach will give teachers more time in the classroom.",
    ],
)
def test_an_undated_effect_of_a_thing_is_not_proposed(text: str) -> None:
    assert [found for found in _found(_CONTEXT + text) if "announced" not in found.quote] == []


@pytest.mark.parametrize(
    "text",
    [
        "The new rules will come into force on 1 April.",
        "The review will be published after the summer recess.",
        "The plan will see 500 new schools built by 2030.",
    ],
)
def test_a_thing_started_published_or_dated_is_still_proposed(text: str) -> None:
    assert [found for found in _found(_CONTEXT + text) if text[:20] in found.quote]


def test_a_thing_effect_with_a_named_speaker_is_a_maybe() -> None:
    found = _only("The Health Secretary said the new system will make waits shorter.")
    assert is_maybe(found)


# -- a briefing's own conventions ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The PMS said that he would not get into a running commentary.",
        "The PMS said he would come back to journalists on that.",
        "The PMS said that he would check and get back to journalists.",
        "The PMS said he would let journalists know when there was more to say.",
        "Put to him that the Government would lose the vote, the PMS said that was a matter "
        "for the House.",
        "The PMS said that he was sure the Prime Minister would be happy to look at the proposals.",
    ],
)
def test_a_briefers_running_order_or_guess_is_not_a_pledge(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The PMS said that the Government would set out its plans in the autumn.",
        "The PMS said that the PM would be travelling to Brussels on Thursday.",
        "The Minister said he will come back to the House with the figures next week.",
    ],
)
def test_a_briefers_report_of_a_plan_is_still_a_pledge(text: str) -> None:
    assert len(_found(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed that the talks would resume in Geneva next week.",
        "The leaders agreed that the next meeting would take place in March.",
        "The leaders agreed that the review would conclude by the end of the year.",
        "The leaders agreed that the new fund would open to applicants in April.",
    ],
)
def test_agreeing_on_an_events_course_is_a_pledge(text: str) -> None:
    assert "agreed that" in _only(text).promise
