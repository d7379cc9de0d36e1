"""Issue 12, stop 44, hunter h44: two known silent misreadings and one found by the
generator of tests/core/h44_generator.py. Said on Wednesday 2 December 2026 at 10:00,
London (tests/core/reading.py).

- A span counted from a clock time on a day ("within 48 hours of 5pm on 3 March", "48 hours
  after 5pm on Friday") had dropped the span: it counted from the time today, and the day
  then took the time's place (3 March 17:00), or was read alone (Friday).
- A day that only dates a saying ("On Tuesday, officials said the road will reopen on
  Friday") had been read ahead as the deadline (next Tuesday).
- "30 minutes after 3 April" had read "3" as a clock hour (15:30 today).
"""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The report will be out within 48 hours of 5pm on 3 March.", "2027-03-05 17:00"),
        ("The road will reopen 48 hours after 5pm on Friday.", "2026-12-06 17:00"),
        ("The reply will come within 30 minutes of 11.30pm on 3 March.", "2027-03-04 00:00"),
        ("We will answer within 2 hours of noon on Monday.", "2026-12-07 14:00"),
        ("The report will be out within 3 days of 5pm on 3 March.", "2027-03-06 23:59"),
        # a span from a day, no clock: unchanged
        ("We will decide no later than 10 working days after 3 March.", "2027-03-17 23:59"),
        ("The report will be out within 48 hours of 3 March.", "2027-03-05 23:59"),
    ],
)
def test_a_span_from_a_clock_time_on_a_day_is_added(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("On Tuesday, officials said the road will reopen on Friday.", "2026-12-04 23:59"),
        ("Speaking on Monday, the minister said the report will be out on Friday.",
         "2026-12-04 23:59"),
        ("Officials on Tuesday said the road will reopen on Friday.", "2026-12-04 23:59"),
        ("On Monday the council announced that the plant will close on 3 March.",
         "2027-03-03 23:59"),
        # the saying's day is today, after the act's
        ("The road will reopen by Friday, a spokesman said on 2 December.", "2026-12-04 23:59"),
        # a day ahead of a clause told ahead is the act's: unchanged
        ("On Tuesday, the minister will publish the plan.", "2026-12-08 23:59"),
    ],
)  # fmt: skip
def test_a_day_dating_the_saying_is_not_the_deadline(text: str, when: str) -> None:
    assert due(text) == when


def test_a_saying_day_alone_gives_no_deadline() -> None:
    assert refusal("On Tuesday, the minister said the bill would pass.") == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The reply will come 30 minutes after 3 April.", "2027-04-03 23:29"),
        ("The reply will come no later than 45 minutes after 9 April 2027.", "2027-04-09 23:44"),
        # a spoken clock is still one
        ("The meeting starts at ten minutes past three.", "2026-12-02 15:10"),
        ("The meeting starts at 20 minutes past 4 on Friday.", "2026-12-04 16:20"),
    ],
)
def test_minutes_after_a_day_of_a_month_are_not_a_clock(text: str, when: str) -> None:
    assert due(text) == when
