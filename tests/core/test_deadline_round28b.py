"""Round 28b of issue 12: older rules that refused a time as past defer to the
governing-verb reader (governing.py) when it finds a present, a future or modal, an
imperative or a plan governing the time. Read on Wednesday 2 December 2026, London.

The rules removed in this round as redundant (fronted_subject.py, past_acts'
today_told_done, today_acts' in_done_bracket) keep their own tests in rounds 26d, 26e
and 27a, which must stay green."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

EOD = "23:59"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a clause of its own after "that", in the present: the time is that clause's
        ("Today, Minister Jane Roe announced that applications close today at 5 p.m.", "17:00"),
        ("Today, Councillor Sam Lee confirmed that entries close today at 6 p.m.", "18:00"),
        (
            "This morning, the Minister, Jane Roe, opened a consultation that closes this "
            "afternoon at 4pm.",
            "16:00",
        ),
        (
            "This morning, the regulator, Ofwat, launched a survey that ends this evening at 8pm.",
            "20:00",
        ),
        # a bidding after a fronted "Today": the past form is the object's state
        ("Today, get the paperwork signed.", EOD),
        ("Today, get the forms stamped at the front desk.", EOD),
        # a modal after a subject with a relative clause of its own ("who signed")
        ("Today, residents who signed the petition can collect their refunds.", EOD),
        ("Today, members who joined the scheme in May can claim their vouchers.", EOD),
    ],
)
def test_today_governed_by_a_verb_ahead_is_due(text: str, when: str) -> None:
    assert due(text) == f"2026-12-02 {when}"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a time set by an act done lies ahead
        ("The council had set a December 16 date for the vote.", "2026-12-16 23:59"),
        ("The board had set a December 20 date for the ballot.", "2026-12-20 23:59"),
    ],
)
def test_a_time_set_ahead_is_due(text: str, day: str) -> None:
    assert due(text) == day


@pytest.mark.parametrize(
    "text",
    [
        # the same shapes told as done keep their refusal
        "Today, residents who signed the petition collected their refunds.",
        "This morning, the Minister, Jane Roe, opened a consultation that closed at 9am.",
        "Today, Minister Jane Roe announced the results.",
        "The vote was held on the 20 June.",
        # "says" reports now what was done: no present act at "Today" (review 12c)
        "Today, the report says the scheme ended on 31 March.",
        "Today, the council says the road closed on Monday.",
    ],
)
def test_the_same_shapes_told_as_done_stay_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The vote has been moved for the 20 June meeting.", "2027-06-20 22:59"),  # summer time
        ("The hearing has been moved for the 14 January session.", "2027-01-14 23:59"),
    ],
)
def test_a_time_moved_ahead_is_due(text: str, day: str) -> None:
    # the reader sees "has been moved" as a plan, and since stop 36 the older readings of a
    # rolled year-less date beside a past form defer to governing.MOVED_FOR too
    assert due(text) == day
