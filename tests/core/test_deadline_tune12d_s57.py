"""Issue 12, stop 57, tuner d (clock times, meetings and schedules): development misses. Said
on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py).

A day that opens its sentence takes the clock time of its clause ("On Thursday the House will
sit at 10.30 a.m."), but an "and" between them was read as a second act, whose time the
clock would be. An "and" that joins the names of stages of a bill ("the Committee and Report
stages", "the Second and Third Readings") joins two nouns, no acts: the clock time is still
the day's. It had been dropped with no warning and the day fell due at its end (blind_fresh72,
"On Wednesday and Thursday the Committee and Report stages, respectively, ... will be put from
the Chair at 10 o'clock"). An "and" before a clause of its own keeps the time apart.
"""

from __future__ import annotations

import pytest

from tests.core.reading import due


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "On Wednesday and Thursday the Committee and Report stages, respectively, of all"
            " outstanding Votes in Supply will be put from the Chair at 10 p.m.",
            "2026-12-03 22:00",
        ),
        ("On Thursday the Committee and Report stages will be taken at 4 p.m.", "2026-12-03 16:00"),
        (
            "On Friday the Second and Third Readings of the Bill will be taken at 2.30 p.m.",
            "2026-12-04 14:30",
        ),
        ("On Monday the Report and remaining Stages will be taken at 11 a.m.", "2026-12-07 11:00"),
    ],
)
def test_stages_joined_by_and_leave_the_day_its_clock_time(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # an "and" before a clause of its own: the time is that clause's act, not the day's
        (
            "On Thursday the Committee stage will be taken and the Minister will speak at 4 p.m.",
            "2026-12-03 23:59",
        ),
        # no "and" at all: as before
        ("On Thursday the House will sit at 10.30 a.m.", "2026-12-03 10:30"),
    ],
)
def test_other_days_and_times_read_as_before(text: str, when: str) -> None:
    assert due(text) == when
