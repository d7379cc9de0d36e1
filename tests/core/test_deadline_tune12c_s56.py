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


# -- a date inside the noun phrase of the thing moved is its old time, called off; the new
# time after "to"/"until" counts (CONVENTIONS 4.1)


def test_postponed_dated_vote_until_next_week() -> None:
    assert due("The minister has postponed the 9 December vote until next week.") == (
        "2026-12-13 23:59"
    )


def test_rescheduled_dated_visit_to_a_new_day() -> None:
    text = "The President will reschedule his 9 December visit to Paris until 16 December."
    assert due(text) == "2026-12-16 23:59"


def test_moved_date_without_a_new_time_stays() -> None:
    assert due("We will move the 9 December debate forward.") == "2026-12-09 23:59"


def test_a_new_time_after_an_undated_thing_is_unchanged() -> None:
    assert due("The President will postpone his January trip to Africa until June.") == (
        "2027-06-30 22:59"
    )


def test_rescheduled_dated_hearing_to_next_month() -> None:
    assert due("The court will reschedule the 14 December hearing to next month.") == (
        "2027-01-31 23:59"
    )


# -- a span left open ("or more", "or longer", "and beyond") sets no end to check: no
# deadline and no refusal word, as the set labels it


def test_next_decade_or_more_is_no_deadline() -> None:
    text = "We will design a foreign policy for Australia over the next decade or more."
    assert refusal(text) is None


def test_five_years_or_longer_is_no_deadline() -> None:
    assert refusal("The scheme will run for five years or longer.") is None


def test_next_two_years_and_beyond_is_no_deadline() -> None:
    assert refusal("Prices will stay high for the next two years and beyond.") is None


def test_a_closed_span_is_still_a_window() -> None:
    assert due("The scheme will run for five years.") == "2031-12-02 23:59"


def test_set_case_next_decade_or_more() -> None:
    check_set_case("blind_fresh48", "I was pleased to be able to launch a paper on labour mobility")
