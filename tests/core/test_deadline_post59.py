"""Issue 12, stop 59, post-run fixer (branch issue12f1-s59): silent misreadings among the
misses of fresh164-168's first run. Said on Wednesday 2 December 2026 at 10:00, London
(tests/core/reading.py).

- delayed_by.py: the size of an extension counted from a date the sentence gives ("will
  extend the inquiry by 6 months from the current target completion date of 19 July 2027")
  moves that date on by the size, as a delay from a date does (stop 58); the date alone
  was read before, earlier than the new end and with no warning.
- combine.py: a day with its part restated by a date ("on Friday afternoon, Dec. 4") keeps
  the part when a clock time comes later in the sentence, for another event ("and at a
  press briefing from 8-9:30 a.m., Thursday"); only a time right after the date is its own.
  The part was lost and the date fell due at its end.
- cut_over.py: "before <date>" answered in the sentence by "on or after <that date>" ("started
  before 31 January, but submitted on or after this date, will be subject to the new fees")
  names a change that takes effect on the date (CONVENTIONS 3.1a), not a deadline the day
  before (3.5); the day before was given with no warning.
- clauses.py: a dateline with its place inside the bracket ("(Washington, D.C., March 12,
  2020) – ... issued this statement") is when the words were written, as "(March 12, 2020) –"
  and "WASHINGTON, March 12, 2020 –" are; its date was given as the deadline.
- clauses.py: a date named as the former or previous one ("The former proposed decision date
  of 7 February 2013 delayed", "the previous closing date of ...") is given up, as one
  "previously due" is; it was given as the deadline.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final
from zoneinfo import ZoneInfo

import pytest

from tests.core.reading import due, refusal

_MARCH: Final = datetime(2020, 3, 12, 20, 0, tzinfo=ZoneInfo("America/New_York"))
_JANUARY: Final = datetime(2022, 1, 10, 10, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The ACCC has decided to extend the final access determination inquiry by 6 months"
            " from the current target completion date of 19 July 2027.",
            "2028-01-19 23:59",
        ),
        (
            "The consultation will be extended by three weeks from 14 January 2027.",
            "2027-02-04 23:59",
        ),
        ("We are extending the deadline by two weeks from 11 December.", "2026-12-25 23:59"),
    ],
)
def test_an_extension_from_a_given_date_moves_that_date_on(text: str, want: str) -> None:
    assert due(text) == want


def test_an_extension_with_no_date_still_counts_from_an_end_not_given() -> None:
    assert refusal("The ACCC will extend the deadline by two weeks.") == "event"


def test_an_extension_to_a_date_is_due_then() -> None:
    assert (
        due("The deadline will be extended by two weeks to 11 January 2027.") == "2027-01-11 23:59"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The results will be discussed in sessions on Friday afternoon, Dec. 4, and at a press"
        " briefing from 8-9:30 a.m., Thursday, Dec. 3.",
        "The results will be discussed on Friday afternoon, Dec. 4, and at a press briefing at"
        " 8 a.m. on Thursday, Dec. 3.",
        "The results will be discussed in sessions on Friday afternoon, Dec. 4, and at a press"
        " briefing at 9 a.m.",
    ],
)
def test_a_part_of_the_day_restated_by_a_date_keeps_it_before_a_later_clock_time(
    text: str,
) -> None:
    assert due(text) == "2026-12-04 18:00"


def test_a_clock_time_right_after_the_restating_date_is_still_its_own() -> None:
    assert due("The debate is on Friday afternoon, Dec. 4, 5pm.") == "2026-12-04 17:00"


@pytest.mark.parametrize(
    "text",
    [
        "All applications started before 31 January, but submitted on or after this date, will"
        " be subject to the new fees.",
        "If an application was submitted before 31 January, subsequently cancelled or rejected"
        " and then resubmitted on or after 31 January, it will be subject to the new fees.",
        "Claims lodged before 31 January are paid at the old rate and those lodged on or after"
        " that date at the new one.",
    ],
)
def test_before_a_date_answered_by_on_or_after_it_is_a_change_on_that_date(text: str) -> None:
    assert due(text, _JANUARY) == "2022-01-31 23:59"


@pytest.mark.parametrize(
    "text",
    [
        "Applications must be submitted before 31 January.",
        # another date after "on or after": no cut-over at the first
        "Forms sent before 31 January will be refunded; forms sent on or after 1 March will not.",
    ],
)
def test_before_a_date_alone_stays_the_day_before(text: str) -> None:
    assert due(text, _JANUARY) == "2022-01-30 23:59"


@pytest.mark.parametrize(
    "text",
    [
        "(Washington, D.C., March 12, 2020) \u2013 U.S. Secretary of Agriculture Sonny Perdue"
        " issued this statement following the address to the nation:",
        "(Washington, March 12, 2020) - The Secretary issued this statement:",
    ],
)
def test_a_dateline_with_its_place_in_the_bracket_is_no_deadline(text: str) -> None:
    assert refusal(text, _MARCH) == "past"


def test_a_bracketed_phrase_before_a_date_without_a_dash_is_still_read() -> None:
    assert due("(Washington, D.C.) The forms are due by 11 December.") == "2026-12-11 23:59"


@pytest.mark.parametrize(
    "text",
    [
        "The former proposed decision date of 11 December delayed.",
        "The previous closing date of 11 December no longer applies.",
    ],
)
def test_a_former_or_previous_date_is_given_up(text: str) -> None:
    assert refusal(text) == "negated"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The former minister will report by 11 December.", "2026-12-11 23:59"),
        (
            "The previous deadline of 11 December has been extended to 18 December.",
            "2026-12-18 23:59",
        ),
    ],
)
def test_a_former_person_or_a_replaced_deadline_keeps_its_reading(text: str, want: str) -> None:
    assert due(text) == want
