"""Issue 12, stop 43, tuner 12b: rules for misses whose label wants a date. Said on
Wednesday 2 December 2026 at 10:00, London time, unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a forecast's line: the -ed word describes the weather, no act done
        ("Scattered showers on Sunday.", "2026-12-06 23:59"),
        ("Isolated thunderstorms on Friday afternoon.", "2026-12-04 18:00"),
        ("Localised heavy rainfall overnight and Sunday.", "2026-12-06 23:59"),
        # a schedule's line: "recorded votes" are votes to be recorded
        ("Recorded votes on Tuesday will be postponed until 6:30 p.m.", "2026-12-08 18:30"),
        ("Increased fares on Monday will apply to every route.", "2026-12-07 23:59"),
    ],
)
def test_an_opening_ed_word_before_a_noun_describes_it(text: str, when: str) -> None:
    """A sentence that opens with an -ed word right before its noun ("Scattered showers",
    "Recorded votes") has no subject for a past verb: the word describes the noun."""
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "Opened on Monday, the bridge carries 5,000 cars a day.",
        "Announced in the budget on 1 March, the scheme helps savers.",
        "Closed the office on Friday.",
        "The council approved the plan on Monday.",
        "Stocks fell sharply on Tuesday.",
    ],
)
def test_a_past_verb_or_participle_before_its_time_stays_past(text: str) -> None:
    assert refusal(text) == "past"


def test_the_illawarra_rainfall_falls_on_sunday() -> None:
    check_set_case("blind_fresh74", "Localised heavy rainfall about the Illawarra")
