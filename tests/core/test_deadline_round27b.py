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
        ("blind_fresh42", "In the morning, the President will receive the President’s Daily Briefing"),
        ("blind_fresh42", "In the morning, the President will receive the President’s Daily Brief."),
    ],
)
def test_set_schedule_items(module: str, opening: str) -> None:
    check_set_case(module, opening)
