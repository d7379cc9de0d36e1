"""Issue 12, stop 55, tuner b: the right date among several. Said on Wednesday 2 December
2026 at 10:00, London (tests/core/reading.py).

A duty or ban that begins on a day, told before the day ("will become mandatory from 1
September", "will be mandated to join from April", "will be specified in law from 1
January", "employers must report from 6 April"), is the rule taking effect, due that day
(CONVENTIONS 3.1a), as the fronted form ("From 6 April employers must report") already
was; beside it, a day the thing is merely open from ("but can be used from 1 January") is
a start and gives way. An offer open from a day stays a start.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.reading import check_set_case, due, refusal
from tests.data.deadlines.relabels import cases_of


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The new standard will become mandatory from 1 September 2027 but can be used"
            " from 1 March 2027.",
            "2027-09-01 22:59",
        ),
        ("Larger firms will be mandated to file online from April 2027.", "2027-04-30 22:59"),
        (
            "It will be specified in law from 1 January 2027 that old vans are exempt.",
            "2027-01-01 23:59",
        ),
        ("Employers must report the figures from 6 April 2027.", "2027-04-06 22:59"),
        ("Single-use vapes will be banned from 1 June 2027.", "2027-06-01 22:59"),
    ],
)
def test_a_duty_or_ban_told_before_its_day_is_due_that_day(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "Applications will be accepted from 3 June 2027.",
        "Members can use the new portal from 1 March 2027.",
    ],
)
def test_an_offer_open_from_a_day_stays_a_start(text: str) -> None:
    assert refusal(text) == "earliest"


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh142", "To take effect this new British Standard"),
        ("blind_fresh142", "It will be specified in law from 1 January 2021"),
        ("blind_fresh143", "Those with annual income over £50,000"),
    ],
)
def test_the_development_cases_of_a_duty_from_a_day(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- a time in an "unless" clause tests a condition: the main clause's time counts ---------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The rule is effective on 24 February 2027, unless the agency receives a"
            " significant adverse comment by 25 January 2027.",
            "2027-02-24 23:59",
        ),
        (
            "The direct final rule is effective March 9, 2027, unless adverse comments are"
            " received by February 2, 2027.",
            "2027-03-09 23:59",
        ),
        ("We will strike on Monday unless the offer is improved by Friday.", "2026-12-07 23:59"),
        (
            "Unless the offer is improved by Friday, we will strike on Monday 14 December.",
            "2026-12-14 23:59",
        ),
        (
            "Unless objections are received by January 4, 2027, the order takes effect on"
            " January 18, 2027.",
            "2027-01-18 23:59",
        ),
    ],
)
def test_the_time_of_an_unless_clause_gives_way_to_the_main_clause(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # no time outside the clause: read as before
        ("The plan goes ahead unless objections are received by Friday.", "2026-12-04 23:59"),
        # the chosen time is outside the clause
        ("The report is due by Friday unless it rains.", "2026-12-04 23:59"),
    ],
)
def test_an_unless_clause_with_no_time_beside_it_changes_nothing(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "opening", ["The DFR is effective October 9, 2025", "The rule is effective on September 24"]
)
def test_the_development_cases_of_a_direct_final_rule(opening: str) -> None:
    check_set_case("blind_fresh140", opening)


# -- "before" an event given a day of its own: the day before (CONVENTIONS 3.5) ------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "We want to share these updates before the next newsletter due on the 29th January.",
            "2027-01-28 23:59",
        ),
        ("We will publish it before the next meeting, scheduled for 4 March.", "2027-03-03 23:59"),
        ("The report will be sent before the vote planned for Friday.", "2026-12-03 23:59"),
    ],
)
def test_before_an_event_held_on_a_day_is_the_day_before(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a limit is not an event the act comes before
        ("Send it before the deadline due on 29 January.", "2027-01-29 23:59"),
        # a clock time on the day: read as before
        (
            "We will publish it before the vote scheduled for 3 p.m. on 29 January.",
            "2027-01-29 15:00",
        ),
        # no participle of timing: read as before
        ("We will publish it before the meeting on 29 January.", "2027-01-29 23:59"),
    ],
)
def test_before_a_limit_or_a_clock_time_is_read_as_before(text: str, when: str) -> None:
    assert due(text) == when


def test_the_development_case_of_before_an_event_with_its_day() -> None:
    check_set_case("blind_fresh141", "This bulletin contains recent Census 2021 updates")


# -- the midnight between two days ends the first ------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The road will close at midnight between Saturday and Sunday.", "2026-12-05 23:59"),
        (
            "The count shall be taken at 12.00 midnight between Tuesday, 5 January 2027 and"
            " Wednesday, 6 January 2027.",
            "2027-01-05 23:59",
        ),
    ],
)
def test_the_midnight_between_a_day_and_the_next_ends_the_first(text: str, when: str) -> None:
    assert due(text) == when


def test_two_days_not_one_after_the_other_are_read_as_before() -> None:
    text = "The road will close at midnight between Saturday 5 December and Monday 7 December."
    assert due(text) == "2026-12-07 23:59"


def test_the_development_case_of_the_midnight_between_two_days() -> None:
    check_set_case("blind_fresh142", "Pursuant to section 23(4) of the Statistics Act 1975")


# -- a clock range whose later end is given roughly ------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "From 6:30 a.m. until approximately 11:00 p.m., buses will be rerouted.",
            "2026-12-02 23:00",
        ),
        (
            "Buses will be rerouted from 6:30 a.m. until approximately 11:00 p.m.",
            "2026-12-02 23:00",
        ),
        ("The lane will be shut from 9.30am till around 4pm on Friday.", "2026-12-04 16:00"),
    ],
)
def test_a_clock_range_with_a_rough_later_end_falls_due_at_it(text: str, when: str) -> None:
    assert due(text) == when


def test_the_development_case_of_a_rough_later_end() -> None:
    check_set_case("blind_fresh42", "From 6:30 a.m. until approximately 11:00 p.m.")


# -- a time in a "who plan to ..." clause names who is addressed ---------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # (stop 58: "... should complete the form as soon as possible" presses it on them, no
        # deadline by CONVENTIONS 4.3: test_deadline_tune12a_s58.py)
        (
            "Students who plan to attend college between July 1, 2027, and June 30, 2028,"
            " will receive the form as soon as possible.",
            "2027-01-31 23:59",
        ),
        (
            "Families who intend to travel in August must renew their passports by Friday.",
            "2026-12-04 23:59",
        ),
    ],
)
def test_a_time_that_names_who_is_addressed_gives_way_to_the_main_verbs(
    text: str, when: str
) -> None:
    assert due(text) == when


def test_with_no_time_of_the_main_verb_the_reading_stays() -> None:
    assert due("Anyone who plans to travel in August must apply online.") == "2027-08-31 22:59"


@pytest.mark.parametrize(
    "opening",
    [
        "New and returning students who plan to attend college between July 1, 2023",
        "New and returning students who plan to attend college between July 1, 2022",
    ],
)
def test_the_development_cases_of_who_is_addressed(opening: str) -> None:
    # relabelled in stop 58 (CONVENTIONS 4.3: "should complete the FAFSA as soon as possible"
    # advises others and is no deadline): the guard here is what this test was written for,
    # that the dates naming who is addressed are not read as the deadline
    case = next(c for c in cases_of("blind_fresh44") if c.text.startswith(opening))
    got = interpret_deadline(
        case.text, datetime.fromisoformat(case.said).replace(tzinfo=UTC), case.tz
    )
    assert not isinstance(got, Deadline) or "30" not in got.matched, got
