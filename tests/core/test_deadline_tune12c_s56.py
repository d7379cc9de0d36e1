"""Stop 56, tune12c: descriptive spans and the right date among several (issue 12).

Said on Wednesday 2 December 2026 at 10:00 London time unless a test says otherwise
(tests/core/reading.py).
"""

from __future__ import annotations

from tests.core.reading import check_set_case, due, refusal

# -- a span after a superlative or "the first ..." with "for" measures back (British usage:
# "the first census for seven years", "its highest for ten years"): no time ahead, so a date
# after it is not counted on from ("seven years on 3 December" is no "a week on Tuesday")


def test_first_thing_for_years_keeps_the_date_after_it() -> None:
    text = (
        "We are looking forward to releasing the first census information for seven years "
        "on 3 December 2026."
    )
    assert due(text) == "2026-12-03 23:59"


def test_first_visit_for_years_then_a_weekday() -> None:
    text = "The President will make the first visit by a president for 20 years on Monday."
    assert due(text) == "2026-12-07 23:59"


def test_highest_for_years_is_no_deadline() -> None:
    assert refusal("Inflation is now at its highest level for ten years.") == "event"


def test_lowest_for_a_decade_is_no_deadline() -> None:
    assert refusal("Unemployment is at the lowest rate for a decade.") == "event"


def test_a_window_after_first_is_still_a_window() -> None:
    # "the first phase will run for two years": a verb between, a window from now (1.1)
    assert due("The first phase will run for two years.") == "2028-12-02 23:59"


def test_set_case_first_census_for_seven_years() -> None:
    check_set_case("blind_fresh146", "With the census collection phase complete")
