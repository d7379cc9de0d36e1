"""Issue 13, stop 58 (tuner xr58): recall rules read from blind138's and blind139's missed
pledges. The texts are written for the test, so that a regression names the rule; the
contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract.earmarked import earmarked
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


# -- a sum earmarked in the present ------------------------------------------------------


def test_a_sum_earmarked_in_the_present_is_a_plan() -> None:
    text = (
        "National Development Plan\nThe Department of Transport said approximately €5.1 "
        "billion is earmarked for new national road projects to 2030.\n"
    )
    candidate = quoted(found(text, PUBLISHED), "is earmarked for new national road projects")
    assert candidate is not None
    assert candidate.cue == "earmarked"


def test_an_earmarked_cue_needs_a_sum_and_the_present() -> None:
    assert earmarked("Out of this amount, €300 million are earmarked for a support instrument.")
    assert not earmarked("The site is earmarked for housing.")  # no sum
    assert not earmarked("€300 million was earmarked for the instrument in 2019.")  # past
