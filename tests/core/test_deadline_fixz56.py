"""Issue 12, stop 56, fixz56: silent misreadings found in the misses of fresh149-153. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test gives
another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

# -- a clock opening the later end of a run of days ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The campground is closed from Friday 4 December until 9am Saturday 12 December.",
        "The campground is closed from 4 December until 9am 12 December.",
        "The road is closed from Friday 4 December till 9 a.m., Saturday 12 December.",
    ],
)
def test_a_clock_after_until_is_the_later_days_not_the_starts(text: str) -> None:
    # the clock was joined to the start ("from Friday 4 December until 9am") and dropped
    # with it: the closure fell due at the end of the 12th with no warning
    assert due(text) == "2026-12-12 09:00"


def test_a_clock_after_until_with_no_later_day_stays_the_starts() -> None:
    # "open on Friday 4 December until 9pm": the time is that day's
    assert due("The shop is open on Friday 4 December until 9pm.") == "2026-12-04 21:00"


# -- office hours in brackets are no clock of the deadline ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Contact the coordinator by December 20 at 800-621-8431, ext. 64360 (weekdays, 10 a.m. "
        "to 5:30 p.m.), or by email.",
        "Contact the office by December 20 (weekdays, 10 a.m. to 5:30 p.m.).",
        "Call the helpline by December 20, weekdays from 9am to 5pm.",
        "Call the helpline by December 20 (on weekdays between 9am and 5pm).",
    ],
)
def test_weekday_office_hours_do_not_give_the_day_its_clock(text: str) -> None:
    # the hours' closing time was taken as the deadline's with no warning
    assert due(text) == "2026-12-20 23:59"


def test_a_weekday_clock_range_of_the_day_itself_still_counts() -> None:
    assert due("The hearing on December 20 runs from 10 a.m. to 5:30 p.m.") == "2026-12-20 17:30"


# -- a fronted "from <date>, it will be mandatory" after a leading phrase ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Subject to the introduction of further planned legislation, from 1st January 2027, "
        "it will be mandatory for machinery to be registered.",
        "Under the new rules, from 1 January 2027, it will be compulsory to register machinery.",
        "From 1 January 2027, it will be a requirement to register machinery.",
    ],
)
def test_a_duty_from_a_fronted_date_after_a_leading_phrase_falls_due_then(text: str) -> None:
    # CONVENTIONS 3.1a: the duty begins that day; it was read as an earliest date only
    assert due(text) == "2027-01-01 23:59"


def test_an_offer_from_a_fronted_date_after_a_leading_phrase_stays_a_start() -> None:
    text = "Under the new rules, from 1 January 2027, applications will be accepted online."
    assert refusal(text) == "earliest"


# -- a dated start and the length of the meeting -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The meeting will be held on Wednesday, 9 December 2026, via conference call beginning "
        "at 9:00 a.m. and concluding four (4) hours later.",
        "The meeting will be held on 9 December 2026, beginning at 9:00 a.m. and ending four "
        "hours later.",
        "The meeting will begin at 9:00 a.m. on 9 December 2026 and run about four hours.",
        "The meeting on 9 December 2026 begins at 9 a.m. and will last about 4 hours.",
        "The meeting starts at 9 a.m. on 9 December 2026 and finishes four hours later.",
        "The meeting starts at 9 a.m. on 9 December 2026 and will conclude 4 hours later.",
    ],
)
def test_a_dated_start_with_a_length_falls_due_at_its_end(text: str) -> None:
    # CONVENTIONS 6.1: the meeting falls due at its end; the start was taken with no warning
    assert due(text) == "2026-12-09 13:00"


def test_a_length_after_a_dated_time_in_another_sentence_is_not_counted() -> None:
    text = "The meeting begins at 9 a.m. on 9 December 2026. Speeches run about 4 hours."
    assert due(text) == "2026-12-09 09:00"


# -- named parts of dates in a run or a list -----------------------------------------------


def test_through_the_afternoon_of_a_date_ends_with_that_afternoon() -> None:
    text = "Members will gather from 1:00 p.m. 8 December through the afternoon of 9 December."
    # the afternoon was read today and dropped: the end of the 9th, with no warning
    assert due(text) == "2026-12-09 18:00"


def test_the_second_part_of_a_date_in_a_list_keeps_its_part() -> None:
    text = "The council will meet the morning of 8 December and the morning of 10 December."
    # only the first part was put on its date: the 10th fell due at its end
    assert due(text) == "2026-12-10 12:00"


# -- the local time of a place each reader has apart ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Applications must be submitted to Grants.gov no later than 5:00 p.m. local time (of "
        "the applicant institution/organization).",
        "Submit by 5:00 p.m. local time of the applicant organization on 9 December 2026.",
    ],
)
def test_the_applicants_local_time_is_a_zone_the_parser_cannot_place(text: str) -> None:
    # read in the server's zone with no warning; each applicant has a clock of its own
    assert refusal(text) == "zone"


def test_local_time_with_no_owner_keeps_the_servers_zone() -> None:
    assert due("Polls close at 8pm local time on 9 December.") == "2026-12-09 20:00"


# -- a bare hour of a sitting day's business -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "MONDAY, 7TH DECEMBER—Second Reading of the Fishery Limits Bill, which it is hoped to "
            "obtain by eight o'clock.",
            "2026-12-07 20:00",
        ),
        (
            "TUESDAY, 8TH DECEMBER—Remaining stages of the Finance Bill, to be obtained by ten "
            "o'clock.",
            "2026-12-08 22:00",
        ),
    ],
)
def test_a_bare_hour_of_a_sitting_days_business_is_the_evening(text: str, want: str) -> None:
    # the House sits in the afternoon and evening: "by eight o'clock" was read at 8 a.m.
    assert due(text) == want


def test_a_bare_hour_outside_a_business_heading_keeps_the_morning() -> None:
    assert due("On Monday 7 December the shop opens at eight o'clock.") == "2026-12-07 08:00"


# -- a service available again from a time: the closure's end ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Landonline will operate normal business hours until 7pm on Friday, 18 December 2026 "
        "and will be available again in the New Year from 7am on Monday, 4 January 2027.",
        "The helpline closes at 7pm on 18 December and will be available again from 7am on 4 "
        "January 2027.",
    ],
)
def test_available_again_from_a_time_is_the_reopening(text: str) -> None:
    # the vague "in the New Year" (30 April) was chosen over the explicit reopening, or the
    # reopening was read as an earliest date only; it is the closure's end (CONVENTIONS 3.1)
    assert due(text) == "2027-01-04 07:00"


def test_available_from_a_date_with_no_again_stays_a_start() -> None:
    # CONVENTIONS 3.2: "available from the week commencing 9 March"
    assert refusal("The new forms will be available from 4 January 2027.") == "earliest"
