"""Issue 12, stop 55, after the reviews: a window "for up to N" opened on a day named before
it runs from the moment of speaking, as before this stop, instead of falling due on that day
with its length dropped. Said on Wednesday 2 December 2026 at 10:00, London time (GMT);
due() gives the UTC wall time."""

from __future__ import annotations

import pytest

from tests.core.reading import due, read


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Today we are opening a consultation for up to 12 weeks.", "2027-02-24 23:59"),
        ("From today the scheme will run for up to six months.", "2027-06-02 22:59"),  # 23:59 BST
        ("Tomorrow the exhibition opens for up to two weeks.", "2026-12-16 23:59"),
    ],
)
def test_a_window_opened_on_a_named_day_keeps_its_length(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "Whiplash claims with an injury duration of up to two years will be covered.",
        "The grant period will remain open for up to 8 weeks.",
    ],
)
def test_a_bound_on_a_length_with_no_day_still_sets_no_time(text: str) -> None:
    assert read(text) is None
