"""Issue 12, stop 48, tuner t: one gathering of a series, owned by a person. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py).

"The Prime Minister will hold his monthly press conference tomorrow", "The President will
deliver his weekly address on Saturday", "the Prime Minister's monthly press conference":
"monthly" or "weekly" names the series, and the owner ("his", "her", "the Prime
Minister's") picks its one occurrence at the time named, as "the weekly caucus luncheons"
and "its monthly meeting" already did (standing.py): no standing schedule. A schedule the
sentence sets ("meetings are held monthly", "a weekly briefing every Thursday") stays
recurring.
"""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The Prime Minister will hold his monthly press conference tomorrow.", "2026-12-03 23:59"),
        ("The President will deliver his weekly address on Saturday.", "2026-12-05 23:59"),
        ("The Minister will hold her weekly briefing on Thursday.", "2026-12-03 23:59"),
        (
            "The Prime Minister's monthly press conference will take place tomorrow.",
            "2026-12-03 23:59",
        ),
        (
            "The Prime Minister will be holding his monthly press conference at 12.30pm.",
            "2026-12-02 12:30",
        ),
    ],
)
def test_an_owned_gathering_of_a_series_is_one_occurrence(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "His meetings with the unions are held monthly on a Thursday.",
        "The Minister holds a weekly briefing every Thursday at 10am.",
    ],
)
def test_a_schedule_stays_recurring(text: str) -> None:
    assert refusal(text) == "recurring"


@pytest.mark.parametrize(
    "opening",
    [
        "Asked if the Prime Minister was still intending to hold his monthly press conference",
        "Asked about the prospect of a reshuffle tomorrow, the PMOS pointed out",
    ],
)
def test_set_cases(opening: str) -> None:
    check_set_case("blind_fresh52", opening)
