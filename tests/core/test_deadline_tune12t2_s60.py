"""Silent misreadings of sentences that hold no deadline, fixed at stop 60 (issue 12, tuner
t2): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import due, refusal

# 1. A figure measured over a period that ends ahead of the moment of speaking, told in the
# past ("rose 30% from July 2025 through December 2026"): the end of the range is no limit
# (measured_to.py). It fell due at the end of December.


def test_the_end_of_a_period_a_past_figure_was_measured_over_is_past() -> None:
    text = (
        "Emergency department visits for opioid overdoses rose 30% in all parts of the US"
        " from July 2025 through December 2026."
    )
    assert refusal(text) == "past"
    assert refusal("Visits rose 30% from July 2025 to December 2026.") == "past"
    assert refusal("Prices rose 4% in the year to December 2026.") == "past"


def test_a_moved_or_planned_end_keeps_its_time() -> None:
    assert due("The deadline was extended from 1 May to 31 December 2026.") == "2026-12-31 23:59"
    text = "The council will receive complaints from April through December 2026."
    assert due(text) == "2026-12-31 23:59"
