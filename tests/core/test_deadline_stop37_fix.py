"""Stop 37 of issue 12: readings last stop's closing note left wrong. Said on Wednesday 2
December 2026 at 10:00, London time (tests/core/reading.py), unless a test says otherwise;
each shape is tried in sentences of its own."""

from __future__ import annotations

import pytest

from tests.core.reading import due

# -- a clock time's zone followed by a full stop ends its sentence -----------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # "EST." is no abbreviation's stop: "5 p.m." is another sentence's, not the 14th's
        (
            "The office will close on 14 December 2026 at 9 a.m. EST. Staff leave at 5 p.m.",
            "2026-12-14 14:00",
        ),
        (
            "The vote closes on 14 December 2026 at 09:00 EST. The count ends at 1 p.m.",
            "2026-12-14 14:00",
        ),
        # all in capitals alike
        (
            "THE OFFICE WILL CLOSE ON 14 DECEMBER 2026 AT 9 A.M. EST. STAFF LEAVE AT 5 P.M.",
            "2026-12-14 14:00",
        ),
    ],
)
def test_a_stop_after_a_clock_times_zone_ends_the_sentence(text: str, when: str) -> None:
    assert due(text) == when


def test_a_zone_without_a_stop_still_goes_with_its_time() -> None:
    """A guard (passing before the change too)."""
    assert due("The vote closes on 14 December 2026 at 9 a.m. EST today.") == "2026-12-14 14:00"
