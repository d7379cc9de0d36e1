"""Issue 12, stop 53, second tuner: development misses. Said on Wednesday 2 December 2026
at 10:00, London (tests/core/reading.py).

A date of the year gone by (read as next year's) whose own verb is a present or a modal
("... and closes on 24 February") is ahead, though a past form stands earlier in the
sentence for another act ("The consultation opened on Monday"): the past form no longer
refuses it, and the opening day, past, gives way to it.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "The consultation opened on Monday and closes on 24 February.",
        "The consultation opened today and closes on 24 February.",
        "The consultation, which opened today, closes on 24 February.",
        "The 12-week consultation opened on Monday and will close on 24 February.",
    ],
)
def test_a_present_closing_after_a_past_opening_falls_due(text: str) -> None:
    assert due(text) == "2027-02-24 23:59"


@pytest.mark.parametrize(
    "text",
    [
        "The consultation opened on 3 March and closed on 24 April.",
        "The consultation opened on Monday and closed on 24 February.",
    ],
)
def test_a_past_closing_stays_past(text: str) -> None:
    assert refusal(text) == "past"


# Weekdays listed in turn, the list closed by "and", are the days of one week: the last is
# the one after the others, and a clock time of the clause the list opens goes with it.
# Said on a Wednesday, "Wednesday" after "Monday, Tuesday" is next week's, not today; the
# reading fell on the Tuesday (or today) with the clock time dropped.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "On Monday, Tuesday, and Wednesday, the House will meet at 10:00 a.m.",
            "2026-12-09 10:00",
        ),
        ("On Monday, Tuesday and Wednesday, the House will meet at noon.", "2026-12-09 12:00"),
        ("On Tuesday and Wednesday, the House will meet at 10 a.m.", "2026-12-09 10:00"),
        ("The hearings will be held on Monday, Tuesday and Wednesday.", "2026-12-09 23:59"),
    ],
)
def test_a_list_of_weekdays_falls_on_its_last_day_in_turn(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # out of the week's order: each read as itself
        ("The hearings will be held on Friday and Monday.", "2026-12-07 23:59"),
    ],
)
def test_days_not_listed_in_turn_are_not_moved(text: str, when: str) -> None:
    assert due(text) == when
