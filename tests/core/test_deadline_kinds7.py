"""Issue 12, round 8: the schedules of a sitting. A range of clock times written "from <time>
until <time>" is one range, due at its later end; an order of business that lists several
clock times of one day (items taken at one time and concluded, resumed or adjourned at a
later one) falls due at the latest of them. Pinned here before the fixes, with real
phrasings of the kind (eighth and ninth fresh sets: Dáil and Seanad orders of business)
rewritten onto the reference day, and with the readings the rules must leave alone.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from tests.core.test_deadline_kinds import due_of, refusal_of, utc

# -- "from <time> until <time>" is one range, due at its later end ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Since there is a matter on the Adjournment it is proposed that Private Members'"
        " Business should be taken from 6.30 p.m. until 8 p.m.",
        "The consultation desk will be staffed from 6.30 p.m. till 8 p.m.",
        "The hearing runs from 6.30 p.m. until 8 p.m. today.",
    ],
)
def test_a_range_of_clock_times_with_until_falls_due_at_its_end(text: str) -> None:
    assert due_of(text) == utc("2025-08-18 20:00:00")


def test_a_range_with_to_is_unchanged() -> None:
    assert due_of("Business will be taken from 6.30 p.m. to 8 p.m.") == utc("2025-08-18 20:00:00")


def test_a_lone_until_is_unchanged() -> None:
    assert due_of("The sitting will continue until 8 p.m.") == utc("2025-08-18 20:00:00")


# -- an order of business with several clock times falls due at its latest ----------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "It is proposed to suspend the sitting from 5.30 p.m. to 6.30 p.m. and to take the"
            " Adjournment at 8 p.m.",
            "2025-08-18 20:00:00",
        ),
        (
            "The Order of Business is No. 1, address by the Commissioner, to commence at 2.45"
            " p.m.; and No. 2, Water Services Bill 2013 - Committee Stage, to be taken at 4.15"
            " p.m.",
            "2025-08-18 16:15:00",
        ),
        (
            "The Second Stage of the Bill shall be taken at 1.30 p.m. and shall, if not"
            " previously concluded, be brought to a conclusion at 3 p.m.",
            "2025-08-18 15:00:00",
        ),
        (
            "Today's business is: Item No. 2, which will be taken until 5 p.m.; from 5 p.m. to"
            " 6 p.m. we will take Item No. 3; and from 6.30 p.m. to 8 p.m. we will take Item"
            " No. 48.",
            "2025-08-18 20:00:00",
        ),
    ],
)
def test_an_order_of_business_falls_due_at_its_latest_time(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a deadline and the time something else starts: no sitting's schedule
        ("Please reply by 3 p.m.; the call itself starts at 5 p.m.", "2025-08-18 15:00:00"),
        # an earlier time in another sentence stays apart (a sentence that ends on "p.m."
        # cannot be told from "p.m." inside one in lowered text: a known limit)
        (
            "The Bill shall be taken at 1.30 p.m. today. The press office opens at 4 p.m.",
            "2025-08-18 13:30:00",
        ),
    ],
)
def test_times_that_are_no_schedule_are_left_alone(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- "before <month>" ends as that month begins --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Credits were sourced for another 4,500 homes before April 2026, the agency said.",
        "The new rules will be in place before April.",
        "before April 2026",
    ],
)
def test_before_a_month_is_due_at_the_end_of_the_month_before(text: str) -> None:
    assert due_of(text) == utc("2026-03-31 23:59:59")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The work will be completed before 2030.", "2029-12-31 23:59:59"),
        ("The scheme will close prior to 2030.", "2029-12-31 23:59:59"),
        ("The plan will be published before Q3 2027.", "2027-06-30 23:59:59"),
    ],
)
def test_before_a_year_or_quarter_is_due_as_it_begins(text: str, due: str) -> None:
    """The period "before" names is the first one too late, whatever its size: "before
    2030" is the end of 2029, not of 2030 (a confident wrong date). Seasons and the other
    periods read alike (tests/core/test_deadline_before_period.py)."""
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The work will be completed on or before 2030.", "2030-12-31 23:59:59"),
        ("The new rules will be in place on or before April 2026.", "2026-04-30 23:59:59"),
        ("The work will be completed before the end of 2030.", "2030-12-31 23:59:59"),
        ("The new rules will be in place before the end of April.", "2026-04-30 23:59:59"),
        ("The new rules will be in place by April 2026.", "2026-04-30 23:59:59"),
        ("The new rules will be in place in April 2026.", "2026-04-30 23:59:59"),
    ],
)
def test_other_month_deadlines_are_left_alone(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- "between <day> and <day year>": the range's later end, in the year given -------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Payments will be made between 1 July and 31 December 2025.", "2025-12-31 23:59:59"),
        ("It will be open between July 1 and December 31, 2025.", "2025-12-31 23:59:59"),
        (
            "The postponement generally applies to all taxpayers who have a filing or payment"
            " deadline between April 1 and July 15, 2026.",
            "2026-07-15 23:59:59",
        ),
    ],
)
def test_a_range_between_two_days_falls_due_at_its_later_end(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_range_from_a_day_is_unchanged() -> None:
    assert due_of("The scheme runs from 1 July to 31 December 2025.") == utc("2025-12-31 23:59:59")


# -- "the week of <day>" ends on that week's Sunday ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The demonstration test is a countdown dress rehearsal scheduled for the week of"
        " September 8.",
        "The review will take place in the week of 10 September.",  # a Wednesday
        "the week of September 8",
    ],
)
def test_the_week_of_a_day_falls_due_on_its_sunday(text: str) -> None:
    assert due_of(text) == utc("2025-09-14 23:59:59")


def test_a_day_of_the_week_is_unchanged() -> None:
    assert due_of("The rehearsal is scheduled for September 8.") == utc("2025-09-08 23:59:59")


# -- a sitting "tomorrow" with its times: the latest time of that day ----------------------------


def test_a_sitting_tomorrow_with_a_later_time_falls_due_then() -> None:
    text = (
        "For the information of Members, it is proposed to meet at 9.30 a.m. tomorrow for the"
        " Order of Business and to resume at 4 p.m., as a mark of respect to the late Garda,"
        " whose funeral takes place tomorrow."
    )
    assert due_of(text) == utc("2025-08-19 16:00:00")


def test_tomorrow_alone_is_unchanged() -> None:
    assert due_of("The funeral takes place tomorrow.") == utc("2025-08-19 23:59:59")


# -- "<month> or <month>": the later month counts, and "from" before a range of days -----------


@pytest.mark.parametrize(
    "text",
    [
        "It is proposed that the Second Stage debate would be adjourned until September or"
        " October.",
        "The debate will be held in September or October.",
    ],
)
def test_two_months_as_alternatives_fall_due_at_the_later(text: str) -> None:
    assert due_of(text) == utc("2025-10-31 23:59:59")


@pytest.mark.parametrize(
    "text",
    [
        "Secretary Blinken is on travel to France and Belgium from September 1-5, 2025.",
        "The hearing runs from 1-5 September 2025.",
    ],
)
def test_from_before_a_range_of_days_is_the_range(text: str) -> None:
    assert due_of(text) == utc("2025-09-05 23:59:59")


def test_from_a_single_day_is_still_a_start() -> None:
    assert due_of("The hearing runs from 1 September 2025.") is None


# -- "no <thing> is planned": the time named is denied -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Separately, the White House said on Friday no meeting is planned between the two"
        " presidents at the General Assembly in New York next week.",
        "No further votes are expected before the recess on Friday.",
        "No decision has been scheduled for next week.",
        "No meeting is planned between the President and his counterpart, Mr Rouhani, at the"
        " General Assembly next week.",
    ],
)
def test_nothing_planned_is_no_deadline(text: str) -> None:
    assert refusal_of(text) == "negated"


def test_a_meeting_planned_is_a_deadline() -> None:
    assert due_of("A meeting is planned for next week.") == utc("2025-08-31 23:59:59")


# -- an item taken at a time and concluded after a length: its end -------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The Order for Second Stage of the Planning Bill shall be taken at 9.30 a.m. and"
            " shall, if not previously concluded, be brought to a conclusion after 75 minutes.",
            "2025-08-19 10:45:00",
        ),
        (
            "Statements on the budget shall be taken at 2 p.m. and shall conclude after two hours.",
            "2025-08-18 16:00:00",
        ),
    ],
)
def test_an_item_concluded_after_a_length_falls_due_at_its_end(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_length_without_a_start_is_still_refused() -> None:
    text = (
        "The debate shall, if not previously concluded, be brought to a conclusion after 75"
        " minutes."
    )
    assert due_of(text) is None


# -- a standing target for answering a class of items is no deadline -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Department is committed to meeting the target of responding to at least 80% of"
        " correspondence from Hon. Members within 20 working days.",
        "They aim to respond to reports of House of Commons Select Committees within two months.",
        "Our target is to reply to all complaints within ten working days.",
    ],
)
def test_a_standing_target_for_a_class_of_items_is_recurring(text: str) -> None:
    assert refusal_of(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We aim to respond to your letter within two weeks.", "2025-09-01 23:59:59"),
        ("Our target is to publish the report within two months.", "2025-10-18 23:59:59"),
    ],
)
def test_a_target_for_one_item_stays_a_deadline(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a clock time written with a hyphen ("10-30 a.m.") ----------------------------------------


def test_a_clock_time_with_a_hyphen_is_read() -> None:
    text = "We assume the Dáil will meet tomorrow from 10-30 a.m. to 5 p.m."
    assert due_of(text) == utc("2025-08-19 17:00:00")
    assert due_of("The sitting resumes at 11-45 a.m. tomorrow.") == utc("2025-08-19 11:45:00")


def test_a_range_of_hours_with_a_hyphen_stays_a_range() -> None:
    assert due_of("The office is open tomorrow from 9-11 a.m.") == utc("2025-08-19 11:00:00")


# -- a zone given after the date, or in brackets at the end, is used -----------------------------

_HK_REF = utc("2022-01-10 10:00:00")


@pytest.mark.parametrize(
    "text",
    [
        "Send one email per applicant between midday (12pm) on Monday 17 January 2022 to midday"
        " on Wednesday 19 January 2022 (Hong Kong time).",
        "Send it by 12:00 on 19 January 2022 (Hong Kong time).",
        "Send it by 12:00 on 19 January 2022, Hong Kong time.",
    ],
)
def test_a_zone_after_the_date_is_used(text: str) -> None:
    assert due_of(text, "Europe/London", _HK_REF) == utc("2022-01-19 04:00:00")


def test_a_date_and_time_without_a_zone_stay_in_the_servers() -> None:
    text = "Send it by 12:00 on 19 January 2022."
    assert due_of(text, "Europe/London", _HK_REF) == utc("2022-01-19 12:00:00")


# -- "this day fortnight", "this day week" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "He will be engaged in the Dáil on this day fortnight since the Criminal Justice Bill"
            " will then be taken in Committee.",
            "2025-09-01 23:59:59",
        ),
        ("The Bill will be taken this day week.", "2025-08-25 23:59:59"),
    ],
)
def test_this_day_fortnight_is_fourteen_days_on(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_this_day_alone_is_no_deadline() -> None:
    assert due_of("This day is a holiday.") is None
