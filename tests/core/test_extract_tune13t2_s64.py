"""Issue 13, stop 64 (tuner t2, precision and speakers): who comes along on a trip and who
will be at an event, told without an act of their own (kind 3 of stop 63's note, blind130-148).

The texts are written for the test (the kinds come from the development splits' false
candidates); the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

import pytest

from bot.core.extract.actors import is_actor
from tests.core.releases import found, kept, quoted


def _not_found(context: str, sentence: str) -> None:
    """The sentence's last part (after a lead-in sentence, if any) is no candidate."""
    text = context + sentence + "\n"
    words = sentence.rsplit(". ", 1)[-1][:30]
    assert quoted(found(text), words) is None, found(text)


TRIP = (
    "Office of the Spokesperson\n\n"
    "Deputy Secretary Anna Berg will travel to Lisbon and Madrid on March 10-12. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # a title with "for the" in it is no purpose ("Special Envoy for the Horn of Africa")
        "Deputy Secretary Berg will be joined by Special Envoy for the Sahel Ambassador "
        "Tom Reid and Coordinator for the Bureau of Energy Resources Lisa Marr.",
        "Tom Reid, Special Envoy for the Sahel, and Lisa Marr, Senior Official for the "
        "Bureau of Energy Resources, will also join the trip.",
        "Tom Reid, the Ambassador to Portugal, will also be a member of the delegation, "
        "officials said.",
        "Tom Reid, Lisa Marr and Chief of Mission Paul Dunn, currently in Lisbon, will also "
        "serve as delegation members.",
    ],
)
def test_who_comes_along_is_no_pledge(sentence: str) -> None:
    _not_found(TRIP, sentence)


def test_a_list_of_who_will_attend_is_no_pledge() -> None:
    text = (
        "The White House\n\nOn Thursday, the President will host a meeting of the Partnership "
        "leaders in the Roosevelt Room.\n\nThe following leaders will attend:\n\n"
        "Prime Minister Anna Berg of Norland\n\nPresident Tom Reid of Southland\n"
    )
    assert quoted(found(text), "The following leaders") is None, found(text)
    kept(text, "the President will host")


@pytest.mark.parametrize(
    "sentence",
    [
        # a purpose of their own keeps the joining a candidate
        "Deputy Secretary Berg will be joined by Tom Reid for talks with the Spanish "
        "energy minister.",
        "Tom Reid will also join the delegation to sign the water agreement.",
        # the delegation itself, led by the traveller, is her plan
        "On March 11, Deputy Secretary Berg will lead a U.S. delegation to the Madrid "
        "water summit.",
        # a delegation's members as its subject are labelled as often as not (round 29i)
        "The delegation will also include Special Envoy for Water Security Tom Reid.",
        # a dated joining is left to the other rules
        "Tom Reid will join the trip on March 12 in Madrid.",
    ],
)
def test_a_joining_with_an_act_or_a_date_stays(sentence: str) -> None:
    kept(TRIP + sentence + "\n", sentence[:30])


READOUT = "Prime Minister’s meeting with the Prime Minister of Norland: 4 March 2026\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # a belief reported of another, and a conviction told with an adverb (kind 5)
        "The Prime Minister said that he believed a closer partnership between the two "
        "countries would bring benefits for both.",
        "The Chair told reporters on Tuesday that she believed the vote could be held as "
        "soon as November.",
        "Whatever some may think, I am personally convinced that together we will succeed.",
        "Works at the site will begin once the restrictions are lifted. Present indications "
        "are that this will be September at the earliest.",
    ],
)
def test_a_belief_or_an_indication_is_no_pledge(sentence: str) -> None:
    _not_found(READOUT, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the believer's own government acts, told plainly, stay
        "The Prime Minister said the Government will publish the review on 12 May.",
        # a belief that ends before the act's own clause leaves it alone
        "He believed in open trade; the Government will cut the tariff on 1 April.",
    ],
)
def test_a_plain_statement_beside_a_belief_stays(sentence: str) -> None:
    kept(READOUT + sentence + "\n", sentence[:30])


@pytest.mark.parametrize(
    "phrase", ["the Motion for Adjournment", "Topical Issues", "the motions", "Adjournment"]
)
def test_an_item_of_business_names_no_actor(phrase: str) -> None:
    assert not is_actor(phrase)


def test_an_item_of_business_taken_is_the_leaders_line() -> None:
    text = (
        "BUSINESS OF THE HOUSE\n\nMr. Anna Berg: The business for next week will be as "
        "follows. On Monday we shall take the Harbours Bill. "
        "On Thursday, the Motion for Adjournment will be taken.\n"
    )
    line = quoted(found(text), "the Motion for Adjournment will be taken")
    assert line is not None, found(text)
    assert line.speaker is not None and "Motion" not in line.speaker, line


STATEMENT = "Written statement by the Ministry of Canals on the waterways strategy.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # a decade is the horizon of a claimed effect, not a date (CONVENTIONS 2.2, 6.2)
        "This strategy will transform the building of barges, enable the fleet to grow by "
        "the 2040s and boost skills across the country.",
        "The new locks will strengthen the canal industry, supporting 3,000 jobs well into "
        "the 2030s.",
    ],
)
def test_an_effect_with_a_decade_for_its_horizon_is_no_pledge(sentence: str) -> None:
    _not_found(STATEMENT, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the body's own act in the decade stays, as does the measure's act with a date
        "The Ministry's fund will pay for 12 new locks by March 2027.",
        "The Ministry will build 12 new locks in the 2030s.",
    ],
)
def test_an_act_in_the_decade_or_with_a_date_stays(sentence: str) -> None:
    kept(STATEMENT + sentence + "\n", sentence[:30])


def test_a_clause_before_released_is_no_announcer() -> None:
    """A release's opening clause whose "released" is an adjective names no announcer:
    the impersonal line after it is not given to the clause's words."""
    text = (
        "News Releases\n\nThe Harbour Board of Canals is seeking comments on the recently "
        "released draft dredging plan. Comments must be received by June 20, 2026.\n"
    )
    line = quoted(found(text), "Comments must be received")
    assert line is not None, found(text)
    assert line.speaker == "the Harbour Board of Canals", line
