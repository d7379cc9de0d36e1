"""The rules of issue 13's tenth round (precision first, then two recall kinds), one kind per test.

The sentences are paraphrases written for the test, so that a regression names the rule.
"""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from tests.core.test_extract_round4 import _found

# -- a list whose items carry no bullet ------------------------------------------------


def test_unmarked_items_under_a_committing_header_are_each_a_pledge() -> None:
    text = (
        "The Minister for Trade has published the response to the consultation.\n\n"
        "The Government plan to:\n\n"
        "reform the labelling rules, making prices easier to compare;\n\n"
        "ban fake reviews on shopping sites; and\n\n"
        "give trading standards officers new powers to act online.\n\n"
        "I am placing a copy of the response in the Library."
    )
    quotes = [candidate.quote for candidate in _found(text)]
    assert quotes == [
        "reform the labelling rules, making prices easier to compare;",
        "ban fake reviews on shopping sites; and",
        "give trading standards officers new powers to act online.",
    ], quotes


def test_a_paragraph_after_a_header_that_ends_no_item_is_no_item() -> None:
    text = (
        "The council said it would publish its findings.\n\n"
        "The review will cover:\n\n"
        "Residents spoke at length about the bins."
    )
    quotes = [candidate.quote for candidate in _found(text)]
    assert "Residents spoke at length about the bins." not in quotes, quotes


def test_a_header_that_only_opens_its_items_is_not_proposed_beside_them() -> None:
    text = (
        "The plan includes commitments to:\n\n"
        "• publish a flood resilience standard by 2026\n"
        "• review the water companies' drought plans next year"
    )
    quotes = [candidate.quote for candidate in _found(text)]
    assert "The plan includes commitments to:" not in quotes, quotes
    assert len(quotes) == 2, quotes


# -- the speaker's housekeeping in a transcript -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My Lords, with the leave of the House, I shall now repeat a Statement made in "
        "another place by my right honourable friend the Home Secretary.",
        "Good afternoon, everyone. I'll just make a couple of remarks and then take questions.",
        "We're going to get to as many questions as possible in the time we have.",
        "I will now hand over to the Deputy Spokesperson for the rest of the briefing.",
    ],
)
def test_what_a_speaker_will_do_in_the_room_is_no_pledge(text: str) -> None:
    assert _found(text) == []


def test_a_statement_promised_for_later_is_still_a_pledge() -> None:
    found = _found("The Foreign Secretary will make a statement to the House on Monday.")
    assert len(found) == 1, found


# -- what an occasion or a measure is for, or what it will hold -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The price floor aims to reduce heavy drinking and the harm it causes.",
        "The trade fair also aims to connect small suppliers with large buyers.",
        "The visit is also intended to deepen cooperation on energy and migration.",
        "These measures aim to ensure that the rules are applied the same way everywhere.",
        "The festival will feature live music, food stalls and a lantern parade.",
        "The selected programmes will conduct research in areas such as batteries and "
        "new materials.",
    ],
)
def test_what_an_occasion_or_a_measure_is_for_is_no_pledge(text: str) -> None:
    text = "The Commission announced the results on Tuesday.\n\n" + text
    assert [c.quote for c in _found(text) if c.quote == text.split("\n\n")[1]] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Government aims to build 300,000 homes a year.",
        "The review aims to report to the Minister by March 2027.",
        "The festival will take place in Hyde Park on 4 July.",
    ],
)
def test_an_actors_aim_or_a_dated_one_is_still_a_pledge(text: str) -> None:
    assert len(_found(text)) == 1, _found(text)


# -- a briefer's non-answer ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Asked for more details on the bill, the spokesman said he would not be giving out "
            "any specific details as that would pre-empt what would be coming up over the summer.",
            "he would not be giving out",
        ),
        (
            "Asked if the Prime Minister was expected to meet with Ms Jones following her "
            "return to the UK, the PMS said that that would be kept under review.",
            "kept under review",
        ),
        (
            "The Home Secretary is today laying before the House a Statement of Changes in "
            "Immigration Rules.\n\nThe changes include exempting nurses from the limit. This "
            "responds to shortages in the NHS. The changes will be kept under review.",
            "kept under review",
        ),
    ],
)
def test_a_non_answer_is_no_pledge(text: str, quote: str) -> None:
    assert [c for c in _found(text) if quote in c.quote] == []


def test_a_review_with_a_date_is_still_a_pledge() -> None:
    found = _found("The thresholds will be kept under review and reported on by June 2027.")
    assert len(found) == 1, found


# -- instructions issued: a past act that sets future work ------------------------------


def test_items_of_instructions_given_as_follows_are_each_a_pledge() -> None:
    text = (
        "The Government was instructed as follows:\n\n"
        "- To provide citizens with prompt and accurate information about the infection;\n\n"
        "- To boost the production of protective equipment for medical facilities."
    )
    quotes = [candidate.quote for candidate in _found(text)]
    assert quotes == [
        "- To provide citizens with prompt and accurate information about the infection;",
        "- To boost the production of protective equipment for medical facilities.",
    ], quotes


@pytest.mark.parametrize(
    "text",
    [
        "Instructions have been issued to submit to the State Duma draft laws on regional "
        "elections.",
        "Mr Putin gave the instruction for local executive bodies to be established in the region.",
    ],
)
def test_instructions_issued_in_the_passive_are_a_pledge(text: str) -> None:
    assert len(_found(text)) == 1, _found(text)


def test_the_topics_of_an_instruction_are_not_pledges_of_their_own() -> None:
    text = (
        "Instructions have been issued to submit to the parliament draft laws regarding:\n\n"
        "- modifying the election system for the lower house;\n\n"
        "- the election of regional governors by direct vote."
    )
    quotes = [candidate.quote for candidate in _found(text)]
    assert quotes == [text.split("\n\n")[0]], quotes


# -- money announced for a purpose -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Education Secretary Anna Berg has today announced £1.5 billion to create more "
            "school places up to 2029.",
            "Anna Berg",
        ),
        (
            "In August, the Department announced up to $300 million in funding to support "
            "projects that help new farmers buy land.",
            "the Department",
        ),
    ],
)
def test_money_announced_for_a_purpose_is_a_pledge(text: str, actor: str) -> None:
    found = _found(text)
    assert len(found) == 1 and same_speaker(found[0].speaker, actor), found


def test_money_confirmed_with_no_purpose_ahead_is_no_pledge() -> None:
    text = "The UK confirmed an extra £600 million of support for Ukraine yesterday."
    assert _found(text) == []
