"""The rules of issue 13's fifteenth round: the running of an occasion and its company,
and a leader's looked-forward-to trip.

Each kind has its positive paraphrases (which fail without the rule) beside the plain
sentences it must leave alone. The texts are written for the test, so that a regression
names the rule.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges

PUBLISHED = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)  # a Monday morning


def _found(text: str) -> list[Candidate]:
    return extract_pledges(text, PUBLISHED, "UTC")


def _quotes(text: str) -> list[str]:
    return [candidate.quote for candidate in _found(text)]


# -- press arrangements: who may cover an occasion, and on what terms ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Governor's remarks will be open to pre-credentialed media.",
        "This event at the Grand Hotel will be covered by the in-town travel pool.",
        "The dinner will be covered by the travelling press pool.",
        "As a reminder, today's call is on background and it will be embargoed until the "
        "conclusion of the call.",
        "This briefing is on background; it'll be embargoed until the end of the call.",
        "Today we're joined by [Senior Official One], who will be referred to as Senior "
        "Official One.",
        "The press is invited to attend the public sessions of the council from 2:00 p.m. to "
        "5:25 p.m.",
        "Media access for the President's meetings will be announced early next week.",
    ],
)
def test_a_press_arrangement_is_no_pledge(sentence: str) -> None:
    trip = "The Minister will travel to Lima on 6 March."
    text = f"MODERATOR: Thank you for joining us. {sentence} {trip}"
    assert sentence not in _quotes(text)
    assert trip in _quotes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # The act is the pledge; the arrangement only names who may watch it.
        "Dr. Biden will deliver remarks at the Grand Hotel on 5 March, which will be open to "
        "pre-credentialed media.",
        "The Department will publish the press pool rules by 1 April.",
        "The Agency will lift the embargo on grain exports on 1 April.",
    ],
)
def test_an_act_that_names_the_press_stays(sentence: str) -> None:
    assert sentence in _quotes(f"The Ministry spoke on Monday. {sentence}")


# -- who comes along: the company at an occasion, told without a date ---------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The President will be joined by the Secretary of Labor.",
        "She will be joined by Jane Doe, Assistant Secretary for Arms Control, and a "
        "distinguished delegation.",
        "Members of Congress and local legislators will also be participating in the event.",
    ],
)
def test_who_comes_along_is_no_pledge(sentence: str) -> None:
    text = f"The President will host industry leaders at the White House on Wednesday. {sentence}"
    assert sentence not in _quotes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # A joint activity of the company is a plan of its own.
        "They will be joined by around 900 soldiers for exercises during the deployment.",
        # A date makes it a schedule.
        "The President will be joined by the Secretary of Labor on Thursday.",
    ],
)
def test_company_with_a_purpose_or_a_date_stays(sentence: str) -> None:
    text = f"The Ministry will deploy four jets to Japan in May. {sentence}"
    assert sentence in _quotes(text)


# -- a leader looking forward to a trip or a consultation --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Prime Minister said he was looking forward to travelling to Paris this week and "
        "the leaders reflected on the summit yesterday.",
        "Looking ahead, the Prime Minister said he was looking forward to travelling to Rome "
        "for the G7 Summit in June.",
        "The President looks forward to consulting with the Chancellor on a broad agenda of "
        "global issues.",
        "The Secretary is looking forward to traveling to Ottawa for the ministerial.",
    ],
)
def test_looking_forward_to_a_trip_is_a_plan(sentence: str) -> None:
    assert sentence in _quotes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders looked forward to working closely together.",
        "It is the Secretary's old school, so he's looking forward to returning.",
        "The leaders looked forward to speaking again soon.",
    ],
)
def test_a_courtesy_looked_forward_to_stays_out(sentence: str) -> None:
    assert _found(sentence) == []


# -- what a measure, a law or an occasion will bring about: an effect, not an act ---------

_RELEASE = (
    "Department for Widgets press release\n\n"
    "The Government has today announced a new order for 40 widget presses. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The order will support 2,000 jobs across the country.",
        "The expansion will lift 50,000 families out of poverty.",
        "Choosing the cheaper model will deliver a saving of 10% per press for the taxpayer.",
        "The new law will help 16,000 teachers keep their jobs.",
        "The Act will preserve the country's place as a leader in consumer safety.",
        "The ban will prevent shops from selling beer at a loss.",
        "A can of lager will now cost no less than 40p.",
        "His visit will advance the Government's agenda in the region.",
        "The conference will offer an opportunity to build on the results of the last round.",
    ],
)
def test_an_effect_foretold_is_no_pledge(sentence: str) -> None:
    assert sentence not in _quotes(_RELEASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # What a law obliges or lets others do is its reading, kept.
        "The Act will require retailers to publish their prices.",
        "The order will mean that every press is inspected each year.",
        # An actor's act with the same verbs, and a dated delivery.
        "The Department will deliver 300 presses to schools by March 2026.",
        "The Minister will offer the unions a new deal.",
    ],
)
def test_an_act_or_a_law_s_reading_stays(sentence: str) -> None:
    assert sentence in _quotes(_RELEASE + sentence)


# -- "will welcome" a person hosts them; "will welcome" a decision judges it ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In the evening, the President will welcome the President of Finland and the Prime "
        "Ministers of Norway and Sweden at the North Portico.",
        "On Friday the Queen will welcome the Emperor of Japan at Windsor Castle.",
        "Later, the Mayor will welcome the Prime Minister of Canada at City Hall.",
    ],
)
def test_welcoming_a_titled_guest_is_a_schedule(sentence: str) -> None:
    assert sentence in _quotes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers will welcome the Government's decision to cut the levy.",
        "Ministers will welcome the European Commission's proposal.",
        "Campaigners will welcome the news.",
    ],
)
def test_welcoming_a_decision_judges_it(sentence: str) -> None:
    assert _found(sentence) == []


# -- the present progressive of a pledge verb with its object: "is promising full support" -


@pytest.mark.parametrize(
    "sentence",
    [
        "President Jane Roe is promising full support for the region's recovery from the floods.",
        "The Premier is promising a smooth transition to a new government.",
        "Ministers are pledging £40 million for new lifeboats.",
    ],
)
def test_a_pledge_verb_in_the_progressive_with_its_object(sentence: str) -> None:
    assert sentence in _quotes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The early results of the trial are promising.",
        "The talks are promising for a settlement next year.",
        "It was a promising start to the new government.",
    ],
)
def test_promising_as_an_adjective_stays_out(sentence: str) -> None:
    assert _found(sentence) == []


# -- a body named with its acronym in brackets: "The Food Standards Agency (FSA) said" -----


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Food Standards Agency (FSA) said it will publish the review.",
            "The Food Standards Agency",
        ),
        (
            "The U.S. Department of Agriculture (USDA) announced today that it will extend the "
            "deadline for organizations to submit applications.",
            "The U.S. Department of Agriculture",
        ),
        (
            "The Texas Department of Transportation (TxDOT) will open the new bridge on 1 June.",
            "The Texas Department of Transportation",
        ),
    ],
)
def test_a_body_named_with_its_acronym_speaks(sentence: str, speaker: str) -> None:
    found = _found(sentence)
    assert [candidate.quote for candidate in found] == [sentence]
    assert found[0].speaker is not None
    assert found[0].speaker.lower() == speaker.lower()


def test_a_name_with_commas_before_its_acronym_is_not_cut_at_the_comma() -> None:
    found = _found(
        "The Minister has today set out how the Civil Aviation Authority (CAA) and the new "
        "Regulatory Office (RIO) in the Department for Science, Innovation and Technology "
        "(DSIT) will streamline its processes."
    )
    assert len(found) == 1
    # The Minister sets out how the bodies will act (the corpus accepts either): not a
    # fragment of the department's name cut at its comma.
    assert found[0].speaker == "the Minister"


# -- a proclamation's own directive: "I direct the Secretary of Defense ... to plan" -------


@pytest.mark.parametrize(
    "sentence",
    [
        "I direct the appropriate officials of the Government to display the flag on all "
        "Government buildings on that day.",
        "I direct the Secretary of Defense on behalf of the Army, the Navy and the Air Force, "
        "and the Secretary of Transportation on behalf of the Coast Guard, to plan for "
        "appropriate observances each year.",
        "I hereby direct the Attorney General to review the rules within 90 days.",
    ],
)
def test_a_first_person_directive_is_an_order(sentence: str) -> None:
    text = (
        f"NOW, THEREFORE, I, JANE ROE, President, do hereby proclaim 1 May as Flag Day. {sentence}"
    )
    assert sentence in _quotes(text)


def test_a_first_person_directive_names_its_addressee() -> None:
    sentence = "I direct the Secretary of Defense to plan for appropriate observances each year."
    found = [c for c in _found(f"47 F.R. 16767. {sentence}") if c.quote == sentence]
    assert [c.speaker for c in found] == ["the Secretary of Defense"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I direct your attention to the second paragraph of the letter.",
        "I call upon all citizens to display the flag at their homes.",
    ],
)
def test_other_first_person_calls_are_no_order(sentence: str) -> None:
    assert _found(sentence) == []


# -- an order's policy line: "It is the policy of the United States to provide support" ----


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the policy of the United States to provide effective and fiscally responsible "
        "support to State and local governments.",
        "Sec. 2. (a) It is the policy of the United States that relevant agencies should "
        "prioritize the protection of the domestic supply chain.",
        "It shall be the policy of the Federal Government to purchase clean vehicles.",
    ],
)
def test_an_order_s_policy_line_is_a_commitment(sentence: str) -> None:
    found = _found(sentence)
    assert [candidate.quote for candidate in found] == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is our policy not to comment on leaked documents.",
        "It was the policy of the previous government to sell the land.",
        "Is it the policy of the Government to raise taxes?",
    ],
)
def test_other_policy_talk_stays_out(sentence: str) -> None:
    assert _found(sentence) == []


# -- an invitation binds no one: "has been invited to attend" ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 60 business leaders have been invited to attend.",
        "Now, the teacher has been invited by two of those young leaders to travel to Niger.",
        "The Mayor was invited to speak at the opening.",
    ],
)
def test_an_invitation_received_is_no_pledge(sentence: str) -> None:
    assert _found(sentence) == []


def test_an_invitation_accepted_stays() -> None:
    sentence = "The Prime Minister accepted the invitation to attend the summit in June."
    assert sentence in _quotes(sentence)


# -- a hedged act is still the act: "would likely travel to Pyongyang in March" ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy said he was invited by the government to discuss the shutdown, and would "
        "likely travel to the capital in March.",
        "The Secretary will likely discuss the border dispute with his counterparts.",
        "The ambassador said the minister would likely meet the President in the near future.",
        "Food shipments are well advanced and distribution is likely to begin next month, a "
        "spokeswoman said.",
    ],
)
def test_a_likely_act_is_a_hedged_plan(sentence: str) -> None:
    assert sentence in _quotes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices will likely rise further next year.",
        "The storm is likely to hit the coast on Thursday.",
        "It will likely be a difficult winter.",
    ],
)
def test_a_likely_outcome_stays_a_guess(sentence: str) -> None:
    assert _found(sentence) == []


# -- a lead-in to a list says nothing itself: "Here's how we'll do it:", "will be:" --------


@pytest.mark.parametrize(
    "sentence",
    [
        "Here's how we're going to stop it:",
        "Here’s how we’ll make sure the scammers responsible face up to their crimes:",
        "The Leader announced that business for the coming week would be:",
        "The new price caps will be:",
    ],
)
def test_a_lead_in_to_a_list_is_no_pledge(sentence: str) -> None:
    text = f"{sentence}\n\n• We will ban cold calls on all financial products by June."
    assert sentence not in _quotes(text)
    assert "• We will ban cold calls on all financial products by June." in _quotes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "(a) The Secretary of State shall submit the following reports:",
        "Instructions have been issued to submit to the State Duma draft laws regarding:",
        "Here's what the Government will do by the end of the year:",
    ],
)
def test_a_lead_in_with_its_own_act_stays(sentence: str) -> None:
    assert sentence in _quotes(f"{sentence}\n\n• a report on rents.")


def test_the_items_under_a_how_lead_in_keep_its_pledge() -> None:
    lead = "Here's how we'll make sure the scammers face up to their crimes:"
    item = "• By launching a new Fraud Squad backed by 400 new posts"
    quotes = _quotes(f"The Government published its plan.\n\n{lead}\n\n{item}")
    assert lead not in quotes
    assert item in quotes


# -- a trip under way: "is traveling to Bangkok from March 3-5" told on 3 March ------------


def test_a_trip_whose_range_starts_today_is_under_way() -> None:
    assert _found("The Security Adviser is traveling to Bangkok, Thailand from March 3-5.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Security Adviser is traveling to Bangkok, Thailand from March 10-12.",
        "The Security Adviser is traveling to Bangkok next week.",
    ],
)
def test_a_trip_ahead_in_the_progressive_stays(sentence: str) -> None:
    assert sentence in _quotes(sentence)
