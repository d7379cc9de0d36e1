"""Issue 13, stop 61, recall helper f2 (branch issue13f1-s61): a wrong speaker of blind145.

Parallel Parliament's copy of a written statement puts the photo's caption between the
member's name and the office ("Owen Paterson Portrait The Secretary of State for ..."): the
"I" of the statement is the member, not "Owen Paterson Portrait". The texts are written for
the test, after the kinds of the misses."""

from __future__ import annotations

import pytest

from tests.core.releases import found, listed, quoted

STATEMENT = (
    "Written Statements\n\n"
    "Jane Marlowe Portrait The Secretary of State for Rural Affairs (Jane Marlowe)\n\n"
    "- Hansard - - - Excerpts\n\n"
    "The next Fisheries Council is on Monday 13 May in Brussels. I will be representing the "
    "UK on the quota items.\n"
)


def test_a_portrait_caption_is_not_part_of_the_members_name() -> None:
    hit = quoted(found(STATEMENT), "I will be representing the UK")
    assert hit is not None, found(STATEMENT)
    assert hit.speaker == "Jane Marlowe", hit


RELEASE = (
    "Pacific Leaders Meeting\n\n"
    "Media release\n\n"
    "12 Mar 2019\n\n"
    "Prime Minister\n\n"
    "I will travel to Fiji from 14 to 16 March to attend the Pacific Leaders Meeting in Suva.\n\n"
    "The Pacific Islands Forum has a long record of bringing the region together.\n\n"
    "The Forum meets every year, and the Forum sets the region's agenda.\n"
)


def test_a_releases_office_line_is_the_voice_of_its_first_person() -> None:
    hit = quoted(found(RELEASE), "I will travel to Fiji")
    assert hit is not None, found(RELEASE)
    assert hit.speaker == "the Prime Minister", hit


def test_without_the_release_line_an_office_line_is_not_read() -> None:
    text = RELEASE.replace("Media release\n\n", "")
    hit = quoted(found(text), "I will travel to Fiji")
    assert hit is not None, found(text)
    assert hit.speaker != "the Prime Minister", hit


ANSWER = (
    "The Minister for Transport (Mr. Jim Doyle): The rail network is maintained by the company "
    "under its multi-annual contract.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "It is the intention of the Minister, Deputy Anne Walsh, that construction would "
        "commence in the lifetime of the Government.",
        "It is the intention of the Government to publish the bill before the summer recess.",
    ],
)
def test_an_intention_owned_after_the_noun_is_a_plan(sentence: str) -> None:
    hit = quoted(found(ANSWER + sentence), sentence[:30])
    assert hit is not None, listed(ANSWER + sentence)


def test_an_intention_of_a_past_act_is_no_plan() -> None:
    sentence = "It was never the intention of the Government that the line would close."
    assert quoted(found(ANSWER + sentence), sentence[:30]) is None
