"""Issue 12, stop 68 (post12-s68): silent misreadings of the first run of fresh209-212.

- "the second half of the 20th century", "the first half of the 21st century": the half of a
  century written with a numbered ordinal was read as the half of the current year, the
  century silently dropped (fresh211: "Through the second half of the 20th century, the
  USGS produced ..." fell due at the end of 2010), as "of the century" already is not.

Said on Wednesday 2 December 2026 at 10:00, London time, unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due, read


@pytest.mark.parametrize(
    "text",
    [
        # blind_fresh211
        "Through the second half of the 20th century, the USGS produced more than 60,000 "
        "paper topographic maps covering the entire United States.",
        "We will build it in the first half of the 21st century.",
        "During the second half of the 19th-century the town grew.",
    ],
)
def test_the_half_of_a_numbered_century_is_no_half_of_this_year(text: str) -> None:
    assert not isinstance(read(text), Deadline)


def test_the_half_of_the_year_still_reads() -> None:
    assert due("We will finish it in the second half of next year.") == "2027-12-31 23:59"
    assert due("We will finish it in the first half of 2027.") == "2027-06-30 22:59"
