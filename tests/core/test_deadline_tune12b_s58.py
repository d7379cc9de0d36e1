"""Issue 12, stop 58, tuner 12b: a meeting told by days whose later day gives only the hour
it starts (CONVENTIONS 6.1). Said on Wednesday 2 December 2026 at 10:00, London time (GMT),
unless a test gives another moment."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due, due_in, read, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "The committee will meet on Tuesday 8 December from 1 p.m. to 5 p.m., and on"
            " Wednesday 9 December from 8.30 a.m. until adjournment.",
            "2026-12-09 23:59",
        ),
        (
            "The workshop will be held on 8 December from 1pm to 5pm and on 9 December from 9am.",
            "2026-12-09 23:59",
        ),
        (
            "The inquiry sits on 14 January from 10 a.m. to 4 p.m. and on 15 January from"
            " 9.30 a.m. until it concludes.",
            "2027-01-15 23:59",
        ),
    ],
)
def test_the_later_day_whose_hours_only_open_ends_the_schedule(text: str, when: str) -> None:
    """CONVENTIONS 6.1: a schedule falls due at its end. The second day's "from 8.30 a.m."
    alone was refused as a start, so the first day's hours were chosen and the later day
    dropped with no word; with no closing hour the schedule ends with that day."""
    assert due(text) == when


def test_the_later_day_is_shown_in_the_words_read() -> None:
    got = read(
        "The committee will meet on Tuesday 8 December from 1 p.m. to 5 p.m., and on"
        " Wednesday 9 December from 8.30 a.m. until adjournment."
    )
    assert isinstance(got, Deadline), got
    assert "9 December" in got.matched


def test_the_federal_register_form_in_its_own_zone() -> None:
    assert (
        due_in(
            "The committee will meet on Tuesday, May 11, 1999, from 1 p.m. to 5 p.m., and on"
            " Wednesday, May 12, 1999, from 8:30 a.m. until adjournment.",
            "1999-05-07T10:00:00-04:00",
            "America/New_York",
        )
        == "1999-05-13 03:59"
    )


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # both days closed: the later day's closing hour, as before
        (
            "The workshop will be held on 8 December from 1pm to 5pm and on 9 December from"
            " 9am to 12.30pm.",
            "2026-12-09 12:30",
        ),
        # a clock time on each of two days: the later day's
        (
            "The hearings will be held at 10 a.m. on 8 December and at 2 p.m. on 9 December.",
            "2026-12-09 14:00",
        ),
    ],
)
def test_closed_days_keep_their_closing_hour(text: str, when: str) -> None:
    assert due(text) == when


def test_an_offer_open_from_a_day_stays_a_start() -> None:
    """A start alone with no earlier day before it is still CONVENTIONS 3.2."""
    assert refusal("The helpline will be open on 9 December from 8.30 a.m.") == "earliest"
