"""Review of issue 13, rounds 29a-29b: the sentences their rules read more broadly than
their docstrings say (`plain_present`, `proceedings`).

Each text is written for the test: a funding line that only counts money paid or made
before, a welcome of an agreement that may be others', and the speaker's own start on a
programme with a date ahead, which is a schedule rather than the running of the call.
"""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, found, quoted

RELEASE = (
    "The Ministry of Health today set out its spending plans for the coming year. "
    "Health Minister Rhian Evans said the money would reach patients quickly. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The package includes £40 million announced in 2019 for flood defences.",
        "The fund includes $2 million that was awarded in 2021 for rural clinics.",
        "The settlement includes £5 million for legal costs paid to the claimants in 2022.",
    ],
)
def test_a_funding_line_of_money_paid_before_is_history(sentence: str) -> None:
    assert quoted(found(RELEASE + sentence), sentence[:30]) is None, found(RELEASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The package includes £40 million for new roads, to be paid in 2027.",
        "The package includes £5 million for the schools which were damaged by floods.",
        "The extra funding includes £14 million for new scanners, which comes on top of a "
        "£30 million package announced last month.",
    ],
)
def test_a_funding_line_whose_purpose_has_a_past_stays(sentence: str) -> None:
    assert quoted(found(RELEASE + sentence), sentence[:30]) is not None, found(RELEASE + sentence)


def test_welcoming_the_agreement_of_others_to_act_commits_nobody() -> None:
    text = "Talks at the depot ended on Monday. Leaders welcomed the agreement to end the strike."
    assert quoted(found(text), "welcomed") is None, found(text)


def test_own_start_on_a_programme_with_a_date_ahead_stays() -> None:
    call = "Jo Marsh (Moderator): Good afternoon. We are joined by Dr Ana Patel. "
    sentence = "We will start by providing free meals to every pupil from September."
    assert candidate(call, sentence).doubt is None
