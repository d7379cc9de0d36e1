"""Issue 12, round 27e: the right instant among several in one notice (a range whose end
looks like a zone offset, a day's sessions), hours kept as a standing rule, shown with
sentences of our own making, then the sets' own cases. Said on Wednesday 2 December 2026 at
10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due

# -- 1. a clock range whose end has two-digit hours is no zone offset -------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The workshop is on Friday 4 December, 8:15 a.m.-12:20 p.m.", "2026-12-04 12:20"),
        ("Drop-in: Thursday 10 December 2026, 9:00 a.m.-04:30 p.m.", "2026-12-10 16:30"),
        ("The polls close at 9:00 GMT-11:30 p.m. GMT on 8 December.", "2026-12-08 23:30"),
    ],
)
def test_range_end_with_two_digit_hour_is_a_time(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Comments close at 17:00 -0500 on 8 December.", "2026-12-08 22:00"),
        ("Comments close at 17:00 UTC-5 on 8 December.", "2026-12-08 22:00"),
    ],
)
def test_a_real_offset_still_reads(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "opening",
    ["Date and Time: Wednesday, May 4, 2016, 9:00 a.m.-4:30 p.m. and Thursday"],
)
def test_sets_range_ends(opening: str) -> None:
    check_set_case("blind_fresh46", opening)
