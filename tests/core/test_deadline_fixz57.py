"""Issue 12, stop 57, fixz57: silent misreadings found in the misses of fresh154-158. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test gives
another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due

# -- "<weekday> next": the first such weekday after the day of speaking ----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # said on a Wednesday: "Wednesday next" is a week on, not today
        ("We hope to take the Bill through all stages on Wednesday next.", "2026-12-09 23:59"),
        ("The House stands adjourned until Wednesday next.", "2026-12-09 23:59"),
        ("The Seanad will meet on Monday next.", "2026-12-07 23:59"),
        ("The Seanad will meet on Friday next, the 4th.", "2026-12-04 23:59"),
    ],
)
def test_weekday_next_is_the_first_one_after_today(text: str, want: str) -> None:
    # "next" after the weekday was dropped: today was read, or the sentence refused as past
    assert due(text) == want


def test_weekday_next_week_is_unchanged() -> None:
    assert due("The House will meet on Friday next week.") == "2026-12-11 23:59"


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh155", "Therefore, the possibility of proceeding with business"),
        ("blind_fresh157", "We hope to take the Prices and Incomes Bill"),
    ],
)
def test_weekday_next_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)
