"""Issue 12, stop 58, fixz58: silent misreadings found in the misses of fresh159-163. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test gives
another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, due_in

# -- a clock time equal to the moment of speaking: the next one (CONVENTIONS 6.3) ------------


@pytest.mark.parametrize(
    ("text", "said", "tz", "want"),
    [
        (
            "This meeting will begin at 10:00 a.m. (ET) and will be open to the public.",
            "2019-08-13T10:00:00-04:00",
            "America/New_York",
            "2019-08-14 14:00",
        ),
        (
            "The launch is at 10 a.m.",
            "2026-12-02T10:00:00+00:00",
            "Europe/London",
            "2026-12-03 10:00",
        ),
    ],
)
def test_clock_time_at_the_moment_is_the_next_one(text: str, said: str, tz: str, want: str) -> None:
    # the very minute of speaking was read: CONVENTIONS 6.3 takes the first time after it
    assert due_in(text, said, tz) == want


def test_clock_time_a_minute_on_is_today() -> None:
    assert due("The launch is at 10:01 a.m.") == "2026-12-02 10:01"


def test_clock_time_at_the_moment_set_case() -> None:
    check_set_case("blind_fresh161", "This meeting will begin at 10:00 a.m. (ET)")
