"""Readings tuned at stop 62 (issue 12, tuner t1): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import due, refusal

# 1. A one-off change told in the future or the infinitive before the day it is made from
# ("the parking will close beginning Sept. 17", "to limit access to jobcentres from
# tomorrow", "will suspend ... beginning Monday", "the resumption will go ahead from Monday 19
# April", "will now be fully applicable as of 1 May"): the change is made that day
# (CONVENTIONS 3.1, 3.1a), due then. The scanner read the day as a start only and gave no
# deadline. A trend ("forecast to fall ... from 2027-28") stays a start.


def test_a_future_change_before_from_is_due_that_day() -> None:
    assert due("We have decided to limit access to the building from tomorrow.") == (
        "2026-12-03 23:59"
    )
    assert due("The resumption of business will go ahead from Monday 14 December.") == (
        "2026-12-14 23:59"
    )
    assert due("The agreement will now be fully applicable as of 1 May 2027.") == (
        "2027-05-01 22:59"
    )


def test_a_future_change_before_beginning_is_due_that_day() -> None:
    assert due("The public parking at the dam will close beginning Dec. 17.") == (
        "2026-12-17 23:59"
    )
    assert due("The bureau will suspend lockups until further notice beginning 7 December.") == (
        "2026-12-07 23:59"
    )


def test_a_future_progressive_change_after_a_fronted_from() -> None:
    text = "From the March 2027 edition of this bulletin, this dataset will be changing format."
    assert due(text) == "2027-03-31 22:59"


def test_an_activity_or_a_daily_time_or_a_trend_from_the_day_stays_a_start() -> None:
    assert refusal("Debt is forecast to fall as a share of GDP from 2027-28.") == "earliest"
    assert refusal("Applications will be accepted from 3 June.") == "earliest"
    assert refusal("The office will be open from Monday 14 December.") == "earliest"
    assert refusal("Traffic will close from 10 a.m. each day.") in ("earliest", "recurring")


# 2. "the month of <month>" after a lead-in ("during the month of March", "in the course of
# the month of July") names that month. The scanner read "the month" alone, the month of
# speaking, with no warning (a silent misreading: said on 6 July, "in the course of the month
# of July" came out right only because July was the month of speaking).


def test_the_month_of_a_named_month_is_that_month() -> None:
    assert due("We will reach our goal during the month of March.") == "2027-03-31 22:59"
    assert due("We will vaccinate 70% in the course of the month of March.") == "2027-03-31 22:59"
    assert due("We will publish it by the month of May.") == "2027-05-31 22:59"


def test_the_month_of_with_no_lead_in_is_no_time() -> None:
    assert refusal("This report covers activity for the month of September.") is None
    assert due("We will publish it by the end of the month.") == "2026-12-31 23:59"


# 3. A list of three days or more with a comma before its last "and" ("June 21, 23, and
# 24", "3, 4, and 5 June") falls due at its last day, as the list without that comma does;
# the comma made the middle day a number not understood and refused the sentence.


def test_a_list_of_days_with_a_comma_before_and_ends_at_its_last_day() -> None:
    assert due("It will hold public hearings on January 21, 23, and 24.") == "2027-01-24 23:59"
    assert due("We will meet on 3, 4, and 5 February.") == "2027-02-05 23:59"
    assert due("It will hold public hearings on January 21, 23 and 24.") == "2027-01-24 23:59"


def test_a_comma_and_a_count_after_one_day_is_no_list() -> None:
    assert due("The vote is on January 21, and 24 members will attend.") == "2027-01-21 23:59"
