"""Stop 40's speed changes give the answers of what they replace (issue 12)."""

from __future__ import annotations

import calendar

import pytest

from bot.core.deadlines import words
from bot.core.deadlines.context import _days_in


@pytest.mark.parametrize("year", [-401, 0, 1, 4, 100, 400, 1900, 2000, 2024, 2025, 9999, 10000])
def test_days_in_is_monthrange(year: int) -> None:
    for month in range(1, 13):
        assert _days_in(year, month) == calendar.monthrange(year, month)[1]


@pytest.mark.parametrize("month", [0, 13, -1])
def test_days_in_refuses_a_month_out_of_range_as_monthrange(month: int) -> None:
    with pytest.raises(ValueError):
        calendar.monthrange(2026, month)
    with pytest.raises(ValueError):
        _days_in(2026, month)


def test_located_finds_the_phrase_in_the_text_it_is_given_only() -> None:
    # no state kept between calls (fix42): each answer is the text's own
    text, matched = "We will Reply by Friday.", "by Friday"
    assert words.located(text, matched) == (text.lower(), 14, 23, "by friday")
    other = "by friday, said the Clerk"
    assert words.located(other, "by friday") == (other.lower(), 0, 9, "by friday")
    assert words.located("", "") == ("", 0, 0, "")
    assert words.located("no phrase here", "by Friday") is None
    assert words.located(text, matched) == (text.lower(), 14, 23, "by friday")
    assert not hasattr(words, "judging")  # the looks are handed the place, never a global
