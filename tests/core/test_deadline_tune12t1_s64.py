"""Readings fixed at stop 64 (issue 12, tuner t1): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import check_set_case, due, read, refusal

_TODAY = "2026-12-02 23:59"

# 1. An act of the day told in the present ("Today, X is ...ing"), CONVENTIONS 2.1. Such a
# sentence is a dateline only when another time follows to hold the pledge
# (clauses.speaking_now, dateline_times.py); words that only looked like one took "today"
# away and left no date at all: a "by" of the doer of a passive, a length that describes a
# noun, a year or a month of a year already gone.


@pytest.mark.parametrize(
    "text",
    [
        # "by" names who does it, not a limit
        "Today, the Department is publishing the recommendations made by the review body.",
        "Today we are launching support for the firms hit by the floods.",
        "Today the council is opening a fund for households affected by the storm.",
        # a length that describes a noun
        "Today, the agency is requesting comments on the proposed one year extension.",
        "Today we are launching a two-year pilot of the scheme.",
        "Today, we are publishing our five year plan for the railways.",
        # a year, or a month of a year, gone by
        "Today we are making our first change to the code since its overhaul in 2018.",
        "Today I am confirming the pay awards backdated to April 2026.",
        "Today, the Government is setting out the first reform of the rules since 1998.",
    ],
)
def test_an_act_of_today_in_the_present_falls_due_today(text: str) -> None:
    assert due(text) == _TODAY


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards (passing before the change too): another time still holds the pledge
        (
            "Today we are publishing a plan and will deliver it by the end of 2027.",
            "2027-12-31 23:59",
        ),
        ("Today we are launching a consultation that will run for 12 weeks.", "2027-02-24 23:59"),
        ("Today, 2 December, I am announcing a review that will report by March.", None),
        ("Today we are opening a consultation that closes in February 2027.", None),
        ("Today we are setting out plans to halve waiting lists within two years.", None),
    ],
)
def test_another_time_after_an_act_of_today_still_holds_the_pledge(
    text: str, want: str | None
) -> None:
    assert due(text) != _TODAY
    if want is not None:
        assert due(text) == want


def test_the_sets_cases_of_an_act_of_today_in_the_present() -> None:
    check_set_case("blind_fresh135", "Today, EPA is requesting comments")
    check_set_case("blind_fresh167", "Today, Statistics Canada is releasing")
    check_set_case("blind_fresh185", "Today we are making our first change")
    check_set_case("blind_fresh139", "Today I am announcing that we are accepting")


# 2. "today" opening a clause after "that" ("I am pleased that today our reforms come into
# place"): the clause's own verb tells it. A past form before "that" ("pleased") belongs to
# another clause, and had made "today" past (told.past_part_of_today).


@pytest.mark.parametrize(
    "text",
    [
        "I am pleased that today the new rules come into force.",
        "We are delighted that today the scheme opens to its first applicants.",
        "I'm very pleased that today, 2 December, so many of our reforms come into place.",
    ],
)
def test_today_opening_a_that_clause_in_the_present_falls_due_today(text: str) -> None:
    assert due(text) == _TODAY


@pytest.mark.parametrize(
    "text",
    [
        # guards (passing before the change too): the clause after "that" told done
        "He said that today he had met the minister.",
        "She confirmed that today the department published the report.",
        "I was glad that today the House agreed the motion.",
    ],
)
def test_today_opening_a_that_clause_told_done_stays_past(text: str) -> None:
    assert refusal(text) == "past"


def test_the_sets_case_of_today_opening_a_that_clause() -> None:
    check_set_case("blind_fresh165", "I'm very pleased that today, July 1")


# 3. Two times of one undertaking joined by "and" ("publish the draft on Friday and the final
# plan in April", "close the road by Friday and reopen it in March", and_later.py): what is
# undertaken is done, and falls due, at the later time. The explicit day, or the time after a
# deadline word, had been ranked above the later part: the earlier date, with no warning.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a second object, its verb left out
        ("We will publish the draft on Friday and the final plan in April.", "2027-04-30 22:59"),
        ("I will publish the draft on Friday, and the final plan in April.", "2027-04-30 22:59"),
        (
            "The council is to open the north bridge on Monday and the south one in March.",
            "2027-03-31 22:59",
        ),
        (
            "They would send the first payment on 10 December and the balance by the end of June.",
            "2027-06-30 22:59",
        ),
        (
            "The board will hear the appeal tomorrow and then the main case in January.",
            "2027-01-31 23:59",
        ),
        # a second act of the same subject
        ("The council will close the road by Friday and reopen it in March.", "2027-03-31 22:59"),
        (
            "The House should rise not later than 22 July, and should sit for two weeks in"
            " September.",
            "2027-09-30 22:59",
        ),
    ],
)
def test_the_later_of_two_parts_joined_by_and_counts(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards (passing before the change too): one part, a clause of its own, a vague
        # later time (definite beats vague)
        ("We will publish the draft on Friday.", "2026-12-04 23:59"),
        ("Bids open on Monday and the deadline is 3 March.", "2027-03-03 23:59"),
        (
            "The agency will release the first figures on Tuesday and the rest later this year.",
            "2026-12-08 23:59",
        ),
    ],
)
def test_times_that_are_no_later_joined_part_read_as_before(text: str, want: str) -> None:
    assert due(text) == want


def test_the_reason_names_the_joined_part() -> None:
    got = read("We will publish the Draft on Friday and the Final Plan in April.")
    assert isinstance(got, Deadline)
    assert (
        got.reason
        == "chosen over “on Friday”: the later time of the same undertaking, joined by “and”"
    )
