"""Issue 12, stop 55, tuner 12c: parliamentary business and talk, descriptive spans. Said on
Wednesday 2 December 2026 at 10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a standing order of business: the proceedings will be adjourned at that time
        (
            "If not previously concluded, proceedings on any Government Bill on Thursday will"
            " stand adjourned at 6 p.m.",
            "2026-12-03 18:00",
        ),
        (
            "Proceedings on the Bill shall stand adjourned at 10.30 p.m. tomorrow.",
            "2026-12-03 22:30",
        ),
        ("The debate will stand adjourned at 9 p.m. on Friday.", "2026-12-04 21:00"),
    ],
)
def test_a_sitting_that_will_stand_adjourned_at_a_time_falls_due_then(text: str, when: str) -> None:
    assert due(text) == when


def test_an_adjournment_told_as_done_stays_past() -> None:
    assert refusal("The House adjourned at 6 p.m.") == "past"
