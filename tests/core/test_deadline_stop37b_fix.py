"""Stop 37b of issue 12: readings listed as still wrong after stop 37. Said on Wednesday 2
December 2026 at 10:00, London time (tests/core/reading.py), unless a test says otherwise;
each shape is tried in sentences of its own."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import read, refusal

# -- a year-less dateline that fits neither the last week nor the next two days ---------------


@pytest.mark.parametrize(
    "text",
    [
        # said on 2 December: 20 June is half a year from either side, no day of writing
        "LONDON, 20 June - The ministry will publish the plan.",
        "LONDON, 20 June - The ministry published the plan.",
        "(Monday, 14 September) - The council will meet.",
        # five days ahead, and a year ago otherwise
        "LONDON, 7 December - The ministry will publish the plan.",
    ],
)
def test_a_yearless_dateline_far_from_the_words_is_ignored(text: str) -> None:
    assert read(text) is None


def test_the_words_after_a_far_yearless_dateline_count_from_now() -> None:
    got = read("LONDON, 20 June - The ministry will publish the plan by Friday.")
    assert isinstance(got, Deadline), got
    assert got.due.strftime("%Y-%m-%d") == "2026-12-04", got
    assert "(20 June) ignored" in got.reason


def test_a_yearless_dateline_of_the_last_week_stays_a_day_gone_by() -> None:
    """A guard (passing before the change too)."""
    assert refusal("LONDON, 28 November - The ministry will publish the plan.") == "past"
