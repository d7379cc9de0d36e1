"""Issue 12, stop 55, second review: defects found in the stop's last deadline changes. Said
on Wednesday 2 December 2026 at 10:00, London time (GMT) (tests/core/reading.py)."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

# -- a day word of an act undertaken in the past is the act's, not the undertaking's -------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The council decided to open the centre tomorrow.", "2026-12-03 23:59"),
        ("Ministers promised to act today.", "2026-12-02 23:59"),
        ("The council voted today to close the library tomorrow.", "2026-12-03 23:59"),
    ],
)
def test_a_day_word_after_an_undertaking_and_its_infinitive_is_due(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "The road reopened today.",
        "The minister travelled to Leeds today.",
        "The council voted today.",
    ],
)
def test_a_day_word_of_a_fact_told_in_the_past_stays_past(text: str) -> None:
    assert refusal(text) == "past"


# -- "tomorrow" never dates a fact already told in the past ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She moved the meeting to tomorrow.",
        "The board pushed the decision back to tomorrow.",
        "Officials rescheduled the vote to tomorrow.",
    ],
)
def test_tomorrow_after_a_past_verb_is_still_due(text: str) -> None:
    assert due(text) == "2026-12-03 23:59"


# -- a bare 24-hour range across midnight ends the next morning, as its am/pm form does ---


@pytest.mark.parametrize(
    "text",
    [
        "The road will be closed 22:00-02:00 on Friday.",
        "The road will be closed 22:00–02:00 on Friday.",
        "The road will be closed 10pm-2am on Friday.",
    ],
)
def test_a_bare_24_hour_range_across_midnight_ends_the_next_morning(text: str) -> None:
    # stop 55 read "-02:00" as a range's end, no longer a zone, but on Friday morning,
    # before the window opens
    assert due(text) == "2026-12-05 02:00"


def test_an_iso_time_with_its_offset_is_no_window() -> None:
    assert due("We will reply by 2026-12-04T17:00-05:00.") == "2026-12-04 22:00"


# -- a clock time of another event, before the day, is not the day's ----------------------


def test_a_clock_time_after_after_is_not_the_day_s_time() -> None:
    # the 9 a.m. is the meeting's, which the vote follows: Friday's end, as before stop 55
    assert due("After the 9 a.m. meeting, we will vote on Friday.") == "2026-12-04 23:59"
    assert due("The 9 a.m. vote, we hope, is on Friday.") == "2026-12-04 09:00"
