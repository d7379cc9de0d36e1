"""Issue 12, stop 66, post12 (f1): silent misreadings found in the misses of fresh199-203.
Each moment and zone is given by the test (tests/core/reading.py `due_in`)."""

from __future__ import annotations

import pytest

from tests.core.reading import due_in

# -- a plan kept ("remains on schedule for 10:44 p.m."): ahead, not a line of today's programme --

_SAID_NY = "2015-03-10T10:00:00-04:00"  # a Tuesday morning, New York


@pytest.mark.parametrize(
    "text",
    [
        "Liftoff remains on schedule for 10:44 p.m. EDT.",
        "Launch remains on schedule for 10:44 p.m.",
        "Takeoff remains scheduled for 10:44 p.m.",
        "Liftoff stays on schedule for 10:44 p.m.",
        "Liftoff remains on track for 10:44 p.m.",
        "Launch continues on schedule for 10:44 p.m. EDT.",
        "Liftoff remains planned for 10:44 p.m.",
    ],
)
def test_plan_kept_is_ahead(text: str) -> None:
    # a name and a present verb had made it a line of the day's schedule, its time moved back
    # to the evening before speaking (9 March 22:44 EDT): a date gone by, given silently
    assert due_in(text, _SAID_NY, "America/New_York") == "2015-03-11 02:44"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a present line of the day's programme keeps its reading (round 26b)
        ("Secretary Gates conducts a media availability at 9:30 a.m. EDT.", "2015-03-10 13:30"),
        ("Rumsfeld delivers remarks at 9:30 a.m. EDT in the Auditorium.", "2015-03-10 13:30"),
    ],
)
def test_schedule_line_still_today(text: str, want: str) -> None:
    assert due_in(text, _SAID_NY, "America/New_York") == want


# -- an overnight window in a clause joined to its day's by "and" with no new subject -------

_SAID_LONDON = "2014-10-24T10:00:00+01:00"  # a Friday morning, London


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the night of 29 October ends on the morning of the 30th, not the 29th's
        (
            "The works will start on 29 October and will take place between 22:00 and 05:00.",
            "2014-10-30 05:00",
        ),
        # four nights from the 29th: the last ends on the morning of 2 November
        (
            "The works will start on 29 October and run for 4 nights, and will take place"
            " between 22:00 and 05:00.",
            "2014-11-02 05:00",
        ),
        (
            "The road will close on 29 October and will run for three nights from 8pm to 6am.",
            "2014-11-01 06:00",
        ),
    ],
)
def test_overnight_window_same_subject(text: str, want: str) -> None:
    # read apart, the window's closing time fell on the morning of its first day, before
    # the window opened (29 October 05:00), with no warning
    assert due_in(text, _SAID_LONDON, "Europe/London") == want


# -- the zone written at the start of a range is the range's, its end dated apart --------------

_SAID_LA = "2010-09-14T10:00:00-07:00"  # a Tuesday morning, Los Angeles (daylight time)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Coast Guard will enforce the regulation from 7 a.m. PST on September 17, 2010"
            " through 5:30 p.m. on September 19, 2010.",
            "2010-09-20 01:30",
        ),
        (
            "The road will be closed from 7 a.m. EST on September 17 until 5:30 p.m. on"
            " September 19.",
            "2010-09-19 22:30",
        ),
        # as it already was when the end follows the zoned start at once
        (
            "The road will be closed from 7 a.m. PST to 5:30 p.m. on September 19.",
            "2010-09-20 01:30",
        ),
    ],
)
def test_range_start_zone_carries_to_its_end(text: str, want: str) -> None:
    # the end had been read in the server's zone (PDT), an hour off, with no warning
    assert due_in(text, _SAID_LA, "America/Los_Angeles") == want


def test_zone_of_another_time_not_carried() -> None:
    # a zoned time of another clause stays its own ("the zone is another time's")
    text = "The call at 0500 UTC is postponed; the road will close at 5:30 p.m. on September 19."
    assert due_in(text, _SAID_LA, "America/Los_Angeles") == "2010-09-20 00:30"
