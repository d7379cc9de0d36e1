"""Readings fixed at stop 63 (issue 12, tuner t1): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import check_set_case, due

# 1. The later time of an act announced today (announced_later.py, CONVENTIONS 2.3). Before,
# the day word was kept over a month or a season ("the later end of a range"), a wrong date
# with no warning: the convention's own example fell due on the day of speaking.


def test_an_act_announced_today_falls_due_at_its_own_later_time() -> None:
    assert due("I am today announcing that the scheme will open in April.") == "2027-04-30 22:59"
    text = "Treasury is announcing today its intention to begin auctioning a new bill in February."
    assert due(text) == "2027-02-28 23:59"
    text = "The Government is today publishing its decision to close the scheme in March."
    assert due(text) == "2027-03-31 22:59"
    text = "Today, we are confirming that the new rules will take effect in the spring."
    assert due(text) == "2027-05-31 22:59"
    # a vague time of the act takes its window (CONVENTIONS 5.1: 60 days)
    assert due("I am today announcing that the review will report soon.") == "2027-01-31 23:59"


def test_the_day_word_stays_when_nothing_announced_is_later() -> None:
    """Guards (passing before the change too): no act announced, a time gone."""
    assert due("I am today publishing the grant allocations for local authorities.") == (
        "2026-12-02 23:59"
    )
    assert due("I am today announcing that we agreed the plan in November.") == "2026-12-02 23:59"
    assert due("I am today announcing the outcome of the consultation.") == "2026-12-02 23:59"


def test_the_sets_case_of_an_act_announced_today() -> None:
    check_set_case("blind_fresh139", "I am today announcing the government’s decision")


# 2. A year written against the comma after the day, with no space ("November 29,2023":
# vocabulary._year_spec). Before, the year was left unread and the date refused for it.


def test_a_year_against_the_comma_is_the_dates_year() -> None:
    text = "The sites will operate until the last day to apply on November 29,2027."
    assert due(text) == "2027-11-29 23:59"
    assert due("The report will be published on 29 November,2027.") == "2027-11-29 23:59"
    assert due("Comments must be received by Friday, May 7,2027.") == "2027-05-07 22:59"


def test_the_sets_case_of_a_year_against_the_comma() -> None:
    check_set_case("blind_fresh179", "The below sites will reopen after the holiday break")


# 3. A day and its clock time apart, with a period that holds the day in the sentence too
# (combine._periods_around). Before, the period counted as a third phrase, the day and the
# time were not joined, and the day fell due at its end: the time dropped with no warning.


def test_a_days_clock_time_is_kept_beside_a_period_that_holds_the_day() -> None:
    text = (
        "On Friday, we propose to meet at half-past eleven in the morning when we shall take"
        " the Committee stage and proceed with other measures received during the week."
    )
    assert due(text) == "2026-12-04 11:30"
    text = (
        "On Thursday, the House will sit at 9.30 a.m. to take the remaining business set down"
        " for this week."
    )
    assert due(text) == "2026-12-03 09:30"


def test_the_sets_case_of_a_days_clock_time_beside_a_period() -> None:
    check_set_case("blind_fresh180", "On Friday, we propose to meet at half-past eleven")


# 4. A clause of meeting on the day, set off by a comma, before its clock time
# (joins._MEETING_GAP). Before, the day fell due at its end, the time dropped with no warning.


def test_a_clause_of_meeting_on_the_day_gives_the_day_its_clock_time() -> None:
    text = "We shall take the remaining stages on Thursday, meeting for that purpose at 12 noon."
    assert due(text) == "2026-12-03 12:00"
    text = (
        "The committee will take evidence on Friday, sitting, as has been agreed with the"
        " witnesses, at half-past ten."
    )
    assert due(text) == "2026-12-04 10:30"


def test_the_sets_case_of_a_clause_of_meeting_on_the_day() -> None:
    check_set_case("blind_fresh144", "I would them ask your Lordships")
