"""The review of issue 13's fifteenth round: each probe that the round read wrongly, beside
the sentences the round's rules were written for.

The texts are written for the test (the reviewer's probes and a few of our own), so that a
regression names the rule it breaks.
"""

from __future__ import annotations

import pytest

# The round's own helpers: the same publication date (a Monday morning) and reading.
from tests.core.test_extract_round15 import _found, _quotes

# -- 1. a trip in the progressive is under way only when a dated range has begun -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Prime Minister is visiting India in March.",
        "The Foreign Secretary is travelling to Brussels this week.",
        "The Secretary is traveling to Europe later this month.",
        "The President is traveling to China later this year.",
        "The Minister is visiting Kenya this spring.",
    ],
)
def test_a_trip_in_a_period_that_has_begun_is_still_ahead(sentence: str) -> None:
    assert sentence in _quotes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Security Adviser is traveling to Bangkok, Thailand from March 1-5.",
        "The Security Adviser is traveling to Bangkok, Thailand from 2 March.",
    ],
)
def test_a_trip_whose_dated_range_has_begun_is_under_way(sentence: str) -> None:
    assert _found(sentence) == []


# -- 2. a paste that repeats a sentence is read once per wording, not once per copy --------


def test_a_repeated_sentence_reads_its_deadline_words_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.core.extract import timeframe

    calls: list[str] = []
    real = timeframe.parse_deadline

    def counting(words: str, *args: object, **kwargs: object) -> object:
        calls.append(words)
        return real(words, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(timeframe, "parse_deadline", counting)
    once = "The Adviser is traveling to Bangkok from March 1-5. "  # under way: dropped
    assert _found(once) == []
    single = len(calls)
    calls.clear()
    _found(once * 40)
    assert len(calls) <= single + 2


def test_a_repeated_dropped_sentence_is_judged_afresh_beside_other_neighbours() -> None:
    # The memo of dropped sentences is keyed by the neighbours: a list's item is not one.
    item = "publish the report by 1 June."
    lead = "The Minister said the Department will:"
    text = f"{lead}\n\n- {item}\n\n{lead}\n\n- {item}"
    assert any(item in quote for quote in _quotes(text))


# -- 3. an invitation to act is EU-style tasking; one to attend or speak binds no one ------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission is invited to present a legislative proposal by June 2025.",
        "Member states are invited to submit their national plans by 30 June.",
        "The Government has been invited to respond to the Committee's report within two months.",
    ],
)
def test_an_invitation_to_act_by_a_date_is_a_task(sentence: str) -> None:
    assert sentence in _quotes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers have been invited to attend the summit on 20 March.",
        "The Ambassador is invited to speak at the conference on 12 March.",
        "The delegation has been invited to visit the plant next week.",
        "Officials are invited to the reception on 10 March.",
    ],
)
def test_an_invitation_to_attend_is_no_order(sentence: str) -> None:
    assert _found(sentence) == []


# -- 7. "I direct the X to" + a bare verb is a directive; "to the written statement" is not --


@pytest.mark.parametrize(
    "sentence",
    [
        "I direct the House to the written statement I made on Monday.",
        "I direct the Committee's attention to paragraph 5 of the report.",
        "I direct the reader to the appendix.",
        "I charge all of you to remember the fallen.",
    ],
)
def test_pointing_someone_to_a_text_is_no_directive(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_proclamations_directive_to_act_stays() -> None:
    sentence = "I hereby direct the Secretary of Defense to submit a plan within 30 days."
    found = _found(sentence)
    assert [candidate.quote for candidate in found] == [sentence]
    assert found[0].speaker == "the Secretary of Defense"


# -- 5. "promising" is a pledge verb only with an actor promising something -----------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The weather is promising a warm and sunny weekend.",
        "Sales figures are promising more growth next year.",
        "These are promising new developments.",
        "The early results are promising all the same.",
    ],
)
def test_promising_as_an_adjective_or_a_things_outlook_is_no_pledge(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Government is promising a new hospital for the town by 2028.",
        "Ministers are pledging £40 million to repair the sea wall by next winter.",
        "They are promising full support to the families.",
    ],
)
def test_an_actor_promising_something_stays_a_pledge(sentence: str) -> None:
    assert sentence in _quotes(sentence)


# -- 8. a law's effect that changes what people may or must do keeps the law reading -------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Order will prevent the sale of single-use vapes.",
        "The Bill will create a new Border Security Command.",
        "The new law will lift the ban on onshore wind.",
        "The order will boost the minimum wage to £12.21.",
    ],
)
def test_a_laws_change_to_the_rules_is_its_reading(sentence: str) -> None:
    text = f"The Department of Health published the order today. {sentence}"
    assert sentence in _quotes(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The legislation will help 160,000 teachers keep their jobs.",
        "The Bill will boost growth across the country.",
        "The new law will create thousands of jobs.",
    ],
)
def test_a_laws_effect_on_the_world_is_told(sentence: str) -> None:
    text = f"The Department of Health published the order today. {sentence}"
    assert sentence not in _quotes(text)


