"""Silent misreadings of sentences that hold no deadline, fixed at stop 61 (issue 12, tuner
t2): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import check_set_case, due, refusal

# 1. A gone day heading its sentence, set off by a comma, dates all that the sentence tells as
# done: the other times in it are that act's and gone with it (fronted_done.under_done_head).
# Before, a year-less one rolled into next year, and one with its year lay ahead.


def test_times_after_a_gone_head_told_done_are_past() -> None:
    text = (
        "On March 20, the department extended the applicability and effective dates of the rule"
        " from March 23 to May 22."
    )
    assert refusal(text) == "past"  # not next May
    text = (
        "On 7 November 2026, the agency published a notice changing the hearing date from"
        " 9 November 2026 to 24 December 2026."
    )
    assert refusal(text) == "past"


def test_a_future_or_a_moved_time_ahead_after_a_gone_head_keeps_its_time() -> None:
    """Guards (passing before the change too)."""
    text = "On 30 November, the council decided that the road will close on 14 December."
    assert due(text) == "2026-12-14 23:59"
    # an infinitive tells an act still to come when the head's act was done
    text = "On 25 November, the board agreed to publish the plan by 14 January."
    assert due(text) == "2027-01-14 23:59"
    # a relative clause in the present tells its own time ahead
    text = "On 1 December, we launched a consultation, which closes on 28 February."
    assert due(text) == "2027-02-28 23:59"
    text = "On 30 November, the council opened a consultation that runs until 28 February."
    assert due(text) == "2027-02-28 23:59"
    # an extension's new time ahead stays a deadline (moved.py), whatever the past moving
    text = (
        "On 1 November 2026, the regulator extended the inquiry from 1 December 2026 to"
        " 11 January 2027."
    )
    assert due(text) == "2027-01-11 23:59"


def test_the_sets_cases_of_a_gone_head() -> None:
    check_set_case("blind_fresh171", "On March 20, the department extended")
