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


@pytest.mark.parametrize(
    "text",
    [
        "The data from it will help inform policy at a local and national level for years to come.",
        "These reforms will shape the service for many years to come.",
        "We will feel the effects for months to come.",
        "The new reservoir will serve the region for several decades to come.",
    ],
)
def test_for_years_to_come_sets_no_time(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # another time of the sentence still counts
        (
            "The plant will supply power for decades to come, and it will open by June 2027.",
            "2027-06-30 22:59",
        ),
        # "in the years to come" keeps the vague window of "the coming years" (3 years)
        ("We will build these homes in the years to come.", "2029-12-02 23:59"),
    ],
)
def test_another_time_or_in_the_years_to_come_stays_a_deadline(text: str, when: str) -> None:
    assert due(text) == when
