"""Issue 12, stop 40 (found by the first runs of fresh76 and fresh78, NZ Transport Agency
closure lists): an overnight window in brackets after an abbreviation, "16 January (approx.
10:30pm to 5:00am)", ends the next morning like any overnight window (overnight.py). The
stop of "approx." was taken for a clause break between the day and its window, so the day's
own 5am was read instead. A stop before a number closes an abbreviation, not a clause; a
stop before a new sentence's word still parts the day from another sentence's window.

The sentences are written for the test in the bulletin's shape; said on Friday 10 January
2025 at 13:00 NZDT on an Auckland server.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline

SAID = datetime(2025, 1, 10, 0, 0, tzinfo=UTC)
AKL = "Pacific/Auckland"


def _due(text: str) -> str | None:
    got = interpret_deadline(text, SAID, AKL)
    return got.due.strftime("%Y-%m-%d %H:%M") if isinstance(got, Deadline) else None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # 5am on the morning after the night named (17 January 05:00 NZDT)
        (
            "Eastbound lanes of the bridge, 16 January (approx. 10:30pm to 5:00am)",
            "2025-01-16 16:00",
        ),
        # a range of nights: the morning after the last
        ("The harbour link, 14-15 January (approx. 9:30pm to 5:00am)", "2025-01-15 16:00"),
        ("The harbour link, 14 January (ca. 11pm to 4am)", "2025-01-14 15:00"),
    ],
)
def test_an_abbreviation_before_the_window_keeps_it_with_its_day(text: str, due: str) -> None:
    assert _due(text) == due


def test_a_window_inside_one_day_is_left_alone() -> None:
    # 9am to 5pm does not cross midnight: 16 January 17:00 NZDT
    assert _due("The harbour link, 16 January (approx. 9am to 5pm)") == "2025-01-16 04:00"


def test_another_sentence_still_parts_the_day_from_the_window() -> None:
    # the window is the next sentence's; the day keeps its own reading (5am on 16 January)
    text = "The road is shut on 16 January. Works run from 10pm to 5am."
    assert _due(text) == "2025-01-15 16:00"
