"""Issue 12, stop 55, review: defects found in the stop's deadline changes. Said on Wednesday
2 December 2026 at 10:00, London time (GMT), unless a test gives another moment
(tests/core/reading.py)."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

# -- an "unless" clause in mid-sentence ends where a new clause of its own begins ----------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the later act's own time is no condition: a schedule falls due at its end (6.1)
        (
            "The ministry will publish the data on 9 December unless the court objects, and"
            " a full report will follow by 31 January.",
            "2027-01-31 23:59",
        ),
        (
            "Staff will walk out on Monday unless the offer is improved, so the clinics will"
            " close on Tuesday.",
            "2026-12-08 23:59",
        ),
    ],
)
def test_a_clause_after_the_unless_clause_is_not_part_of_the_condition(
    text: str, when: str
) -> None:
    assert due(text) == when


def test_the_condition_s_own_time_still_gives_way_past_its_date_comma() -> None:
    text = (
        "The rule is effective on 24 February 2027, unless adverse comments are received by"
        " 25 January 2027, and the agency will confirm it."
    )
    assert due(text) == "2027-02-24 23:59"


# -- "up to" a length from a start the sentence gives is a window that closes (1.1) --------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The consultation will remain open for up to 8 weeks, starting on 1 February.",
            "2027-03-29 22:59",
        ),
        ("From 4 January, the road will be closed for up to 3 weeks.", "2027-01-25 23:59"),
        ("We will reopen the comment period for up to 30 days starting today.", "2027-01-01 23:59"),
    ],
)
def test_up_to_a_length_from_a_start_of_the_sentence_falls_due_at_its_end(
    text: str, when: str
) -> None:
    assert due(text) == when


# -- a duty from a clock time is an activity's start, not a rule taking effect (3.2) --------


@pytest.mark.parametrize(
    "text",
    [
        "Members must attend meetings from 9 a.m.",
        "Traffic will be banned from the high street from 10 a.m.",
        "Passengers are required to check in from 5 a.m.",
        "Voters will have to queue from 7 a.m. on Thursday.",
    ],
)
def test_a_duty_from_a_clock_time_is_no_deadline(text: str) -> None:
    assert refusal(text) in (None, "earliest")


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Employers must report the figures from 6 April 2027.", "2027-04-06 22:59"),
        ("Pupils will have to wear masks from Monday.", "2026-12-07 23:59"),
        # a one-off closing at a clock time stays due then (3.1)
        ("The road will close from 10 p.m.", "2026-12-02 22:00"),
    ],
)
def test_a_duty_from_a_day_and_a_closing_at_a_time_stay_due(text: str, when: str) -> None:
    assert due(text) == when
