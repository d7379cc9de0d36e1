"""Issue 12, stop 52, tuner b: a part of a fiscal year was dropped without a word. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), where the fiscal year
ends on 31 March.

"early in 2027-28", "in early FY28", "mid-2027/28", "the first half of 2027-28" were read as
the whole fiscal year (due 31 March 2028): the part named was silently dropped. A part of a
fiscal year splits it as the module docstring splits any period: early, mid and late are its
thirds (April-July, August-November, December-March), a half is six months. The whole year,
its end and a part of a calendar year read as before.
"""

from __future__ import annotations

from datetime import UTC

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import read

_EARLY = "2027-07-31 22:59"  # the end of July 2027, BST
_MID = "2027-11-30 23:59"  # the end of November 2027, GMT
_FIRST_HALF = "2027-09-30 22:59"
_WHOLE = "2028-03-31 22:59"


def _due(text: str) -> tuple[str, bool]:
    got = read(text)
    assert isinstance(got, Deadline), got
    return got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M"), got.vague


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("I hope the boards will complete the planning early in 2027-28.", _EARLY),
        ("The boards will complete the planning early in 2027–28.", _EARLY),
        ("The planning will be complete in early 2027-28.", _EARLY),
        ("The planning will be complete early in the 2027-28 financial year.", _EARLY),
        ("The planning will be complete early in FY28.", _EARLY),
        ("The planning will be complete in early FY 2027/28.", _EARLY),
        ("The planning will be complete early in the next financial year.", _EARLY),
        ("The new system goes live in mid-2027/28.", _MID),
        ("The new system goes live by mid 2027-28.", _MID),
        ("The new system goes live in mid-FY28.", _MID),
    ],
)
def test_a_third_of_a_fiscal_year_is_read(text: str, when: str) -> None:
    assert _due(text) == (when, True)  # vague, as "early 2027" is


def test_a_half_of_a_fiscal_year_is_read() -> None:
    # its end is exact, as "the first half of FY28" already read
    assert _due("The scheme will open in the first half of 2027-28.") == (_FIRST_HALF, False)
    assert _due("The scheme will open in the first half of FY28.") == (_FIRST_HALF, False)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The planning will be complete in 2027-28.", _WHOLE),
        ("The planning will be complete by the end of 2027-28.", _WHOLE),
        ("The planning will be complete in the 2027-28 financial year.", _WHOLE),
        ("The planning will be complete in FY28.", _WHOLE),
    ],
)
def test_the_whole_fiscal_year_reads_as_before(text: str, when: str) -> None:
    assert _due(text)[0] == when


def test_a_part_of_a_calendar_year_reads_as_before() -> None:
    assert _due("The planning will be complete early in 2027.") == ("2027-04-30 22:59", True)
