"""Issue 12, stop 65, post12 (f1): silent misreadings found in the misses of fresh194-198.
Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test
gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import due

# -- "the beginning of the next year": a part of the named period, not a span of a year ------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We will have it ready by the end of the next year.", "2027-12-31 23:59"),
        ("We will have it ready by the close of the next year.", "2027-12-31 23:59"),
        # "the beginning of" reads as "early": January to April
        ("We will have a new system ready for the beginning of the next year.", "2027-04-30 22:59"),
        ("We will finish it by the end of the next month.", "2027-01-31 23:59"),
        ("We will finish it by the end of the coming year.", "2027-12-31 23:59"),
    ],
)
def test_part_of_the_next_period(text: str, want: str) -> None:
    # "the next year" after "the end of" had been read as twelve months from now
    # (2 December 2027), the part ignored
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "We will finish it within the next year.",
        "We will finish it in the course of the next year.",
        "We will finish it over the next year.",
    ],
)
def test_span_of_the_next_year_unchanged(text: str) -> None:
    assert due(text) == "2027-12-02 23:59"
