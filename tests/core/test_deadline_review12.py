"""Issue 12, review of rounds 7 and 8: readings a differential run (the parser before round 7
against main, on every sentence of the real articles) and probes of the new rules showed
wrong. Each test failed before its fix.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Refusal, interpret_deadline, parse_deadline
from tests.core.test_deadline_kinds import due_of, refusal_of, utc

# -- "afternoon" is not "noon": a day's afternoon falls due at 18:00 ---------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will reply by Tuesday afternoon.", "2025-08-19 18:00:00"),
        ("The report will be sent on Tuesday afternoon.", "2025-08-19 18:00:00"),
        ("We will meet tomorrow afternoon.", "2025-08-19 18:00:00"),
        ("The vote is on Wednesday afternoon.", "2025-08-20 18:00:00"),
    ],
)
def test_a_days_afternoon_falls_due_at_its_end_not_at_noon(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("by Tuesday noon", "2025-08-19 12:00:00"),
        ("by 12 noon on Tuesday", "2025-08-19 12:00:00"),
        ("by midday on Tuesday", "2025-08-19 12:00:00"),
        ("by Tuesday morning", "2025-08-19 12:00:00"),
        ("this afternoon", "2025-08-18 18:00:00"),
    ],
)
def test_noon_and_the_other_parts_of_the_day_are_unchanged(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a part of the day joined to its day is not "already gone today" -------------------------


def test_a_weekdays_morning_before_a_past_clause_keeps_its_day_part() -> None:
    # Real (White House readout, said on a Sunday evening): round 7's "a clock time already
    # gone today, its clause past" refused "morning" alone, and "Saturday" was then read as
    # the next Saturday's end of day, the part of the day dropped without a word.
    text = "Late Saturday morning, President Obama returned Indian Prime Minister Singh's call."
    reference = utc("2025-08-17 22:00:00")  # Sunday evening
    got = interpret_deadline(text, reference, "UTC")
    # The day part is kept with its day, as before round 7; since round 28a the sentence
    # is also read as past (the verb governing the fronted time, "returned", tells of an
    # act done), so the whole phrase is refused, not the day alone.
    assert isinstance(got, Refusal) and got.kind == "past" and got.words == "Saturday morning"


def test_a_clock_time_already_gone_today_before_a_past_clause_is_still_past() -> None:
    assert refusal_of("At 6.26 a.m., the hatch closed between the two craft.") == "past"


# -- "the week of <day>" is read through its clause like any date ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was held in the week of June 12.",
        "The talks took place the week of June 9.",
        "The schedule for the week of June 9 was published.",
    ],
)
def test_the_week_of_a_past_day_is_past_not_next_year(text: str) -> None:
    # Round 8 returned the week's end before the clause was read: a past sentence's
    # year-less day (refused as past before) became a date ten months ahead.
    assert due_of(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will meet in the week of June 12.", "2026-06-14 23:59:59"),
        ("The schedule for the week of 8 September 2025 is below.", "2025-09-14 23:59:59"),
        ("The vote will be in the week commencing 8 September.", "2025-09-14 23:59:59"),
    ],
)
def test_the_week_of_a_day_ahead_still_falls_due_on_its_sunday(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a greeting names no time --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Good afternoon, everyone. The report will be published next week.",
            "2025-08-31 23:59:59",
        ),
        ("Good morning. We will publish it tomorrow.", "2025-08-19 23:59:59"),
        ("Good evening. The vote is on Wednesday.", "2025-08-20 23:59:59"),
    ],
)
def test_a_greeting_is_no_time_of_the_day(text: str, due: str) -> None:
    """A briefing opens "Good afternoon": that was read as this afternoon, and beat the
    deadline the sentence after it gives."""
    assert due_of(text) == utc(due)


def test_a_greeting_alone_is_no_deadline_and_this_afternoon_still_is() -> None:
    assert parse_deadline("Good afternoon.", utc("2025-08-18 10:00:00")) is None
    assert due_of("We will publish it this afternoon.") == utc("2025-08-18 18:00:00")
