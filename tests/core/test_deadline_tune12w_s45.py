"""Issue 12, stop 45, tuner 12w: works, services and sittings by hours and "until", changes
"from" a time, and a day's programme. Said on Wednesday 2 December 2026 at 10:00, London
time (GMT), unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # CONVENTIONS 3.1a's own examples: a ban or a duty that begins on the day
        ("From 1 April retailers may no longer sell disposable vapes.", "2027-04-01 22:59"),
        ("From 6 April employers must report every payment.", "2027-04-06 22:59"),
        ("From Monday, drivers will have to pay the charge.", "2026-12-07 23:59"),
        ("From Friday, face coverings are mandatory in shops.", "2026-12-04 23:59"),
        ("From 1 January, visitors will be required to register.", "2027-01-01 23:59"),
        # a rule or setting that changes that day
        (
            "From 1 July, the residence requirements will change for new applicants.",
            "2027-07-01 22:59",
        ),
        ("From 1 April, the price cap will rise to £3,000.", "2027-04-01 22:59"),
        ("From 29 March, the rule of six will apply outdoors.", "2027-03-29 22:59"),
        ("Also from Monday 7 December, the curfew will end.", "2026-12-07 23:59"),
    ],
)
def test_a_ban_duty_or_change_from_a_fronted_day_falls_due_that_day(text: str, when: str) -> None:
    """CONVENTIONS 3.1a: "from <day>" opening a sentence whose clause makes a ban, a duty or
    a change is the rule taking effect, due that day."""
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # an activity or offer merely open from the day stays a start (3.2, 3.1a)
        "From 3 June, claims will be processed by the new department.",
        "From April, adults will be able to benefit from free courses.",
        "From Monday, visitors can apply online.",
        "From next year, money raised from taxes will be used to deliver services.",
    ],
)
def test_an_activity_or_offer_from_a_fronted_day_stays_a_start(text: str) -> None:
    assert refusal(text) == "earliest"
