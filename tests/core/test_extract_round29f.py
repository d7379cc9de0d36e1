"""Issue 13, round 29f: sums announced for a purpose and a budget's lines in the present
(`announced_sums`).

Each text is written for the test: a department making grants available, a secretary
announcing awards for projects, a budget's lines in the first person plural, and the
look-alikes that stay out (an announcing dated in the past, a total invested to date, a
sum with no purpose).
"""

from __future__ import annotations

import pytest

from tests.core.releases import found, listed, quoted

RELEASE = "The Ministry of Works published its spending notice for the coming year. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The Department of Agriculture today announced the availability of $14 million from "
        "the Rural Fund to expand clinics in farming towns.",
        "The Department of Labor today announced the availability of approximately $8 million "
        "in grants to fund training partnerships.",
        "The Ministry of Works today announced a $3.5 million grant competition to train "
        "apprentices in coastal towns.",
        "The agency announced a competitive funding opportunity to invest up to $25 million "
        "for the development of a regional network of labs.",
        "The Secretary held a news conference to announce $1.2 billion in awards from the "
        "harbour grant program for 96 projects across the state.",
        "Secretary Jane Doe today announced $150 million in Federal Transit Administration "
        "discretionary funds for 210 bus projects.",
    ],
)
def test_a_sum_announced_for_a_purpose_is_a_pledge(sentence: str) -> None:
    assert quoted(found(RELEASE + sentence), sentence[:30]) is not None, found(RELEASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In March, the department announced the availability of $6 million in grants to "
        "fund reading programmes.",
        "The company announced $40 million in profits for the quarter.",
        "On Tuesday, the agency announced a $2 million grant competition to train nurses.",
    ],
)
def test_a_sum_announced_before_or_without_a_purpose_is_not(sentence: str) -> None:
    assert quoted(found(RELEASE + sentence), sentence[:30]) is None, found(RELEASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We’re investing $120 million to finish the new rail line through the valley.",
        "This Budget delivers $8.4 million for new lighting on regional highways.",
        "We’re also continuing our work to repair rural bridges, with $95 million for "
        "bridge upgrades across the north.",
        "This Scottish Government is backing fishers, with over £120 million going into "
        "harbour support this year.",
    ],
)
def test_a_budget_line_in_the_present_is_listed(sentence: str) -> None:
    assert quoted(listed(RELEASE + sentence), sentence[:30]) is not None, listed(RELEASE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We have invested $120 million in the rail line since 2019.",
        "This Budget follows $8.4 million spent on highway lighting last year.",
        # a present act that puts no sum anywhere, then money beside it (review)
        "The opposition said we’re wasting time, with $2 billion going to consultants.",
        "The Ministry is sending a message, with $10 million for nothing in particular.",
    ],
)
def test_a_total_to_date_is_no_budget_line(sentence: str) -> None:
    assert quoted(listed(RELEASE + sentence), sentence[:30]) is None, listed(RELEASE + sentence)
