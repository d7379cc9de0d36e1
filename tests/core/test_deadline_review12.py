"""Issue 12, review of rounds 7 and 8: readings a differential run (the parser before round 7
against main, on every sentence of the real articles) and probes of the new rules showed
wrong. Each test failed before its fix.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from tests.core.test_deadline_kinds import due_of, utc

# -- "afternoon" is not "noon": a day's afternoon falls due at 18:00 ---------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will reply by Tuesday afternoon.", "2025-08-19 18:00:00"),
        ("The report will be sent on Tuesday afternoon.", "2025-08-19 18:00:00"),
        ("We will meet tomorrow afternoon.", "2025-08-19 18:00:00"),
        ("The vote is on Wednesday afternoon.", "2025-08-20 18:00:00"),
    ],
)
def test_a_days_afternoon_falls_due_at_its_end_not_at_noon(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("by Tuesday noon", "2025-08-19 12:00:00"),
        ("by 12 noon on Tuesday", "2025-08-19 12:00:00"),
        ("by midday on Tuesday", "2025-08-19 12:00:00"),
        ("by Tuesday morning", "2025-08-19 12:00:00"),
        ("this afternoon", "2025-08-18 18:00:00"),
    ],
)
def test_noon_and_the_other_parts_of_the_day_are_unchanged(text: str, due: str) -> None:
    assert due_of(text) == utc(due)
