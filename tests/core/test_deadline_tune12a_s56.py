"""Issue 12, stop 56, tuner a: parliamentary business (development misses).

- A day named as the owner of a House's business was dropped as naming that business, with
  no refusal, even when the act is bounded by the end of that day's business ("we expect to
  be able to prorogue at the conclusion of this Thursday's business"): the weekday went
  unread and the sentence had no deadline. The end of the day's business is when the act
  happens, so the day is its deadline, as "at the close of Thursday's sitting" already was.
"""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, read

# said on Wednesday 2 December 2026 at 10:00, London time (tests/core/reading.py)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Subject to the progress of business, we expect to prorogue at the conclusion of"
            " this Thursday's business.",
            "2026-12-03 23:59",
        ),
        ("The House will rise at the end of Friday\u2019s business.", "2026-12-04 23:59"),
        ("The order will be laid by the close of tomorrow's business.", "2026-12-03 23:59"),
        (
            "We hope to adjourn for the recess at the conclusion of next Tuesday's business.",
            "2026-12-08 23:59",
        ),
    ],
)
def test_the_end_of_a_days_business_dates_the_act(text: str, when: str) -> None:
    assert due(text) == when


def test_a_day_naming_the_business_is_still_dropped() -> None:
    # the business itself asked for or revised: no act falls due by its day
    assert read("The Leader set out a revision to next Tuesday's business.") is None
    assert due("Thursday's business shall be the Finance Bill.") == "2026-12-03 23:59"


def test_the_development_case() -> None:
    check_set_case("blind_fresh145", "Finally, subject to the progress of the remaining business")
