"""The ordinal of a quarter is read by its whole word: "final" is the fourth quarter, not the
first ("fi" of "first" matched it, a wrong date given without warning; found by stop 45's
tuner p)."""

from __future__ import annotations

import pytest

from tests.core.reading import due


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The plant will open in the final quarter of 2027.", "2027-12-31 23:59"),
        ("The plant will open in the last quarter of 2027.", "2027-12-31 23:59"),
        ("The plant will open in the fourth quarter of 2027.", "2027-12-31 23:59"),
        ("The plant will open in the first quarter of 2027.", "2027-03-31 22:59"),
        ("The plant will open in the second quarter of 2027.", "2027-06-30 22:59"),
        ("The plant will open in the third quarter of 2027.", "2027-09-30 22:59"),
        ("The plant will open in the 1st quarter of 2027.", "2027-03-31 22:59"),
        ("The plant will open in the 2nd quarter of 2027.", "2027-06-30 22:59"),
        ("The plant will open in the 3rd quarter of 2027.", "2027-09-30 22:59"),
        ("The plant will open in the 4th quarter of 2027.", "2027-12-31 23:59"),
        ("The plant will open in the First Quarter of 2027.", "2027-03-31 22:59"),
    ],
)
def test_each_ordinal_names_its_own_quarter(text: str, when: str) -> None:
    assert due(text) == when
