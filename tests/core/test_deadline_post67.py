"""Silent misreadings and named dates dropped, found in stop 67's first run (issue 12, fresh204
to fresh208): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import due

# 1. Years named backwards ("from 2030 to 2027") are no range: a target moved to the later-named
# year (CONVENTIONS 4.1, a time called off with a new one given). Both years were dropped and
# the sentence had no deadline and no refusal.


def test_a_target_moved_from_a_later_year_to_an_earlier_one_falls_due_at_the_new_one() -> None:
    text = "The Government is bringing forward its target to relocate roles from 2030 to 2027."
    assert due(text) == "2027-12-31 23:59"
    assert due("The target has been brought forward from 2030 to 2027.") == "2027-12-31 23:59"


def test_years_named_forwards_stay_a_range() -> None:
    assert due("We will relocate the roles from 2027 to 2029.") == "2029-12-31 23:59"
