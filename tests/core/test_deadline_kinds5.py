"""Issue 12, round 6: the clause gate (is there a deadline in this sentence at all, and
which clause holds it) and the other general kinds the fifth fresh set showed, each pinned
by a rule test written before its fix, with real phrasings of the kind (Hansard written
answers, Dáil and Seanad orders of business, Federal Register notices, White House
briefings, a NASA launch blog) rewritten onto the reference day.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.deadlines import Refusal, interpret_deadline, parse_deadline
from tests.core.deadline_properties import assert_every_token_used
from tests.core.test_deadline_kinds import REF, due_of, refusal_of, utc

# -- a standard for a class of items, not one pledge: recurring -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our target is to reply to all letters within 20 working days.",
        "The Department does however aim to respond to all written correspondence within 15"
        " working days.",
        "I can confirm that departments are still expected to reply to Written Questions within"
        " 14 days.",
        "The agency answers enquiries within ten working days.",
        # a time on days named in the plural
        "Applications should be made to the Table Office by 7.00pm or rise of the House,"
        " whichever is the earlier, on the Wednesdays listed below.",
        "The office closes at 4 p.m. on Fridays.",
    ],
)
def test_a_standard_for_a_class_of_items_is_recurring(text: str) -> None:
    assert refusal_of(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("I will reply to the letters within 14 days.", "2025-09-01 23:59:59"),
        ("The Minister will reply to the hon. Member within two weeks.", "2025-09-01 23:59:59"),
        ("The office will close at 4 p.m. on Friday.", "2025-08-22 16:00:00"),
        # a span from the order's own date happens once, whoever "each" names
        (
            "Each agency head shall provide a risk management report to the Director within 90"
            " days of the date of this order.",
            "2025-11-16 23:59:59",
        ),
        (
            "Each department shall submit its plan within 60 days of the date of this memorandum.",
            "2025-10-17 23:59:59",
        ),
    ],
)
def test_one_reply_or_one_order_is_a_deadline(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_each_complaint_stays_recurring() -> None:
    assert refusal_of("Each complaint gets a reply within five working days.") == "recurring"


# -- a sitting-day clock time without a.m./p.m.: 1 to 6 o'clock is the afternoon ----------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The debate on the Bill will be interrupted at 6.30 to take No. 4.",
            "2025-08-18 18:30:00",
        ),
        ("The sitting is suspended until 6.30.", "2025-08-18 18:30:00"),
        ("Questions will be taken at 2.45.", "2025-08-18 14:45:00"),
        # a.m. said, a 24-hour form, or a morning hour: as before
        ("The sitting is suspended until 6.30 a.m.", "2025-08-19 06:30:00"),
        ("The vessel departs at 06:30.", "2025-08-19 06:30:00"),
        ("The House will sit at 9.30 tomorrow.", "2025-08-19 09:30:00"),
    ],
)
def test_a_bare_afternoon_hour_in_a_sitting_day(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a part of the day with its own clock time: the clock time ------------------------------


@pytest.mark.parametrize(
    ("text", "tz", "due"),
    [
        (
            "Next launch attempt is Sunday morning at 1:52 a.m. EDT.",
            "America/New_York",
            "2025-08-24 05:52:00",
        ),
        ("The vote is on Tuesday evening at 7 p.m.", "UTC", "2025-08-19 19:00:00"),
    ],
)
def test_a_part_of_the_day_with_a_clock_time(text: str, tz: str, due: str) -> None:
    assert due_of(text, tz) == utc(due)


# -- "that evening", "that day": a day named elsewhere, no date here -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "That evening, the President will travel to Tampa, Florida, where he will remain"
        " overnight.",
        "The committee will report its findings that afternoon.",
    ],
)
def test_that_evening_points_elsewhere(text: str) -> None:
    assert refusal_of(text) == "event"


def test_later_that_day_names_no_day() -> None:
    assert parse_deadline("The results will be published later that day.", REF) is None


def test_this_afternoon_is_still_today() -> None:
    assert due_of("The committee will report its findings this afternoon.") == utc(
        "2025-08-18 18:00:00"
    )


# -- "announcing today that ...": the day of speaking, not the pledge's ---------------------


def test_announcing_today_is_no_deadline() -> None:
    text = (
        "Therefore, the Government are announcing today that legislation will be brought"
        " forward in the next Finance Bill to put the meaning of the law beyond doubt."
    )
    assert parse_deadline(text, REF) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "I can confirm today that the review will report by the end of the year.",
            "2025-12-31 23:59:59",
        ),
        ("I am today publishing the Government's response.", "2025-08-18 23:59:59"),
        (
            "Today, 18 August 2025, I am publishing a plan for improving social mobility.",
            "2025-08-18 23:59:59",
        ),
    ],
)
def test_the_pledge_of_the_day_of_speaking(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a request, offer or proposal turned down: its dates are denied ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NOAA Fisheries has denied a request for emergency action to close the savings area to"
        " all fishing gears from January 1, 2026 to June 30, 2026.",
        "The Government rejected a proposal to hold the vote by 1 November.",
        "Last week, during the debate, we offered the Government our support on condition that"
        " they would bring forward legislation by 1 November but, as usual, they turned that"
        " down.",
    ],
)
def test_a_request_turned_down(text: str) -> None:
    assert refusal_of(text) == "negated"


def test_a_request_granted_stands() -> None:
    text = "The Department has approved a request to extend the deadline to 30 September."
    assert due_of(text) == utc("2025-09-30 23:59:59")


# -- what a report or review said should happen: the past, not a pledge ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "A report stated the plan should be published by July.",
        "The review said the rules should be changed by the end of the year.",
    ],
)
def test_what_a_report_said_should_happen(text: str) -> None:
    assert refusal_of(text) == "past"


def test_what_a_minister_said_will_happen() -> None:
    assert due_of("The Minister said the plan will be published by July.") == utc(
        "2026-07-31 23:59:59"
    )


# -- a list of dates: a year-less date after a dated one keeps its year ----------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Heads of federal bodies will have to amend their plans by May 15, 2026, and report"
            " on their efforts by June 10.",
            "2026-06-10 23:59:59",
        ),
        (
            "The regulator must consult by 1 March 2026 and publish its decision by 30 April.",
            "2026-04-30 23:59:59",
        ),
    ],
)
def test_a_yearless_date_after_a_dated_one(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a countdown: "only 8 days remaining" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("It is a work in progress, and there is only 8 days remaining!", "2025-08-26 23:59:59"),
        ("With 10 days left, the talks are stalled.", "2025-08-28 23:59:59"),
    ],
)
def test_a_countdown(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- an item's length in an order of business: "after 80 minutes" of an undated start --------


@pytest.mark.parametrize(
    "text",
    [
        "the proceedings on No. 16 shall, if not previously concluded, be brought to a"
        " conclusion after 80 minutes",
        "a Private Notice Question shall be taken after 45 minutes",
    ],
)
def test_after_minutes_counts_from_the_item(text: str) -> None:
    assert refusal_of(text) == "event"


def test_in_minutes_still_counts_from_now() -> None:
    assert due_of("The vote will be held in 80 minutes.") == utc("2025-08-18 11:20:00")


# -- "whichever is the later" refuses its own clause, not a dated time after it ----------------


def test_whichever_is_the_later_stays_in_its_clause() -> None:
    text = (
        "Private Members' business shall be No. 42, to be taken on the conclusion of the"
        " Topical Issue debate or at 7.30 p.m., whichever is the later, and adjourn after 90"
        " minutes, and the proceedings thereon shall, if not previously concluded, be brought"
        " to a conclusion at 9 p.m. on Wednesday, 20 August 2025."
    )
    assert due_of(text, "Europe/Dublin") == utc("2025-08-20 20:00:00")


# -- a sitting adjourned until a later day and time -------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "That the Seanad shall adjourn today until 6 p.m. on Tuesday, 2nd September; and the"
            " Order of Business shall be proposed at 6 p.m.",
            "2025-09-02 18:00:00",
        ),
        (
            "The Seanad adjourned at 3.15 p.m. until Wednesday, 20th August, at 3 p.m.",
            "2025-08-20 15:00:00",
        ),
    ],
)
def test_adjourned_until_a_day_and_time(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a year named as a target's, and a winter of two years -----------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Henry Smith (Crawley) What progress she has made on reaching the Government's 2050"
            " net zero target. (902929)",
            "2050-12-31 23:59:59",
        ),
        ("The country remains on track to meet its 2030 target.", "2030-12-31 23:59:59"),
        (
            "Simon Lightwood (Wakefield) What steps her Department is taking to help reduce"
            " pressure on NHS services in winter 2025-26. (901103)",
            "2026-02-28 23:59:59",
        ),
    ],
)
def test_a_target_year_and_a_winter(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a vague word counted from "when <event>" ------------------------------------------------


def test_without_delay_once_an_event_happens() -> None:
    text = (
        "And when Congress returns, I urge them to keep working, without drama, without delay,"
        " to reach an agreement."
    )
    assert refusal_of(text) == "event"


# -- shown by the tenth kinds set's first run (kinds_real10.py, 15/19, main 15/19) ----------


def test_a_lone_time_after_an_open_time_on_a_named_day() -> None:
    text = (
        "It is proposed that the Dáil shall sit later than 10.15 p.m. tomorrow and shall"
        " adjourn not later than 11.15 p.m."
    )
    assert due_of(text) == utc("2025-08-19 23:15:00")


def test_a_later_lone_time_after_a_dated_time() -> None:
    text = (
        "Coverage of the spacewalk will begin at 6:30 a.m. EDT Aug. 19, on NASA TV, with the"
        " spacewalk scheduled to begin at 8:05 a.m."
    )
    assert due_of(text, "America/New_York") == utc("2025-08-19 12:05:00")


def test_a_part_of_the_day_after_a_dated_time_is_no_later_time() -> None:
    text = "Copies will be in the Vote Office at 10 o'clock on Friday morning of this week."
    assert due_of(text) == utc("2025-08-22 10:00:00")


def test_years_in_brackets_after_a_name_are_its_label() -> None:
    text = (
        "The Government was instructed to improve the priorities provided by the Long-Term"
        " Programme of Fundamental Scientific Research (2025–2030) in accordance with the"
        " Strategy."
    )
    assert parse_deadline(text, REF) is None
    assert due_of("The programme will run from 2025 to 2030.") == utc("2030-12-31 23:59:59")


# -- shown by the eleventh kinds set's first run (kinds_real11.py, 13/16, main 13/16) -------


def test_a_month_followed_by_last_is_the_past() -> None:
    text = (
        "That second public consultation concluded in April last and the outcome will be the"
        " subject of a report from the Commission."
    )
    assert refusal_of(text) == "past"


def test_a_negation_stops_at_and_will() -> None:
    text = "The comment period has not changed and will close on September 17, 2025."
    assert due_of(text) == utc("2025-09-17 23:59:59")
    assert refusal_of("The comment period will not close on September 17, 2025.") == "negated"


def test_a_plan_that_was_to_be_is_the_past() -> None:
    text = (
        "As initially published on May 20, 2025, written comments on the proposed rule were to"
        " be submitted by September 21, 2025."
    )
    assert refusal_of(text) == "past"
    assert due_of("Written comments are to be submitted by September 21, 2025.") == utc(
        "2025-09-21 23:59:59"
    )


# -- property: the forms of rounds 4 to 6 use every number or refuse ------------------------


@pytest.mark.parametrize(
    ("text", "due", "matched"),
    [
        # the run of a clock time counts from that time, not from now
        (
            "Coverage will begin at 7:10 a.m. and run about 6 hours.",
            "2025-08-19 13:10:00",
            "at 7:10 a.m. and run about 6 hours",
        ),
        (
            "Coverage will begin at 7:10 a.m. and run about 6 1/2 hours and 20 minutes.",
            "2025-08-19 14:00:00",
            "at 7:10 a.m. and run about 6 1/2 hours and 20 minutes",
        ),
        # a span after "and" counts on from the first one's end
        (
            "The vote will be held within 2 hours and 75 minutes.",
            "2025-08-18 13:15:00",
            "within 2 hours and 75 minutes",
        ),
        (
            "The consultation will open on 1 September and run for 12 weeks and 3 days.",
            "2025-11-27 23:59:59",
            "on 1 September … 12 weeks and 3 days",
        ),
        ("We will act by winter 2025-26.", "2026-02-28 23:59:59", "by winter 2025-26"),
        # the second chosen (the longer words) still counts on from the first
        (
            "We will report in 2 weeks and 3 days' time.",
            "2025-09-04 23:59:59",
            "in 2 weeks and 3 days' time",
        ),
    ],
)
def test_no_number_of_a_run_or_a_second_span_is_left_over(
    text: str, due: str, matched: str
) -> None:
    got = parse_deadline(text, REF, "UTC")
    assert got is not None and (got.due, got.matched) == (utc(due), matched)


def test_an_unreadable_start_of_a_run_is_refused() -> None:
    got = interpret_deadline("Coverage will begin at 0:32 a.m. and run about 6 hours.", REF)
    assert isinstance(got, Refusal) and (got.kind, got.words) == ("number", "at 0:32 a.m.")


@st.composite
def _round_forms(draw: st.DrawFn) -> str:
    n, m = draw(st.integers(0, 130)), draw(st.integers(0, 130))
    year, other = draw(st.integers(2020, 2040)), draw(st.integers(0, 2100))
    kind = draw(st.integers(0, 7))
    if kind == 0:
        after = (year + 1) % 100 if other % 2 else other % 100  # the next year, or not
        return f"We will act by winter {year}-{after:02d}."
    if kind == 1:
        return f"The vote will be held within {n} hours and {m} minutes."
    if kind == 2:
        return f"Coverage will begin at {n % 13}:{m % 60:02d} a.m. and run about {n} hours."
    if kind == 3:
        return f"Coverage will begin at 7:10 a.m. and run about 6 1/2 hours and {m} minutes."
    if kind == 4:
        return draw(
            st.sampled_from(
                (
                    f"The programme runs {year}-{other}.",
                    f"The programme runs from {year} to {other}.",
                )
            )
        )
    if kind == 5:
        return f"We will decide by {n % 40} Mar {m:02d}."
    if kind == 6:
        return f"Launch is at {n % 14}:{m % 70:02d}:{other % 70:02d} a.m. on Tuesday."
    return f"The consultation will open on {n % 40} September and run for {m} weeks and 3 days."


@settings(max_examples=800, deadline=None)
@given(text=_round_forms())
def test_round_forms_use_every_number_or_refuse(text: str) -> None:
    assert_every_token_used(text, interpret_deadline(text, REF, "UTC"))
