"""The extraction rules of issue 13's eighth round, one failure kind per test.

The sentences are paraphrases written for the test, so that a regression names the rule.
"""

from __future__ import annotations

import pytest

from bot.core.extract import same_speaker
from tests.core.test_extract_round4 import _found

# -- items listed below the sentence they illustrate ------------------------------------


def test_items_listed_below_a_summary_are_pledges_of_their_own() -> None:
    text = (
        "Firms across the country have committed to hire another 20,000 apprentices over "
        "the next four years.\n\n"
        "For example:\n\n"
        "• Northline Rail committed to hire 2,000 apprentices in the next four years.\n\n"
        "• Harbour Foods committed to hire 900 in the next two years.\n"
    )
    found = _found(text)
    assert [c.speaker for c in found[1:]] == ["Northline Rail", "Harbour Foods"]
    assert found[1].deadline is not None and found[2].deadline is not None


@pytest.mark.parametrize(
    "summary",
    [
        # Unpunctuated, the line is a headline as well as a bullet.
        "• The council will open three new libraries by June 2022\n\n",
        # Punctuated, only the summary-bullet rule drops it (a list of two, too).
        "• The council will open three new libraries by June 2022.\n\n",
        "• The council will open three new libraries by June 2022.\n"
        "• It will open them on Saturdays.\n\n",
    ],
)
def test_a_summary_bullet_above_the_body_still_counts_once(summary: str) -> None:
    text = summary + "The council will open three new libraries by June 2022, the mayor said.\n"
    quotes = [c.quote for c in _found(text)]
    assert not any(quote.startswith("• The council") for quote in quotes)
    assert quotes[-1][:11] == "The council"


# -- a schedule's "will welcome" -------------------------------------------------------


def test_welcoming_a_named_guest_is_a_schedule() -> None:
    found = _found("On Thursday, the President will welcome Prime Minister Ana Costa.")
    assert len(found) == 1 and same_speaker(found[0].speaker, "the President")
    assert found[0].deadline is not None


def test_welcoming_news_is_no_pledge() -> None:
    assert _found("Commuters will welcome the decision to cut fares.") == []


# -- a capitals kicker is no speaker ---------------------------------------------------


def test_a_press_release_kicker_is_no_speaker() -> None:
    heading = "PRESS RELEASE : New rules to protect bus passengers [March 2026]\n\n"
    text = (
        heading * 2 + "The press release issued by the Department for Transport on 3 March "
        "2026.\n\nThe Department for Transport will publish the new rules by June.\n\n"
        "Passengers will be better protected under the plans.\n"
    )
    speakers = {c.speaker for c in _found(text)}
    assert speakers and not any("Release" in (speaker or "") for speaker in speakers)


def test_an_effective_date_kicker_is_no_speaker() -> None:
    text = "EFFECTIVE DATE: This rule is effective on 17 February 2027.\n"
    assert all(c.speaker != "Effective Date" for c in _found(text))


# -- a demand on a state of affairs ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Chancellor stressed that progress must be made in the coming weeks to close the gaps.",
        "The Minister reiterated that any deal must reflect what voters chose.",
        "Any cuts would have to be approved by the assembly.",
    ],
)
def test_what_a_state_of_affairs_must_be_is_no_pledge(text: str) -> None:
    assert _found(text) == []


def test_what_an_actor_must_do_by_a_date_is_still_one() -> None:
    found = _found("The Government must publish its response by 1 June 2027.")
    assert len(found) == 1 and found[0].deadline is not None


# -- an office with its holder in brackets ---------------------------------------------


def test_the_holder_named_in_brackets_is_the_speaker() -> None:
    text = (
        "My noble friend, the Minister of State for Rural Affairs (Lord Ashdown), will "
        "represent the UK at the Council on 16 March 2027."
    )
    found = _found(text)
    assert len(found) == 1 and same_speaker(found[0].speaker, "Lord Ashdown")
    assert "Minister" not in (found[0].speaker or "")


# -- a list of things under an introduction --------------------------------------------


