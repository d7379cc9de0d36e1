"""Issue 12, stop 53, final review. Said on Wednesday 2 December 2026 at 10:00, London
(tests/core/reading.py).

A date gone this year whose own verb is a present ("... and closes on 24 April") is ahead
when an earlier past act of its sentence has no date, or a date later in the calendar
("started on 1 April and ends on 31 March": next March). After an earlier act dated this
year before it ("said on 3 March that it closes the plant on 24 April"), the two are of
one year, the one gone: the present tells the plan as it stood then.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import year_order
from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "The company said on 3 March that it closes the plant on 24 April.",
        "The minister announced on 12 March that the scheme ends on 30 April.",
        "The consultation opened on 3 March and closes on 24 April.",
        "The bill was passed on 3 March and comes into force on 24 April.",
        "The consultation opened on March 3 and closes on April 24.",
    ],
)
def test_a_present_after_an_earlier_dated_past_act_of_the_year_stays_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The scheme started on 1 April and ends on 31 March.", "2027-03-31 22:59"),
        ("The consultation opened on Monday and closes on 24 February.", "2027-02-24 23:59"),
        ("The consultation opened on 3 November and closes on 24 February.", "2027-02-24 23:59"),
    ],
)
def test_a_present_after_a_later_or_undated_past_act_falls_due(text: str, when: str) -> None:
    assert due(text) == when


def test_an_earlier_date_is_looked_for_within_a_sentences_reach() -> None:
    # a paste with no full stop: "1 February", 400 characters back, is no act of the
    # sentence (and a whole paste is not searched again for each date: 100 kB in time)
    filler = "and the members spoke at length about the roads " * 9
    text = f"On 1 February {filler}the consultation opened on Monday and closes on 24 February"
    assert not year_order.after_dated_act(text, text.rindex("on 24"), (2, 24))
    assert year_order.after_dated_act(text, text.index(" and the"), (2, 24))
