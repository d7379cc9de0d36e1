"""Stop 59's review of the round: readings the round's rules got wrong, each proven on main
before the fix (deadlines said on Wednesday 2 December 2026, London; extraction the same day)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.deadlines import Deadline, interpret_deadline
from bot.core.extract import extract_pledges
from tests.core.reading import due, refusal


def test_any_event_hangs_a_vague_word_only_as_its_clause_subject() -> None:
    # "for any inconvenience caused" is no event the reopening waits for
    assert due("We apologise for any inconvenience caused and will reopen the road shortly.")
    assert due("Sorry for any delay caused, we will respond as soon as possible.")
    assert refusal("Any division demanded shall be taken immediately.") == "event"


def test_a_count_of_time_units_of_today_counts_from_today() -> None:
    assert due("Payment must be made within two weeks of today.") == "2026-12-16 23:59"
    assert due("Payment must be made within 48 hours of today.") == "2026-12-04 23:59"


def test_a_number_looked_at_is_no_hour() -> None:
    assert due("Inspectors will look at three on Monday and the other schools later.") == (
        "2026-12-07 23:59"
    )
    assert due("The meeting will be held at ten on Friday.") == "2026-12-04 10:00"


def test_the_coming_year_of_a_fiscal_year_ending_on_29_february() -> None:
    got = interpret_deadline(
        "We will build 500 homes this coming year.",
        datetime(2027, 2, 10, 12, tzinfo=UTC),
        "UTC",
        fiscal_year_end=(2, 29),
    )
    assert isinstance(got, Deadline), got
    assert got.due.date().isoformat() == "2028-02-29"


PUBLISHED = datetime(2026, 12, 2, 12, tzinfo=UTC)


def _speakers(text: str) -> list[str]:
    return [c.speaker for c in extract_pledges(text, PUBLISHED, "Europe/London")]


def test_a_body_paying_a_sum_or_ensuring_an_act_pledges() -> None:
    # undated, so the world-change rule is asked: these were dropped on main before the fix
    assert _speakers("The Council will support every family with a one-off payment of £200.") == [
        "the Council"
    ]
    assert _speakers("Leeds City Council will support every family with a £200 payment.") == [
        "Leeds City Council"
    ]
    assert _speakers("The Council will ensure every household receives a food waste bin.") == [
        "the Council"
    ]
    assert _speakers("The NHS will enable patients to book appointments online.") == ["the NHS"]


def test_a_body_of_effect_stays_told() -> None:
    # the rule itself still holds for verbs of effect
    assert _speakers("The Taskforce will strengthen collaborative working.") == []
