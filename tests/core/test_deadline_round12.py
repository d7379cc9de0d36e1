"""Issue 12, round 12: one kind of misreading pooled across the fresh and kinds sets (a
schedule of several clock times on one day), pinned here before its fix, with real
phrasings of the kind and the plain readings the rule must leave alone.

- a day and several clock times that the sentence lists for it ("on May 11, 2004, ...
  from 1 p.m. to 3 p.m., and from 6 p.m. to 8 p.m.", "the launch times Friday are 6:41
  p.m., 6:51 p.m. and 7:01 p.m.") fall due at the latest of those times on that day, as a
  schedule falls due at its end; before, the day was taken whole (its end, 23:59:59) and
  the times were set aside. Found in four sets (fresh15, fresh16, kinds16's "at 8:30 am,
  adjourning ... 5:30 pm", kinds17's three HST times), where a day and ONE time were
  already one moment.
- left alone: a time after a deadline word beside another time ("by 3 p.m. on Friday; the
  office closes at 5 p.m." keeps 3 p.m.), a time the sentence denies, one day with one
  time, a time with its own day.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from tests.core.test_deadline_kinds import due_of, utc


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # real phrasings of the kind (fresh15, fresh16), re-dated to the test's week
        (
            "One public hearing will be held on August 21, 2025, in Santa Maria from 1 p.m. to"
            " 3 p.m., and from 6 p.m. to 8 p.m.",
            "2025-08-21 20:00:00",
        ),
        (
            "If Thursday's liftoff is postponed 24 hours, the launch times Friday are 6:41 p.m.,"
            " 6:51 p.m. and 7:01 p.m.",
            "2025-08-22 19:01:00",
        ),
        (
            "The hearing on 21 August runs from 10 a.m. to noon and from 2 p.m. to 4 p.m.",
            "2025-08-21 16:00:00",
        ),
        (
            "On 22 August the doors open at 9 a.m. and the count begins at 11 p.m.",
            "2025-08-22 23:00:00",
        ),
    ],
)
def test_a_day_with_several_times_falls_due_at_the_latest(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a deadline word before one of the times: that time is the deadline
        ("Apply by 3 p.m. on 22 August; the office closes at 5 p.m.", "2025-08-22 15:00:00"),
        (
            "On 22 August, submissions must arrive by 11 a.m.; the hearing starts at 2 p.m.",
            "2025-08-22 11:00:00",
        ),
        # one day and one time: unchanged
        ("The vote is on 21 August at 6 p.m.", "2025-08-21 18:00:00"),
        ("by 5 pm on the closing date of 30 September 2025", "2025-09-30 17:00:00"),
        # a day alone, or a time alone
        ("We will publish the report on 22 August.", "2025-08-22 23:59:59"),
        ("The statement will be made at 4 p.m.", "2025-08-18 16:00:00"),
        # a denied time is not one of the day's times
        ("The meeting on 21 August will start at 9 a.m., not at 3 p.m.", "2025-08-21 09:00:00"),
    ],
)
def test_plain_day_and_time_readings_are_left_alone(text: str, due: str) -> None:
    assert due_of(text) == utc(due)
