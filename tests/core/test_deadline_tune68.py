"""Issue 12, stop 68 (tune12-s68): silent misreadings of a year split over two.

"academic year 2025 to 2026" was read as the end of 2025 ("year 2025", with "to 2026"
dropped and no refusal: a period reader took "year 2025" before the range readers), "the
2026 to 2027 academic year" as the end of 2026, and "the 2019/20 summer season" or "the
2025/26 winter" as a fiscal or calendar year (blind_fresh205, blind_fresh208). The parser
leaves academic, school and sporting years unread (the module docstring): such a year is
now refused, naming its words, when nothing else is read, and a date beside it still
stands. "year 2025 to 2026" without "academic" is read as the range it is, and "financial
year 2025 to 2026" (GOV.UK's style) as that financial year.

Said on Wednesday 2 December 2026 at 10:00, London time (tests/core/reading.py).
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Refusal
from tests.core.reading import due, read, read_in


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # blind_fresh208 (re-dated)
        (
            "Schools should read the writing framework and, during academic year 2026 to "
            "2027, use the audits to evaluate and plan improvements.",
            "academic year 2026 to 2027",
        ),
        ("The fund will be paid in the 2026 to 2027 academic year.", "2026 to 2027 academic year"),
        ("Grants will be paid during the 2027/28 school year.", "2027/28 school year"),
        ("We will finish the repairs in the 2026/27 winter.", "2026/27 winter"),
    ],
)
def test_a_split_year_of_another_calendar_is_refused_naming_both_years(
    text: str, words: str
) -> None:
    got = read(text)
    assert isinstance(got, Refusal), got
    assert got.kind == "number"
    assert words in got.words


def test_a_split_season_year_in_a_southern_zone_is_refused() -> None:
    # blind_fresh205 (re-dated): not the fiscal or calendar years 2026 to 2027
    got = read_in(
        "Ten DOC campgrounds and five huts will be added to the online booking system in "
        "time for the 2026/27 summer season.",
        "2026-09-25T10:00:00+12:00",
        "Pacific/Auckland",
    )
    assert isinstance(got, Refusal), got
    assert "2026/27 summer season" in got.words


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a date beside the academic year still stands (blind_fresh161, re-dated)
        (
            "EFA will issue the second of 2 payments for the primary PE and sport grant for "
            "the 2026 to 2027 academic year on 1 May.",
            "2027-05-01 22:59",
        ),
        (
            "For academic year 2026 to 2027, we are requesting you submit your estimates "
            "in January 2027.",
            "2027-01-31 23:59",
        ),
        # the range it is: GOV.UK's year 2026 to 2027, a financial year, not 2026 alone
        ("Grants for the year 2026 to 2027 will be paid.", "2027-03-31 22:59"),
        ("The fund will be paid in the financial year 2026 to 2027.", "2027-03-31 22:59"),
    ],
)
def test_a_split_year_is_never_read_as_its_first_year(text: str, when: str) -> None:
    assert due(text) == when
