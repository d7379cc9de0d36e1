"""Issue 12, stop 57 review: defects found reading round Y's deadline changes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.core.reading import LONDON, due, refusal

# said on Sunday 10 January 2027, a few weeks after the turn of the year
_JANUARY = datetime(2027, 1, 10, 10, 0, tzinfo=ZoneInfo(LONDON))


@pytest.mark.parametrize(
    "text",
    [
        # rolled_back.py: a date gone a few weeks ago across the turn of the year is as past as
        # one gone within the year ("the reply given ... on 4th November", said 8 November);
        # it was read as this December, eleven months out, with no warning
        "I would invite the hon. Member's attention to the reply given on 20 December.",
        "The UK updated the council on the outcome of the summit on 18 and 19 December.",
        "In December, the agency proposed to approve the programme.",
        "The numbers approved by the end of November came to 8,291.",
        "The reply given on 4 November is clear.",
    ],
)
def test_a_date_gone_across_the_new_year_is_past(text: str) -> None:
    assert refusal(text, _JANUARY) == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # looked ahead to, or nothing done: this December, as before
        ("We will publish the report on 20 December.", "2027-12-20 23:59"),
        ("The Christmas market opens on 20 December.", "2027-12-20 23:59"),
        # further back than three months: ahead, as before
        ("The date agreed is 20 September.", "2027-09-20 22:59"),
    ],
)
def test_dates_ahead_after_the_new_year_are_kept(text: str, when: str) -> None:
    assert due(text, _JANUARY) == when
