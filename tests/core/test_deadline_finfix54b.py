"""Issue 12, stop 54, finfix 2: silent misreadings of the deadline parser. Said on Wednesday
2 December 2026 at 10:00, London time (GMT), unless a test gives another moment
(tests/core/reading.py)."""

from __future__ import annotations

import pytest

from tests.core.reading import due

# -- two zoned times of one event, each with its own zone: the later end in its own ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 5 p.m. Pacific is 01:00 UTC on Saturday; it was read in Eastern (22:00 Friday)
        ("Voting opens at 9 a.m. ET on Friday and closes at 5 p.m. PT.", "2026-12-05 01:00"),
        ("The polls open at 8 a.m. EST on Friday and close at 8 p.m. PST.", "2026-12-05 04:00"),
        ("Doors open at 9 a.m. Eastern on Thursday and shut at 4 p.m. Pacific.",
         "2026-12-04 00:00"),
        # the same zone twice, or one zone for both, is read as before
        ("Voting opens at 9 a.m. ET on Friday and closes at 5 p.m. ET.", "2026-12-04 22:00"),
        ("Voting opens at 9 a.m. on Friday and closes at 5 p.m. PT.", "2026-12-05 01:00"),
    ],
)  # fmt: skip
def test_the_later_time_keeps_its_own_zone(text: str, expected: str) -> None:
    assert due(text) == expected
