"""Issue 12, stop 47, tuner r: years inside names. Said on Wednesday 2 December 2026 at
10:00, London (tests/core/reading.py).

- A year inside a name after "on the", "under the" or "with the" ("spending under the 2027
  Scheme", "working on the 2027 Finance Bill") names which one is meant, as it already did
  after "in the", "at the" or "for the" (round 27a): no deadline.
"""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "The budgeted spending under the 2027 Scheme will be cut by a fifth.",
        "Talks on the 2027 Trade Agreement will resume after the summit.",
        "Officials are working on the 2027 Finance Bill.",
    ],
)
def test_year_inside_a_name_after_on_under_with_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # guards: a deadline word, or a year with no name after it, keeps the year's end
        ("The rules must be settled by the 2027 Scheme.", "2027-12-31 23:59"),
        ("The spending will be cut under the 2027 allocation.", "2027-12-31 23:59"),
    ],
)
def test_year_as_a_limit_or_a_period_stays_due(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh20", "The budgeted expenditure under the 2012 Scheme"),
    ],
)
def test_set_cases_of_names(module: str, opening: str) -> None:
    check_set_case(module, opening)
