"""Issue 12, stop 45, tuner p: past facts and descriptions of how things stand that hold a
time word. Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py).

- "Today is Wednesday, 2 December.", "Today's the 2nd", "Today is the 2nd of December": the
  sentence says what day it is. Neither "today" nor the day named after it dates an act, so
  neither is a deadline; another time of the sentence still counts, and "Today is the last
  day to apply" is still due today.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "Today is Wednesday, 2 December.",
        "Today is Wednesday 2 December 2026.",
        "Today is December 2nd.",
        "Today is the 2nd.",
        "Today is the 2nd of December.",
        "QUESTION: Today's the 2nd --",
        "Today is Wednesday.",
        "Tonight is Wednesday, 2 December.",
        # at the head of a line under a heading, with no stop before it
        "Daily briefing\nToday is Wednesday, 2 December.",
        "Daily briefing\nToday is Wednesday.",
    ],
)
def test_the_day_of_speaking_named_is_no_deadline(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # another time of the sentence counts
        ("Today is Wednesday, and the report will be published on Friday.", "2026-12-04 23:59"),
        ("Today is the 2nd of December and the consultation closes today.", "2026-12-02 23:59"),
        # a day named as the one to act on keeps its time: unchanged
        ("Today is the last day to apply.", "2026-12-02 23:59"),
        ("The deadline is Friday.", "2026-12-04 23:59"),
        ("The closing date today is 4 December.", "2026-12-04 23:59"),
    ],
)
def test_other_times_of_the_sentence_still_count(text: str, when: str) -> None:
    assert due(text) == when


# "today, <date>," (stop 45, tuner p): the date set off by commas after "today" restates
# the day, as a bracket does ("today (18 March 2021)"); "today" says how it is meant
@pytest.mark.parametrize(
    "text",
    [
        "The Minister has today, Wednesday 2 December, announced the results.",
        "Today, 2 December, the Minister has published the report.",
        "The Minister has today, 2 December, laid the regulations.",
    ],
)
def test_a_date_restating_today_between_commas_is_told_as_today(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The Minister will travel to Brussels today, 2 December, to attend a meeting.",
         "2026-12-02 23:59"),
        # a clock time after the date still gives the time of day: unchanged
        ("The gates will close today, Dec 2, at 4 p.m.", "2026-12-02 16:00"),
        ("The Minister has today (Wednesday 2 December) been asked to report by Friday.",
         "2026-12-04 23:59"),
    ],
)  # fmt: skip
def test_a_restated_date_keeps_the_times_of_the_sentence(text: str, when: str) -> None:
    assert due(text) == when
