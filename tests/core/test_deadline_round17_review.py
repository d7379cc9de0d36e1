"""Issue 12, round 17's review (Wednesday 4 March 2026): the round's rules read too much into
a relative clause, a "would", a day set before its clause and "the coming year". Each
defect is shown with the reviewer's sentences, beside guards for the shapes the rules were
written for. Read as said on Wednesday 2 December 2026 at 10:00, London time (the half-year
cases also on 4 March 2026, when "the coming year" and the default roll-on differ)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import LONDON, SAID
from tests.core.reading import due as _due
from tests.core.reading import read as _read
from tests.core.reading import refusal as _refusal

SAID_IN_MARCH = datetime(2026, 3, 4, 9, 0, tzinfo=ZoneInfo(LONDON))  # the review's own time


# -- 1. an earlier time in the main clause only announces the act of the relative clause ---


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The Chancellor will announce on Wednesday a £5bn fund, which will build 20,000 "
            "homes by 2030.",
            "2030-12-31 23:59",
        ),
        (
            "The minister will set out plans next week for a new law, which will ban the sale "
            "of disposable vapes by 2027.",
            "2027-12-31 23:59",
        ),
        (
            "The government will tomorrow publish its strategy, which will end rough sleeping "
            "by 2029.",
            "2029-12-31 23:59",
        ),
        (
            "The council will vote on Thursday on a new budget, which will freeze council tax "
            "until 2028.",
            "2028-12-31 23:59",
        ),
        (
            "The party will introduce a bill in the autumn, which would cap rents by 2028.",
            "2028-12-31 23:59",
        ),
        (
            "The minister will today launch a consultation, which will close on 30 April.",
            "2027-04-30 22:59",
        ),
        (
            "The government will this week confirm a new tax, which will take effect from 6 April.",
            "2027-04-06 22:59",
        ),
    ],
)
def test_the_act_of_a_relative_clause_after_its_notice_keeps_its_time(text: str, due: str) -> None:
    assert _due(text) == due


def test_a_later_main_clause_time_still_wins_over_a_relative_clause() -> None:
    # guard: the details come before the decision, so the decision's month is the pledge's
    text = "The board will decide next month on the scheme, which will be set out on Friday."
    assert _due(text) == "2027-01-31 23:59"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "I will lay the order later today, which will be taken at the start of business "
            "on Monday.",
            "2026-12-02 23:59",
        ),
        (
            "The minister will publish the bill tomorrow, which will be debated on Monday.",
            "2026-12-03 23:59",
        ),
    ],
)
def test_an_earlier_main_clause_time_wins_over_a_thing_done_to_its_object(
    text: str, due: str
) -> None:
    # guard: a relative clause in the passive tells of others' act on the main clause's
    # object (the House takes the order, members debate the bill), not of the pledge's
    assert _due(text) == due


# -- 2. a pledge in "would" is no hypothetical effect ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Labour government would immediately freeze energy bills.",
        "If elected, we would immediately scrap the tax.",
        "The party would immediately hold a referendum on membership.",
        "Ministers would immediately begin work on the new hospital, the spokesperson confirmed.",
        "The department would also immediately publish the data, according to the minister.",
        "The new board would urgently review all contracts, the minister's letter said.",
    ],
)
def test_a_pledge_or_a_report_in_would_keeps_its_window(text: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline) and got.vague, got


@pytest.mark.parametrize(
    "text",
    [
        "Doing so would immediately cut waiting lists.",
        "It would then immediately trigger a review of every contract.",
        "The bill sets a cap, which would immediately cut rents.",
        "That would urgently need a fresh vote.",
    ],
)
def test_the_effect_of_a_step_in_would_still_waits_for_the_step(text: str) -> None:
    assert _refusal(text) == "event"


# -- 3. a fronted limit, or "no more", is no denied day -------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("By Friday, there will be no backlog.", "2026-12-04 23:59"),
        ("There will be no backlog by Friday.", "2026-12-04 23:59"),
        ("By Friday, I will not have failed.", "2026-12-04 23:59"),
        (
            "On Monday, there will be no more excuses: the new scheme goes live.",
            "2026-12-07 23:59",
        ),
    ],
)
def test_a_fronted_limit_or_no_more_denies_no_day(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday, there will be no sitting of the House.",
        "Mr. Speaker, on Monday, there will be no votes.",
        "On Friday, the chamber will not be sitting while the building is repaired.",
    ],
)
def test_a_fronted_day_of_a_denied_clause_is_still_denied(text: str) -> None:
    assert _refusal(text) == "negated"


# -- 4. the first half of the coming year -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said", "due"),
    [
        ("We will publish it in the first half of the coming year.", SAID, "2027-06-30 22:59"),
        (
            "We will publish it in the first half of the coming year.",
            SAID_IN_MARCH,
            "2027-06-30 22:59",
        ),
        (
            "We will publish it in the first half of the current year.",
            SAID_IN_MARCH,
            "2026-06-30 22:59",
        ),
        ("We will publish it in the first half of the new year.", SAID, "2027-06-30 22:59"),
    ],
)
def test_the_half_of_a_named_year_is_a_half_year(text: str, said: datetime, due: str) -> None:
    assert _due(text, said) == due


def test_the_half_of_the_matches_is_still_no_half_year() -> None:
    assert _read("The team will rest two players during the first half of the matches.") is None
