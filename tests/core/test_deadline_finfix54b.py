"""Issue 12, stop 54, finfix 2: silent misreadings of the deadline parser. Said on Wednesday
2 December 2026 at 10:00, London time (GMT), unless a test gives another moment
(tests/core/reading.py)."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

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


# -- a day word as the subject of what is said: the deadline, not the day of saying -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # all refused as "past" before (the past verb of saying was taken for the day's)
        ("He said today is the deadline.", "2026-12-02 23:59"),
        ("He said today will be the deadline.", "2026-12-02 23:59"),
        ("The Minister said today is the last day to apply.", "2026-12-02 23:59"),
        ("He said tomorrow is the deadline.", "2026-12-03 23:59"),
        ("She announced that Friday will be the closing date.", "2026-12-04 23:59"),
    ],
)  # fmt: skip
def test_a_day_said_to_be_the_deadline_is_the_deadline(text: str, expected: str) -> None:
    assert due(text) == expected


def test_a_day_of_saying_before_its_own_clause_is_still_no_deadline() -> None:
    assert refusal("The Minister said today that the deadline is unchanged.") is None


# -- any "as" aside set off between a clock time and its day -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day was dropped (due today, 17:00)
        ("Payment is due at 5 p.m., as set out in the notice, on Friday.", "2026-12-04 17:00"),
        ("The vote will be held at 4 p.m., as the Speaker said, on Thursday.",
         "2026-12-03 16:00"),
        # the clock time was dropped (due at the day's end)
        ("Payment is due at 5 p.m. (as planned) on Friday.", "2026-12-04 17:00"),
        ("Payment is due at 5 p.m. - as planned - on Friday.", "2026-12-04 17:00"),
        ("Payment is due at 5 p.m. \u2013 as agreed with the union \u2013 on Friday.",
         "2026-12-04 17:00"),
    ],
)  # fmt: skip
def test_an_aside_between_a_time_and_its_day_is_passed_over(text: str, expected: str) -> None:
    assert due(text) == expected


# -- a zoned time restated in square brackets ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refused as a number before (the bracket was taken for struck-out words)
        ("The vote is at 9 a.m. Eastern on Friday [2 p.m. London].", "2026-12-04 14:00"),
        ("The vote is at 9 a.m. ET on Friday [1400 GMT].", "2026-12-04 14:00"),
        ("The call is at 11 a.m. Pacific on Thursday [2 p.m. Eastern].", "2026-12-03 19:00"),
    ],
)  # fmt: skip
def test_a_zoned_time_in_square_brackets_restates(text: str, expected: str) -> None:
    assert due(text) == expected


def test_a_bare_number_in_square_brackets_is_still_struck() -> None:
    assert refusal("The return is due by 1 June [2027].") == "number"
