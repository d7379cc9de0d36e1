"""Issue 12, final review of stop 52: readings the stop's changes left wrong in forms next to
the ones they fixed. Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py).

- A day of the month without its suffix before a clock time named in words ("on the 20 at
  noon", "by the 20 at midday") was dropped without a word, the time read as today's: the
  suffix-less day was taken only before a clock time in digits (words.DOM_BARE_TAIL), though
  "on the 20th at noon" was read whole.
- "thru" ends a run of days after a daily window of hours as "through" does ("between 8am and
  5pm from Monday 14 December thru Friday 18 December"): the window's closing time on the
  last day, not the day's end (overnight._daily_run was written beside the change that taught
  the other rules "thru").
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due, read


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("We will finish the work on the 20 at noon.", "2026-12-20 12:00"),
        ("We will finish the work by the 20 at midday.", "2026-12-20 12:00"),
        ("The ballot closes on the 18 at midnight.", "2026-12-18 23:59"),  # as "the 18th"
        # as before
        ("We will finish the work on the 20th at noon.", "2026-12-20 12:00"),
        ("We will finish the work by the 20 at 5pm.", "2026-12-20 17:00"),
    ],
)
def test_a_suffixless_day_before_a_clock_time_in_words_is_kept(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "The road will be closed between 8am and 5pm from Monday 14 December thru Friday 18"
        " December.",
        "The road will be closed between 8am and 5pm from Monday 14 December through Friday 18"
        " December.",
    ],
)
def test_thru_ends_a_run_of_days_after_a_daily_window(text: str) -> None:
    assert due(text) == "2026-12-18 17:00"


# -- the re-read of stop 52: a bare number after "the" that counts things is no day ----------


@pytest.mark.parametrize(
    "text",
    [
        # a list of counts after "on the": the first number is no day of the month
        "The homes on the 1, 2 and 3 acre sites will be sold.",
        "Grants go to the councils on the 5, 10 and 20 year plans.",
        # a bare number after a word that leads in no day, before a clock time
        "We will meet with the 12 at 5pm.",
        "The minister will brief the 27 at noon.",
    ],
)
def test_a_count_after_the_is_not_read_as_a_day(text: str) -> None:
    assert not isinstance(read(text), Deadline), read(text)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # as before: the day keeps its comma and its clock time
        ("We will reply on the 14, the minister said.", "2026-12-14 23:59"),
        ("The 14 at 5pm is the deadline.", "2026-12-14 17:00"),
        ("We will finish the work on the 20 at noon.", "2026-12-20 12:00"),
    ],
)
def test_a_bare_day_that_leads_in_stays_read(text: str, when: str) -> None:
    assert due(text) == when
