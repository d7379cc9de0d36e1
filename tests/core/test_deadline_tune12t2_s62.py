"""Silent misreadings of sentences that hold no deadline, fixed at stop 62 (issue 12, tuner
t2): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import check_set_case, due, refusal

# 1. The unreal past: "could", "would" or "might" with a perfect tells what was possible or
# would have followed, and did not (possibility.py, fifth shape). Before, its time fell due,
# a deadline word ("until", "by") included.


def test_a_time_under_an_unreal_past_is_no_deadline() -> None:
    assert refusal("We could have waited for the report until next week.") is None
    text = (
        "Opening the site from this autumn as planned would have cost a total of £122 million"
        " by the end of its use in 2027, meaning the site no longer represents value for money."
    )
    assert refusal(text) is None
    assert refusal("The council might have finished the works by March.") is None


def test_a_duty_a_future_perfect_or_a_reported_unreal_past_keeps_its_time() -> None:
    """Guards (passing before the change too)."""
    assert due("Applicants must have completed the course by 1 June.") == "2027-06-01 22:59"
    assert due("We will have finished the works by March.") == "2027-03-31 22:59"
    assert due("He said the homes would have been built by 2030.") == "2030-12-31 23:59"
    text = (
        "The plans will be unveiled to coincide with what would have been her hundredth"
        " birthday year in 2026."
    )
    assert due(text) == "2026-12-31 23:59"


def test_the_sets_cases_of_an_unreal_past() -> None:
    check_set_case("blind_fresh176", "We could have waited for Third Reading")
    # blind_fresh164's "Opening the site ... would have cost ... in 2027" is labelled `negated`
    # (the plan was dropped, as the next words tell): read with no refusal word, in the first test
