"""Silent misreadings fixed at stop 58 (issue 12): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import due

# 2. An event "held at <hour>" beside its day is held at that hour: "held" was taken for a
# value kept ("rates held at 5"), so the bare hour was dropped and the day fell due at its end.


def test_an_event_held_at_a_bare_hour_on_its_day_keeps_the_hour() -> None:
    assert due("The meeting will be held at 10 on Friday") == "2026-12-04 10:00"
    assert due("The hearing is held at 2 on Monday.") == "2026-12-07 14:00"


def test_a_quantity_held_at_a_value_is_no_hour() -> None:
    assert due("Interest rates will be held at 5 on Thursday") == "2026-12-03 23:59"
    assert due("The Bank will hold rates at 5 on Thursday") == "2026-12-03 23:59"
    assert due("Fares will be held at 3 until Friday") == "2026-12-04 23:59"
