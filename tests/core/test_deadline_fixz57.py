"""Issue 12, stop 57, fixz57: silent misreadings found in the misses of fresh154-158. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test gives
another moment."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.core.reading import check_set_case, due, refusal

# -- "<weekday> next": the first such weekday after the day of speaking ----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # said on a Wednesday: "Wednesday next" is a week on, not today
        ("We hope to take the Bill through all stages on Wednesday next.", "2026-12-09 23:59"),
        ("The House stands adjourned until Wednesday next.", "2026-12-09 23:59"),
        ("The Seanad will meet on Monday next.", "2026-12-07 23:59"),
        ("The Seanad will meet on Friday next, the 4th.", "2026-12-04 23:59"),
    ],
)
def test_weekday_next_is_the_first_one_after_today(text: str, want: str) -> None:
    # "next" after the weekday was dropped: today was read, or the sentence refused as past
    assert due(text) == want


def test_weekday_next_week_is_unchanged() -> None:
    assert due("The House will meet on Friday next week.") == "2026-12-11 23:59"


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh155", "Therefore, the possibility of proceeding with business"),
        ("blind_fresh157", "We hope to take the Prices and Incomes Bill"),
    ],
)
def test_weekday_next_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- "today" of a notice in today's issue, and of a change taking effect from today ----------


@pytest.mark.parametrize(
    "text",
    [
        "The list of communities will be published in today's Federal Register.",
        "The order will appear in today\u2019s Gazette.",
    ],
)
def test_an_act_in_todays_issue_is_due_today(text: str) -> None:
    # "today's" was read as a name of now and the sentence refused as past
    assert due(text) == "2026-12-02 23:59"


def test_a_notice_already_in_todays_issue_stays_past() -> None:
    assert refusal("The list was published in today's Federal Register.") == "past"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Canberrans can enjoy a new level of protection from today as the right to a "
            "healthy environment takes effect.",
            "2026-12-02 23:59",
        ),
        ("From 1 January the new rules take effect.", "2027-01-01 23:59"),
        (
            "Residents are protected from 4 January when the law comes into force.",
            "2027-01-04 23:59",
        ),
    ],
)
def test_a_change_taking_effect_after_from_is_due_that_day(text: str, want: str) -> None:
    # CONVENTIONS 3.1: the verb of effect after the day was not seen, and the day refused
    # as "earliest"
    assert due(text) == want


def test_an_offer_open_from_a_day_stays_earliest() -> None:
    assert refusal("Applications will be accepted from 4 January.") == "earliest"


@pytest.mark.parametrize(
    "opening",
    ["The list of communities will be published", "Canberrans can enjoy a new level"],
)
def test_today_set_cases(opening: str) -> None:
    check_set_case("blind_fresh155", opening)


# -- four-digit clocks before a weekday, and a release calendar's line -----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The results will be published at 0700 on Friday.", "2026-12-04 07:00"),
        ("Send the form by 1700 on Mon.", "2026-12-07 17:00"),
    ],
)
def test_four_digits_before_on_a_weekday_are_a_clock(text: str, want: str) -> None:
    # the four digits were no clock before a bare weekday: the day's end was read
    assert due(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Published on Tuesday 8th December at 0700", "2026-12-08 07:00"),
        ("Labour market figures released on Thursday 10 December at 9:30am.", "2026-12-10 09:30"),
        ("Published on Tuesday 8th December", "2026-12-08 23:59"),
    ],
)
def test_a_release_line_ahead_is_due_then(text: str, want: str) -> None:
    # the participle was read as a past act and the coming day refused as past
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Published on Tuesday 1st December at 0700",  # that Tuesday is gone
        "The report was published on Tuesday 8 December.",  # told as done
        "Published on 8 December",  # no weekday nor year: it may be last year's
    ],
)
def test_other_published_lines_stay_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    "opening", ["Published on Tuesday 17th October at 0700", "Published on Tuesday 24th October"]
)
def test_release_line_set_cases(opening: str) -> None:
    check_set_case("blind_fresh156", opening)


# -- a schedule told day by day: the last day's closing time ---------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On December 10, 2026, the meeting will begin at approximately 9:30 am and run until "
            "completion; on December 11, 2026, the meeting will begin at approximately 9:00 am "
            "and run until approximately 5:00 pm.",
            "2026-12-11 17:00",
        ),
        (
            "On 10 December the hearing runs from 9:30 am to 7 pm; on 11 December it begins at "
            "9 am and ends at 1 pm.",
            "2026-12-11 13:00",
        ),
    ],
)
def test_the_last_days_times_go_with_it(text: str, want: str) -> None:
    # the earlier day's times kept the last day from its own: it fell due at its end
    assert due(text) == want


def test_schedule_set_case() -> None:
    check_set_case("blind_fresh156", "On May 11, 1999, the meeting will begin")


# -- a verbless schedule row: a date, then a range of hours ----------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Wed., Dec. 9, 1-5:30 p.m. EST", "2026-12-09 22:30"),
        ("Thursday, Dec. 10, 10-11:30 a.m.", "2026-12-10 11:30"),
    ],
)
def test_hours_after_a_date_are_no_days(text: str, want: str) -> None:
    # "Dec. 9, 1-5" was read as days 9, 1 to 5 of December and the row gave no reading
    assert due(text) == want


def test_a_range_of_days_stays_one() -> None:
    assert due("The hearings run Dec. 7-9.") == "2026-12-09 23:59"


def test_schedule_row_set_case() -> None:
    check_set_case("blind_fresh155", "Wed., Sept. 23, 1-5:30 p.m. EDT")


# -- "this week" of a participle's act hung on a state -----------------------------------------


def test_this_week_of_a_with_participle_is_due_at_its_end() -> None:
    # the state "have more options" made the whole sentence a report of now: refused as past
    text = (
        "Trampers and campers have more options for the holidays with two popular sites "
        "reopening in the forest park this week."
    )
    assert due(text) == "2026-12-06 23:59"


def test_this_week_of_a_perfect_stays_past() -> None:
    assert refusal("Prices have risen sharply this week.") == "past"


def test_participle_set_case() -> None:
    check_set_case("blind_fresh154", "Trampers and campers have more options")


# -- days guessed within a period just named ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Dáil will be told during the week, possibly to-morrow or Friday.",
        "The Government expect to lay amendments this week, probably on Thursday.",
    ],
)
def test_a_guessed_day_within_the_week_leaves_the_week(text: str) -> None:
    # CONVENTIONS 6.2: the guess was read as the more definite time and beat the week
    assert due(text) == "2026-12-06 23:59"


def test_a_day_after_the_period_is_no_guess_within_it() -> None:
    assert due("The House will be told this week, possibly next Tuesday.") == "2026-12-08 23:59"


def test_hedged_set_case() -> None:
    check_set_case("blind_fresh155", "I cannot say at the moment, but the Dáil will be told")


# -- instructions for the year of speaking ------------------------------------------------------

KREMLIN_SAID = datetime(2022, 5, 22, 12, 0, tzinfo=ZoneInfo("Europe/Moscow"))


@pytest.mark.parametrize(
    "text",
    [
        # "self-propelled" was read as a past verb, and the year as the date of a done act
        "complete the construction and testing of the ice-resistant self-propelled platform "
        "and put it into operation in 2022",
        # the act ordered is still to come when the order is given
        "The Government was instructed to start the construction of the railway in 2022.",
    ],
)
def test_an_instruction_for_the_year_of_speaking_is_due_at_its_end(text: str) -> None:
    assert due(text, KREMLIN_SAID) == "2022-12-31 23:59"  # read in London


def test_a_done_act_of_the_year_of_speaking_stays_past() -> None:
    assert refusal("The state-owned company expanded in 2022.", KREMLIN_SAID) == "past"


# -- "as originally planned": the plan kept ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The redundancy data will still be published as originally planned on Tuesday 8th "
        "December.",
        "The vote will go ahead as originally scheduled on 8 December.",
    ],
)
def test_as_originally_planned_keeps_the_date(text: str) -> None:
    # "originally" was read as a date dropped: refused as negated
    assert due(text) == "2026-12-08 23:59"


def test_a_date_originally_planned_and_dropped_stays_negated() -> None:
    text = "The data, originally planned for Tuesday 8th December, will not be published."
    assert refusal(text) == "negated"


def test_as_originally_planned_set_case() -> None:
    check_set_case("blind_fresh156", "The HMRC Real Time Information data")


# -- "previously due on <date>": the date dropped -----------------------------------------------


def test_previously_due_gives_way_to_the_new_date() -> None:
    # the old date followed "due on" and beat the new one: a wrong date with no warning
    text = "The report, previously due on 8 December, will now be published on 15 December."
    assert due(text) == "2026-12-15 23:59"


def test_a_delay_with_only_the_previous_date_is_negated() -> None:
    text = "We have decided to delay the next publication (previously due on Tuesday 8th December)."
    assert refusal(text) == "negated"


def test_as_previously_planned_keeps_the_date() -> None:
    assert due("The report will be published as previously planned on 8 December.") == (
        "2026-12-08 23:59"
    )


def test_previously_due_set_case() -> None:
    check_set_case("blind_fresh156", "The Office for National Statistics (ONS) has taken")


# -- a date gone in a "when" clause of the past ---------------------------------------------------


def test_a_date_in_a_past_when_clause_is_past() -> None:
    # "would" before it kept the date ahead, rolled to next year: a wrong date with no warning
    text = (
        "He will give an update, as he said he would when he met the committee in Washington "
        "on November 29th."
    )
    assert refusal(text) == "past"


def test_a_date_in_a_when_clause_ahead_stays() -> None:
    assert due("We will decide when we meet the committee on December 9th.") == "2026-12-09 23:59"


def test_when_past_set_case() -> None:
    check_set_case("blind_fresh157", "He will be meeting with them to give an update")


# -- a notice's "<what> Available: <date>" line ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Applications Available: December 9, 2026.",
        "Application Package Available: 9 December 2026.",
    ],
)
def test_available_line_gives_the_earliest_date(text: str) -> None:
    # CONVENTIONS 3.2: an offer open from a date; it was read as a deadline that day
    assert refusal(text) == "earliest"


def test_a_deadline_line_stays_due() -> None:
    assert due("Deadline for Transmittal of Applications: December 9, 2026.") == "2026-12-09 23:59"


@pytest.mark.parametrize(
    "opening",
    [
        "Request for Applications Available",
        "Application Package Available",
        "Applications Available",
    ],
)
def test_available_set_cases(opening: str) -> None:
    check_set_case("blind_fresh156", opening)
