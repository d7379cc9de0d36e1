"""Issue 12, stop 46, tuner q: past facts with time words. Said on Wednesday 2 December 2026
at 10:00, London (tests/core/reading.py).

- The month or season running, named with "this" ("This December, the council planted
  ...", "Earlier this winter we added ..."), in a sentence told as done is the period of a
  past report, as "this week" and "this month" already are: no deadline. Told of an act
  still to come ("will publish it this winter") it keeps the period's end.
- The courtesies of a gathering dated by a day word ("I thank the Minister for coming into
  the House today", "So, welcome to both of you this morning", "It is a pleasure to be with
  you this morning", "Thank you for the opportunity to appear before you today") date the
  gathering, no act: no deadline (refused as past, as round 24b's "Thank you all for joining
  us this morning"). An act thanked for that is still to come keeps its day.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "This December, I made visits to three regional offices.",
        "This winter, the council planted 400 trees along the ring road.",
        "Earlier this winter we added an events calendar to the site.",
        "The trust opened two new wards this December.",
        "This autumn, the inspectors visited every prison in the region.",
    ],
)
def test_this_month_or_season_of_a_done_act_is_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The council will publish its plan this winter.", "2027-02-28 23:59"),
        ("This December, the council will plant 400 trees.", "2026-12-31 23:59"),
        ("We announced that the report would be published this winter.", "2027-02-28 23:59"),
    ],
)
def test_this_month_or_season_of_an_act_to_come_keeps_its_end(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "I thank the Minister of State for coming into the Chamber today to answer questions.",
        "I would like to thank Councillor Hughes for inviting me to be here today.",
        "So, welcome to both of you this morning.",
        "I welcome the Minister to the House this afternoon.",
        "It is a pleasure to be with you this morning.",
        "I am delighted to be here today.",
        "Thank you for the opportunity to appear before you today.",
        "I appreciate the opportunity to testify before the committee today.",
        "Joining me today is the Chief Nursing Officer.",
        "Thanks for having me this evening.",
    ],
)
def test_courtesies_of_a_gathering_are_no_deadline(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    "text",
    [
        "I thank the Minister for agreeing to publish the report today.",
        "We are here today to publish the report.",
        "The Minister will welcome the delegation to the House today.",
    ],
)
def test_an_act_still_to_come_keeps_its_day(text: str) -> None:
    assert due(text) == "2026-12-02 23:59"
