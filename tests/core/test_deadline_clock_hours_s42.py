"""Issue 12, stop 42: clock times written with a separator and "hours", or dotted with a
leading zero (hhmm.hours_clock, hhmm.dotted_clock). "at 18.00 hours" fell due eighteen hours
after the moment of speaking and "by 00.30 hours" eighteen minutes after it: silent
misreadings of a clock as a span. Said on Wednesday 2 December 2026 at 10:00, London time."""

from __future__ import annotations

import pytest

from tests.core.reading import due, read, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The polls close at 18.00 hours.", "2026-12-02 18:00"),
        ("Bids must arrive by 17.00 hrs.", "2026-12-02 17:00"),
        ("The line will reopen by 00.30 hours.", "2026-12-03 00:30"),
        ("Entries close at 23.59 hours on 18 December.", "2026-12-18 23:59"),
        ("The ceasefire holds until 24.00 hours on 31 December.", "2026-12-31 23:59"),
        # dotted with a leading zero, after a time word and before an explicit date
        ("The report will be published at 00.01 on Sunday 6 December.", "2026-12-06 00:01"),
        ("Comments are accepted until 00.01 on 7 December 2026.", "2026-12-07 00:01"),
    ],
)
def test_a_clock_with_hours_is_that_clock(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # spans of hours keep their decimals: "in", "within", "for" lead in a span
        ("The results will come in 1.5 hours.", "2026-12-02 11:30"),
        ("We will reply within 18.00 hours.", "2026-12-03 04:00"),
        # four digits and a colon were read as clocks already
        ("Bids must arrive by 1700 hours.", "2026-12-02 17:00"),
        ("The polls close at 18:00 hours.", "2026-12-02 18:00"),
    ],
)
def test_spans_and_other_clocks_are_unchanged(text: str, when: str) -> None:
    assert due(text) == when


def test_a_dotted_amount_stays_refused() -> None:
    """Without the leading zero and the date after it, a dotted number outside the
    quarter hours may be an amount: refused as unreadable, never read without it."""
    assert refusal("The fee will rise by 2.50 on 1 January.") == "number"
    assert refusal("The fee will rise by 02.50.") == "number"
    found = read("The page count rose by 7.10 on Friday.")
    assert found is not None and not hasattr(found, "due")
