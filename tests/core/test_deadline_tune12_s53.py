"""Issue 12, stop 53, tuner: development misses. Said on Wednesday 2 December 2026 at 10:00,
London (tests/core/reading.py).

A habit word ("usually", "normally", "typically", ...) that governs a day of the year named
without a year ("usually occurs on the first Wednesday in February", "is normally held on 5
March") tells of a day that comes round each year: a standing schedule, refused as recurring
(CONVENTIONS 1.3), as the same word before a month already was ("normally commence in June").
A year in the phrase, a habit word in another clause, or no habit word leave the day read.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury holds a press conference, which usually occurs on the first Wednesday in"
        " February, May, August and November.",
        "The review is normally published on 5 March.",
        "The ceremony typically takes place on March 5.",
        "Parliament usually rises on the last Thursday in July.",
        "The fund always opens on 1 April.",
    ],
)
def test_a_habit_on_a_day_of_the_year_is_recurring(text: str) -> None:
    assert refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a year: that one day, not every year's
        (
            "The review, normally published in spring, will be published on 5 March 2027.",
            "2027-03-05 23:59",
        ),
        # the habit word in another clause: "usually ... but" is one plan of this year
        (
            "We usually meet in the spring, but this time the board will decide on 5 March.",
            "2027-03-05 23:59",
        ),
        # no habit word
        ("The review will be published on 5 March.", "2027-03-05 23:59"),
        ("The review will be published on the first Wednesday in February.", "2027-02-03 23:59"),
    ],
)
def test_a_day_without_a_habit_is_read(text: str, when: str) -> None:
    assert due(text) == when
