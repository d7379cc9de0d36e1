"""Issue 13, stop 58 (tuner xr58): recall rules read from blind138's and blind139's missed
pledges. The texts are written for the test, so that a regression names the rule; the
contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract.schedule_words import schedule_words
from tests.core.releases import found, quoted

PUBLISHED = datetime(2026, 5, 6, 9, 0, tzinfo=UTC)


# -- schedule words the schedule cue lacks ----------------------------------------------


def test_a_launch_targeted_to_a_time_is_a_schedule() -> None:
    text = "Launch advisory\nThe shuttle Endeavour is targeted to launch June 2 at 4:10 p.m.\n"
    candidate = quoted(found(text, PUBLISHED), "targeted to launch June 2")
    assert candidate is not None
    assert candidate.deadline is not None
    assert candidate.deadline.due.date().isoformat() == "2026-06-02"


def test_works_programmed_to_start_are_a_schedule() -> None:
    text = "Work on the new county offices is programmed to start on site in September 2026.\n"
    assert quoted(found(text, PUBLISHED), "programmed to start on site") is not None


def test_the_schedule_words_need_be_and_to_or_for() -> None:
    assert schedule_words("The hearing is tentatively scheduled for June 3.")
    assert not schedule_words("The campaign targeted young voters in 2020.")
    assert not schedule_words("The robot was programmed to sort parcels.")
