"""Issue 13, round 29b: commitments told in the plain present, with no "will"
(`plain_present`): an order bringing provisions into force, a funding line with its
purpose, money being delivered, ministers welcoming their sides' agreement.

The texts are written for the test (the kinds come from blind44's, blind45's, blind47's
and blind49's missed pledges), so that a regression names the rule; the contrasts name
what each rule must leave alone.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.releases import found, quoted, set_aside

ORDER = (
    "EXPLANATORY NOTE\n\n(This note is not part of the Order)\n\n"
    "Article 2 brings into force on 20th March 2026 sections 4 to 9 of the Harbours Act "
    "2025 (pilotage). It also brings into force on the same day section 12 (moorings). "
    "Article 3 of this Order brings into force on 1st May 2026, in relation to Scotland, "
    "the remaining provisions of Part 2.\n"
)


@pytest.mark.parametrize(
    ("words", "due"),
    [("Article 2 brings", date(2026, 3, 20)), ("Article 3 of this Order", date(2026, 5, 1))],
)
def test_an_order_bringing_provisions_into_force_on_a_date(words: str, due: date) -> None:
    order = quoted(found(ORDER), words)
    assert order is not None and order.deadline is not None, found(ORDER)
    assert order.deadline.due.date() == due


def test_an_order_naming_no_actor_speaks_for_itself() -> None:
    speakers = {c.speaker for c in found(ORDER)}
    assert speakers == {"this Order"}, found(ORDER)


def test_an_order_bringing_more_into_force_on_the_same_day() -> None:
    assert quoted(found(ORDER), "It also brings into force") is not None, found(ORDER)


def test_a_provision_already_brought_into_force_is_history() -> None:
    text = "Section 4 was brought into force on 2 January 2026 by an earlier order."
    assert found(text) == []


RELEASE = (
    "The Ministry of Health today set out its spending plans for the coming year. "
    "Health Minister Rhian Evans said the money would reach patients quickly. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The extra funding includes £14 million for new scanners in district hospitals.",
        "This includes new and additional funding in the 2026-27 Budget for rural clinics.",
        "The package also includes over £90 million extra for community nursing in 2026-27.",
        "Funding is being delivered to every health board in the country.",
    ],
)
def test_a_funding_line_with_its_purpose(sentence: str) -> None:
    assert quoted(found(RELEASE + sentence), sentence[:30]) is not None, found(RELEASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The total is £40 million, which includes an increase of £5 million over last year.",
        "Progress includes nearly £30 million so far in payments to claimants.",
        "The updates include funding uplifts and shorter application forms.",
    ],
)
def test_a_total_told_is_no_funding_line(sentence: str) -> None:
    assert quoted(found(RELEASE + sentence), sentence[:30]) is None, found(RELEASE + sentence)


def test_ministers_welcoming_their_sides_agreement_to_act() -> None:
    text = (
        "Trade ministers of both partners met in Lisbon. Ministers welcomed both sides’ "
        "agreement to joint work plans and timelines to remove barriers to trade in services."
    )
    assert quoted(found(text), "Ministers welcomed") is not None, found(text)


def test_welcoming_an_agreement_between_others_commits_nobody() -> None:
    text = (
        "The Foreign Secretary welcomed the agreement between Ruritania and Freedonia on a "
        "ceasefire along the border."
    )
    assert quoted(found(text), "welcomed") is None, found(text)


GOVERNMENT = (
    "The Scottish Government has today announced £40 million of new funding for rural health. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "There will be an extra £1 million for rural surgeries, provided by the health boards.",
        "There will be a further $3 million for school meals in the islands.",
    ],
)
def test_there_will_be_money_for_a_purpose(sentence: str) -> None:
    mine = quoted(found(GOVERNMENT + sentence), sentence[:30])
    assert mine is not None and mine.doubt is None, found(GOVERNMENT + sentence)


def test_there_will_be_money_with_no_purpose_is_still_set_aside() -> None:
    sentence = "There will be an extra £2 million in the budget."
    set_aside(GOVERNMENT + sentence, sentence[:30])
