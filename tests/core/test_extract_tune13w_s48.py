"""Issue 13, stop 48, tuner w (precision). "due to" read as "because of" when a
determiner, or a word no verb can be, follows it: "designated 147 counties as disaster
areas due to the drought", "struggling due to depressed market conditions", "deaths due
to dehydration". A timetable's "due to" takes a verb ("due to be published", "due to
conclude") and stays (`claims._BECAUSE`, which named only nouns of cause).

Each text is written for the test.
"""

from __future__ import annotations

import pytest

from tests.core.releases import found

BULLETIN = (
    "Department of Agriculture\n\nThe Department of Agriculture published its weekly "
    "bulletin on farm support. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Secretary will designate 147 counties as disaster areas due to the drought.",
        "Losses will rise in the coming months due to depressed market conditions.",
        "The toll will climb next week due to dehydration and disease.",
        "The vessel will be exempt from the rule next year due to its special construction.",
    ],
)
def test_due_to_as_a_cause_is_no_timetable(sentence: str) -> None:
    assert all("due to" not in (c.cue or "") for c in found(BULLETIN + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The report is due to be published on 1 June.",
        "The talks are due to conclude by 30 May.",
        "Ten new Bills are due to be introduced before the summer recess.",
        # verbs whose ending is a noun's (-ment, -ing, -ed, -ion): a timetable still
        "The Department is due to implement the new rules on 1 April.",
        "The Department is due to bring forward the bill by 30 May.",
        "The hearing is due to proceed on 3 March.",
        "The Department is due to commission a review by 30 May.",
    ],
)
def test_due_to_of_a_timetable_stays(sentence: str) -> None:
    assert any(c.quote == sentence for c in found(BULLETIN + sentence))


# -- a reposted item's title line ---------------------------------------------------------

REPOST = (
    "• PRESS RELEASE : UK to deliver on rail pledge as Government drives growth for working "
    "people [March 2026]\n\n"
    "PRESS RELEASE : UK to deliver on rail pledge as Government drives growth for working "
    "people [March 2026]\n\n"
    "The press release issued by the Department for Transport on 4 March 2026.\n\n"
    "The Department for Transport will open the new rail line on 1 June.\n\n"
    "• PRESS RELEASE : New trade deals to come into force this month driving growth across "
    "the UK [February 2026]\n"
)


def test_a_reposted_title_line_is_no_candidate() -> None:
    quotes = [candidate.quote for candidate in found(REPOST)]
    assert quotes == ["The Department for Transport will open the new rail line on 1 June."]


# -- the end of an arrangement already in force -------------------------------------------

LEADER = (
    "Office of the Majority Leader\n\nThe Majority Leader announced the floor schedule for "
    "the week. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "As Members know, the current Continuing Resolution expires on December 20th.",
        "The existing loan arrangement with the Fund expires on 30 June.",
    ],
)
def test_the_end_of_a_current_arrangement_is_told(sentence: str) -> None:
    assert all(c.quote != sentence for c in found(LEADER + sentence))


def test_the_end_an_order_lays_stays() -> None:
    sentence = "The authority delegated herein expires on 2 October 2026."
    assert any(c.quote == sentence for c in found(LEADER + sentence))