def test_an_introduction_carries_acts_not_things() -> None:
    text = (
        "The Board shall report on the following by 1 May 2027:\n\n"
        "(1) The projected needs of rural schools over the next decade.\n\n"
        "(2) How pupils are being served in each region.\n\n"
        "The new fares will be:\n\n"
        "• 29 cents per journey, down from 35 cents\n\n"
        "Signatories commit to the following by the end of 2027:\n\n"
        "• publish their pay gap every year\n"
    )
    quotes = [c.quote for c in _found(text)]
    assert not any(quote.startswith(("(1)", "(2)", "• 29")) for quote in quotes)
    assert "• publish their pay gap every year" in quotes


# -- a commitment outlined -------------------------------------------------------------


def test_a_commitment_outlined_is_one() -> None:
    found = _found("The Minister outlined our firm commitment to opening ten new clinics.")
    assert len(found) == 1 and same_speaker(found[0].speaker, "the Minister")


# -- a wish ----------------------------------------------------------------------------


def test_liking_to_see_something_happen_is_a_wish() -> None:
    assert _found("The envoy says he personally would like to see the talks resume on 2 May.") == []


def test_a_wish_beside_a_commitment_leaves_the_commitment() -> None:
    text = (
        "The envoy said he would like to see the talks resume. "
        "The talks will resume on 2 May 2027, he said."
    )
    assert [c.quote for c in _found(text)] == ["The talks will resume on 2 May 2027, he said."]


# -- an office "of" something is no speaker cut short (review of rounds 7-8) ------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "First Deputy Chief of the General Staff Colonel General Sergei Rudskoy said the "
            "troops would withdraw by 1 April.",
            "Sergei Rudskoy",
        ),
        (
            "The First Deputy Chief of Staff said the report would be published next week.",
            "the First Deputy Chief of Staff",
        ),
        (
            "Assistant Secretary of State for Consular Affairs will brief reporters on Friday.",
            "Assistant Secretary of State for Consular Affairs",
        ),
        ("Secretary of State Marco Rubio will travel to Panama on Saturday.", "Marco Rubio"),
        # An office "for" a portfolio: where the name begins is not in the words.
        (
            "Under Secretary for Food Safety Jose Emilio Esteban said FSIS would issue the rule "
            "by June.",
            "Under Secretary for Food Safety Jose Emilio Esteban",
        ),
        (
            "Minister for Foreign Affairs Simon Harris will travel to Brussels on Thursday.",
            "Minister for Foreign Affairs Simon Harris",
        ),
    ],
)
def test_an_office_of_something_is_named_whole_or_by_its_holder(text: str, speaker: str) -> None:
    found = _found(text)
    assert [c.speaker for c in found] == [speaker]


def test_a_transcript_label_of_an_office_keeps_its_capitals() -> None:
    text = (
        "PRIME MINISTER: I will meet the union leaders on Thursday.\n\n"
        "QUESTION: Will you publish the review?\n\n"
        "PRIME MINISTER: The review will be published next month.\n"
    )
    assert {c.speaker for c in _found(text)} == {"Prime Minister"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Parliament's courtesy words are part of the name, not where it ends.
        (
            "My right hon. Friend will be making a statement in the near future.",
            "My right hon. Friend",
        ),
        (
            "The hon. Member for Bath will lead the debate on Tuesday.",
            "the hon. Member for Bath",
        ),
        # A contracted pronoun is a pronoun, not a name.
        ("We’ll have some logistical details about the trip over the weekend.", None),
    ],
)
def test_courtesy_words_and_contractions_are_no_speakers_cut_short(
    text: str, speaker: str | None
) -> None:
    assert [c.speaker for c in _found(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A surname's particles are part of it.
        (
            "European Commission President Ursula von der Leyen will visit Kyiv on Friday.",
            "Ursula von der Leyen",
        ),
        (
            "Presidents Sassoli and von der Leyen and Prime Minister Costa will hold a joint "
            "press conference at 13.00 on Friday.",
            "Sassoli and von der Leyen and Costa",
        ),
        # An "and" inside a body's name joins no two speakers.
        (
            "Food Safety and Standards Authority chief executive Emily Miles said the agency "
            "would report in May.",
            "Emily Miles",
        ),
    ],
)
def test_particles_and_bodies_names_are_no_speakers_cut_short(text: str, speaker: str) -> None:
    assert [c.speaker for c in _found(text)] == [speaker]
