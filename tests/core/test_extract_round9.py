"""The speaker rules of issue 13's ninth round, one failure kind per test.

The sentences are paraphrases written for the test, so that a regression names the rule.
"""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from tests.core.test_extract_round4 import _found

# -- who receives is not who acts ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Over 5,000 small firms will see their energy bills cut by a fifth from April, "
            "as the Government takes action on costs.",
            "the Government",
        ),
        (
            "Pupils across Wales will continue to receive free meals over the holidays, as the "
            "Education Minister today confirms £20m of funding.",
            "the Education Minister",
        ),
        (
            "Workers in the northern towns will benefit from £300 million of funding through "
            "Great British Energy by 2027.",
            "Great British Energy",
        ),
    ],
)
def test_the_actor_of_a_benefit_is_the_one_who_gives_it(text: str, actor: str) -> None:
    found = _found(text)
    assert len(found) == 1 and same_speaker(found[0].speaker, actor), found


def test_a_recipient_with_nobody_named_falls_back_to_the_actor_before_it() -> None:
    text = (
        "The Department for Transport has set out new rules for pavement parking.\n\n"
        "Town councils will be given new powers to close problem streets from June."
    )
    found = _found(text)
    assert same_speaker(found[-1].speaker, "the Department for Transport"), found


def test_a_funded_project_is_no_actor_of_the_sentences_after_it() -> None:
    text = (
        "The Scottish Government has announced £4 million for nature projects.\n\n"
        "A project to restore Argyll’s rainforest will receive over £1.3 million by 2026.\n\n"
        "A further £200,000 will go to the Clyde Trust by 2026 to expand nature networks."
    )
    found = _found(text)
    assert [c.quote[:9] for c in found[-2:]] == ["A project", "A further"]
    assert all(same_speaker(c.speaker, "the Scottish Government") for c in found[-2:]), found


# -- a speech is its speaker's ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Commissioner Ana Berg’s remarks will be available here later today.", "Ana Berg"),
        ("The Secretary’s speech will be livestreamed on Friday.", "the Secretary"),
    ],
)
def test_remarks_and_speeches_will_be_their_owners(text: str, actor: str) -> None:
    found = _found(text)
    assert len(found) == 1 and same_speaker(found[0].speaker, actor), found


def test_copies_of_a_paper_are_no_actor() -> None:
    text = (
        "The Treasury will publish the Finance Bill on Thursday.\n\n"
        "Copies of the explanatory notes will be available on the same day."
    )
    found = _found(text)
    assert same_speaker(found[-1].speaker, "the Treasury"), found


# -- who says, in lower case ---------------------------------------------------------------


def test_a_group_in_lower_case_says_what_it_will_do() -> None:
    text = (
        "The talks in Beijing ended on Sunday without agreement.\n\n"
        "All sides said they would meet again in the week of 29 August."
    )
    found = _found(text)
    assert same_speaker(found[-1].speaker, "all sides"), found


# -- "she" is the office holder the paragraph is about --------------------------------


def test_she_is_the_secretary_not_a_name_mentioned_in_passing() -> None:
    text = (
        "The Secretary will travel to Rome on 3 May. While there, the Secretary will attend "
        "a service for Ambassador Richard Holm at the embassy. She will meet the Italian "
        "Prime Minister on 4 May."
    )
    found = _found(text)
    assert found[-1].quote.startswith("She will") and same_speaker(
        found[-1].speaker, "the Secretary"
    ), found


def test_money_that_will_go_to_a_body_is_allocated_by_the_text_s_actor() -> None:
    text = (
        "More funding to support nature projects.\n\n"
        "A further £200,000 will go to the Clyde Trust to expand nature networks.\n\n"
        "Nature Minister Ana Berg said:\n\n"
        "“We are backing the people who restore our woodlands.”"
    )
    found = _found(text)
    assert len(found) == 1 and same_speaker(found[0].speaker, "Ana Berg"), found


# -- a written statement's office and holder ---------------------------------------------


def test_a_written_statement_is_its_minister_s_whatever_its_subject() -> None:
    text = (
        "Finance Bill 2026\n\n"
        "The Financial Secretary to the Treasury (Mr Sam Okoro): The Finance Bill will be "
        "published on Thursday 12 March.\n\n"
        "Explanatory notes on the Bill will be placed in the Libraries of both Houses on "
        "that day. The Government will publish the draft rules by the end of March."
    )
    found = _found(text)
    assert same_speaker(found[0].speaker, "Sam Okoro"), found
    assert found[0].promise.startswith("The Finance Bill")
    assert same_speaker(found[-1].speaker, "the Government"), found


def test_copies_of_which_will_be_deposited_by_the_writer() -> None:
    text = (
        "Department for Housing\n\nMade on: 21 February 2026\n\n"
        "My Rt Hon. Friend, Ana Berg MP, Secretary of State for Housing, has made the "
        "following statement:\n\n"
        "I am today publishing the response to the consultation, copies of which will be "
        "deposited in the libraries of both Houses.\n\n"
        "Department for Housing\n\nMade on: 21 February 2026"
    )
    found = _found(text)
    # the writer, named without her letters (stop 52)
    assert len(found) == 1 and same_speaker(found[0].speaker, "Ana Berg"), found


# -- what another "must" do, undated, is a demand ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "They discussed it and said Ruritania must now use all its leverage on its neighbour.",
        "Equally, the attacks on Ruritania must also stop.",
        "The statement said that Ruritania must show utter restraint.",
    ],
)
def test_an_undated_must_on_another_is_a_demand(text: str) -> None:
    assert _found(text) == []


def test_a_government_s_own_must_and_a_dated_must_stay() -> None:
    own = "§ Mr. H. StraussThe Government must carefully study the Report before deciding."
    assert _found(own)
    assert _found("The statement said that Ruritania must withdraw its troops by 1 March.")


# -- what an event holds is told, not promised --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The festival will feature live music, sports courts and storytelling, the Ministry said.",
        "These meetings will reinforce cooperation between the two ministries, the Ministry said.",
        "The visits will involve 1,158 participants from 58 countries, the Ministry said.",
        "The conference will be attended by ministers and by the organisers themselves.",
        "The partnership announced today will contribute to the fight against the virus, the "
        "Commission said.",
    ],
)
def test_what_an_event_holds_or_adds_to_is_no_pledge(text: str) -> None:
    assert _found(text) == []