# -- 4. "likely" keeps a hedged act only when an actor is the one likely to act ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflation is likely to return to the 2% target next year, the Bank said.",
        "Rain is likely to start on Thursday.",
        "Polls suggest voters will likely deliver a hung parliament in May.",
        "Prices will likely rise again in April.",
    ],
)
def test_a_likely_outcome_with_no_actor_is_a_forecast(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Prime Minister is likely to travel to Washington in April.",
        "The Government will likely publish the review in May.",
        "He would likely travel to Pyongyang in March, officials said.",
    ],
)
def test_an_actors_likely_act_stays_a_pledge(sentence: str) -> None:
    assert sentence in _quotes(sentence)


# -- 10. an order's policy line is a pledge; a standing policy or a refusal is not ----------


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the policy of the Government not to comment on individual cases.",
        "It is the policy of the BBC to remain impartial.",
        "It is the policy of His Majesty's Government that asylum seekers are not permitted "
        "to work.",
    ],
)
def test_a_standing_policy_is_no_pledge(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "It is the policy of the United States to provide effective support to the "
            "region by 2026.",
            "the United States",
        ),
        (
            "It is the policy of His Majesty's Government that all departments will publish "
            "their data by 1 June.",
            "His Majesty's Government",
        ),
    ],
)
def test_an_orders_policy_line_names_its_owner(sentence: str, speaker: str) -> None:
    found = _found(sentence)
    assert [candidate.quote for candidate in found] == [sentence]
    assert found[0].speaker == speaker


# -- 11. "will welcome" a titled person's decision judges it; a titled guest is hosted -----


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers will welcome the Secretary of State's decision to cut the levy.",
        "Unions will welcome the Minister for Employment's statement on pay.",
        "The industry will welcome the President of the Commission's proposal.",
    ],
)
def test_welcoming_a_titled_persons_decision_judges_it(sentence: str) -> None:
    assert _found(sentence) == []


def test_a_titled_guest_welcomed_is_hosted() -> None:
    sentence = "The King will welcome the President of Finland at Windsor Castle on 12 March."
    assert sentence in _quotes(sentence)


# -- 6. a press arrangement needs the press: an embargo on arms or a reinsurance pool is not


@pytest.mark.parametrize(
    "sentence",
    [
        "The Government said the new body, which will be referred to as Great British "
        "Railways, will take over the network in 2026.",
        "The Government said the data will be embargoed until publication on 1 June.",
        "Arms exports to the country will be embargoed until the end of the conflict, the "
        "Foreign Secretary said.",
        "Claims will be covered by the Flood Re reinsurance pool from April 2026.",
    ],
)
def test_a_pledge_with_press_words_in_another_sense_stays(sentence: str) -> None:
    assert sentence in _quotes(sentence)


# -- 9. a joining with a joint act ("in sending troops") is a pledge of both ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Britain will be joined by France in sending troops to Ukraine.",
        "The United States will be joined by Japan in imposing new sanctions on Russia.",
        "The Chancellor will be joined by business leaders in launching the new growth fund.",
        "Germany will also be participating in the meeting of the coalition of the willing.",
    ],
)
def test_a_joining_with_a_joint_act_stays(sentence: str) -> None:
    assert sentence in _quotes(sentence)


def test_only_who_comes_along_is_still_no_pledge() -> None:
    sentence = "The President will be joined by the Secretary of Education."
    assert sentence not in _quotes(f"The President will visit a school in Ohio. {sentence}")


# -- 12. a "how" lead-in that states its own goal or deadline is a pledge too --------------


@pytest.mark.parametrize(
    "sentence",
    [
        "This is how the Government will deliver 1.5 million homes by 2029:",
        "Here's how we will halve knife crime within a decade:",
    ],
)
def test_a_how_lead_in_with_its_own_goal_stays(sentence: str) -> None:
    item = "• We will reform the planning system by June."
    quotes = _quotes(f"{sentence}\n\n{item}")
    assert sentence in quotes
    assert item in quotes


# -- 13. a trip looked forward to is a plan of an official, or for an official purpose -----


@pytest.mark.parametrize(
    "sentence",
    [
        "Fans said they were looking forward to travelling to Wembley for the final.",
        "She said she was looking forward to travelling with her family over Christmas.",
    ],
)
def test_a_private_trip_looked_forward_to_is_no_pledge(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Prime Minister said he was looking forward to travelling to Canada in June.",
        "She said she was looking forward to travelling to Kyiv for talks with the "
        "government in April.",
    ],
)
def test_an_official_trip_looked_forward_to_stays(sentence: str) -> None:
    assert sentence in _quotes(sentence)
