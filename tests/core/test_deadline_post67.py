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


# 2. "the New Year" paired with Christmas is the holiday, New Year's Day, as "Christmas and New
# Year" already was: read as the vague early part of next year, it lost to Christmas, and a
# service kept "throughout Christmas and the New Year" fell due on Christmas Day.


def test_the_new_year_paired_with_christmas_is_new_years_day() -> None:
    text = "Online services will be available throughout Christmas and the New Year."
    assert due(text) == "2027-01-01 23:59"
    assert due("The road will be closed over Christmas and the New Year.") == "2027-01-01 23:59"


def test_the_new_year_alone_stays_the_early_part_of_next_year() -> None:
    assert due("We will publish the plan in the New Year.") == "2027-04-30 22:59"
