"""Issue 12, stop 38 (fix12e): two product bugs found by the lead.

- a clock time with no day of its own that would have joined a day the reading set aside
  (past, denied) floated free and fell due today, a wrong date with no warning: it goes
  with its day, and the text reads as the day alone does (combine._day_set_aside);
- a refusal's words were shown lower-cased ("tuesday 10 december"): what a member is shown
  is cut from the member's own text (misread.own_words).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline

_SAID = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)  # a Friday; 12 December 2026 is a Saturday


def _read(text: str) -> Deadline | Refusal | None:
    return interpret_deadline(text, _SAID, "Europe/London")


@pytest.mark.parametrize(
    "text",
    [
        # "Friday 12 December" fits last year's date only: past, and its 7pm with it
        "on Friday 12 December, Christmas party, 7pm",
        "on Friday 12 December, Christmas party, 7pm to 11pm",
        "On Friday 12 December, the party starts at 7pm",
        "the party is on Friday 12 December; doors open at 7pm",
    ],
)
def test_time_of_a_past_day_is_not_today(text: str) -> None:
    assert _read(text) == _read("on Friday 12 December") is None


def test_time_of_a_denied_day_is_not_today() -> None:
    got = _read("not on 12 December, party at 7pm")
    assert isinstance(got, Refusal) and got.kind == "negated", got


@pytest.mark.parametrize(
    ("text", "due", "matched"),
    [
        ("by 7pm", "2026-12-04 19:00", "by 7pm"),  # a time alone is still today's
        (
            "on Saturday 12 December, Christmas party, 7pm",
            "2026-12-12 19:00",
            "on Saturday 12 December … 7pm",
        ),
        # a weekday with no clause of the time's: the day, as before
        ("the party is on Saturday; doors open at 7pm", "2026-12-05 23:59", "on Saturday"),
    ],
)
def test_time_of_a_day_kept(text: str, due: str, matched: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert (got.due.strftime("%Y-%m-%d %H:%M"), got.matched) == (due, matched)


def test_a_start_keeps_its_time() -> None:
    """An open-ended start is drop_start_times's: its time is the start's time of day."""
    got = _read("from 12 December, open at 9am")
    assert isinstance(got, Refusal) and got.kind == "earliest", got
    assert got.earliest == datetime(2026, 12, 12, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # weekday_clash, with the year written (stop 39: the member's words whole)
        ("by Tuesday 10 December 2026", "Tuesday 10 December 2026"),
        ("by Thursday the 29th", "Thursday the 29th"),  # weekday_dom_clash
        ("by Tuesday, 10/12/2026", "Tuesday, 10/12/2026"),  # _numeric_clash
        ("BY TUESDAY 10 DECEMBER 2026", "TUESDAY 10 DECEMBER 2026"),
        ("at 5 PM ET, TBD", "TBD"),  # undecided
        ("Payments Normally Commence In June", "In June"),  # habit
    ],
)
def test_refusal_words_as_written(text: str, words: str) -> None:
    got = _read(text)
    assert isinstance(got, Refusal), got
    assert got.words == words
