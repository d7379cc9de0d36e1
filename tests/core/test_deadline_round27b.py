"""Issue 12, round 27b: daily schedules led by a clock time, hours of opening, lengths,
each shown with sentences of our own making, then the sets' own cases. Said on Wednesday
2 December 2026 at 10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

# -- 1. a schedule's item named "... Call Time", a series' one item ("the Daily Briefing") --


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # "<Item> Call Time" names the item, not a zone: the clock time is read in London
        ("11:45 AM Out-of-Town Pool Call Time", "2026-12-02 11:45"),
        ("3:00 PM Press Call Time", "2026-12-02 15:00"),
        ("2:30 PM Crew Start Time", "2026-12-02 14:30"),
        # the one briefing of a daily series that falls at the time named
        ("11:30 AM THE MINISTER receives the Ministerial Daily Briefing", "2026-12-02 11:30"),
        ("In the afternoon, the Mayor will receive the Mayor's Daily Brief.", "2026-12-02 18:00"),
        ("At 4 p.m. the Premier will attend the Cabinet's weekly meeting.", "2026-12-02 16:00"),
    ],
)
def test_schedule_item_names_keep_the_time(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        # guards (refused before the change too): a zone we cannot place, a daily routine
        "The vote closes at 5 pm Fiji Island Time.",
        "The office answers calls daily at 9 a.m.",
        "Staff receive a daily briefing at 9 a.m.",
    ],
)
def test_unknown_zones_and_daily_routines_stay_refused(text: str) -> None:
    assert _refusal(text) in ("zone", "recurring")


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh42", "9:30 AM In-Town Pool Call Time"),
        ("blind_fresh42", "9:30 AM THE PRESIDENT receives"),
        ("blind_fresh42", "7:45 AM Out-of-Town Pool Call Time"),
        ("blind_fresh42", "8:00 AM In-Town Pool Call Time"),
        ("blind_fresh42", "8:00 AM THE PRESIDENT receives"),
        ("blind_fresh42", "the President will receive the President’s Daily Briefing."),
        ("blind_fresh42", "the President will receive the President’s Daily Brief."),
    ],
)
def test_set_schedule_items(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- 2. hours under a heading or beside a phone number --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hours: 9:00 a.m. to 5:00 p.m. Eastern Time",
        "Opening hours: 10 a.m. - 4 p.m.",
        "Advice is available by calling 0800 123 4567, 8 a.m.-6 p.m.",
        "For tickets, call the box office on 020 7946 0018 (10 a.m. to 7 p.m.).",
    ],
)
def test_hours_heading_and_phone_lines_are_recurring(text: str) -> None:
    assert _refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # guards: a call at a time, hours on a day given, a number that is no phone
        ("Call the office on 0800 123 4567 by 5 p.m. tomorrow.", "2026-12-03 17:00"),
        ("Hours: 9 a.m. to 5 p.m. on Friday 4 December.", "2026-12-04 17:00"),
        # a day named elsewhere in the text: that day's hours, or the act's own day (review)
        ("Call 0800 123 4567 - 9 a.m. to 5 p.m. tomorrow only.", "2026-12-03 17:00"),
        ("The helpline 0800 123 4567, 9 a.m. to 5 p.m., will close on Friday.", "2026-12-04 23:59"),
    ],
)
def test_hours_with_a_day_keep_it(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh37", "Hours: 8:00 a.m. to 8:00 p.m. Eastern Time"),
        ("blind_fresh42", "Park information is available on the web"),
    ],
)
def test_set_hours_lines(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- 3. lengths: of a thing, against a norm; "or so ago"; a month and year inside a name ----


@pytest.mark.parametrize(
    "text",
    [
        "Prisoners face sentences of up to five years.",
        "Some firms have transitional arrangements of up to three years.",
        "Crews will serve for about nine months instead of the usual six.",
        "The ships will stay at sea for ten weeks rather than the normal eight.",
    ],
)
def test_lengths_of_things_and_against_a_norm_are_no_deadline(text: str) -> None:
    assert _refusal(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "The minister arrived an hour or so ago from the summit.",
        "They signed the agreement two weeks or so ago.",
        "You can vote on this page during the December 2026 election.",
    ],
)
def test_gone_or_named_times_are_no_deadline(text: str) -> None:
    assert _refusal(text) in (None, "past")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # guards: a length from now, a limit before a named election, a plain window
        ("Crews will be deployed for nine months from today.", "2027-09-02 22:59"),
        ("The plan will be published in two weeks or so.", "2026-12-16 23:59"),
        ("The council will decide before the May 2027 election.", "2027-04-30 22:59"),
        # a span counted from now, set against the planned or usual one (review of round 27b)
        ("The bridge will reopen in two weeks instead of the planned six.", "2026-12-16 23:59"),
        ("Refunds will be paid within 10 days instead of the usual 30.", "2026-12-12 23:59"),
    ],
)
def test_lengths_from_now_and_limits_stay(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh40", "The tour itself will be like no other"),
        ("blind_fresh37", "While all aspects of the Biosecurity Act"),
        ("blind_fresh42", "You can propose changes to the way the Citizendium"),
    ],
)
def test_set_lengths(module: str, opening: str) -> None:
    check_set_case(module, opening)


def test_set_hour_or_so_ago() -> None:
    # labelled past; the parser reads "<span> ago" as no time at all, as it did before
    text = "The President also returned just a little over an hour or so ago from a visit"
    assert _refusal(text) in (None, "past")


# -- 4. hours kept daily up to a date: the date's end ---------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The hall is open every day from 10 a.m. to 4 p.m. until 30 December.",
            "2026-12-30 23:59",
        ),
        ("The café is open daily 9 a.m. to 3 p.m. through 20 December.", "2026-12-20 23:59"),
        # guard: one day's hours keep the time
        ("The hearing will be held on 15 December from 9 a.m. to 5 p.m.", "2026-12-15 17:00"),
    ],
)
def test_daily_hours_until_a_date(text: str, due: str) -> None:
    assert _due(text) == due


def test_set_daily_hours_until_a_date() -> None:
    check_set_case("blind_fresh42", "The Indoor Picnic Area")
