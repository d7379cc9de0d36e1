"""Stop 59's review of the round: readings the round's rules got wrong, each proven on main
before the fix (deadlines said on Wednesday 2 December 2026, London; extraction the same day)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from bot.core.extract import extract_pledges
from tests.core.reading import due, read, refusal


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


def test_a_fallback_is_read_at_the_chosen_phrase_not_an_earlier_copy() -> None:
    # the re-reads found the phrase by its first occurrence: the earlier sentence's "the
    # 18th" hid the fallback that follows the chosen one
    text = "Rehearsal on the 18th went well. The show opens on the 18th, or as soon as possible."
    got = read(text)
    assert isinstance(got, Deadline) and got.vague, got
    text = "Tickets on the 18th sold out. We hope to open on the 18th but, if not, the week after."
    assert due(text) == "2026-12-27 23:59"


@pytest.mark.parametrize(
    ("size", "want"),
    [
        ("eleven days", "2026-12-26 23:59"),
        ("a year", "2027-12-15 23:59"),
        ("a fortnight", "2026-12-29 23:59"),
        ("100 days", "2027-03-25 23:59"),
        ("a further two weeks", "2026-12-29 23:59"),
    ],
)
def test_every_delay_size_moves_the_date(size: str, want: str) -> None:
    # only "one" to "ten" days, weeks or months were read: the old date stood, unwarned
    assert due(f"The launch has been delayed by {size} from the release date of 15 December.") == (
        want
    )


def test_a_cut_over_reads_the_whole_sentence() -> None:
    # the sentence was cut at the full stop of "e.g.", so "on or after" was not seen
    text = (
        "Applications sent before 31 January 2027 (e.g. by post) but submitted on or after that"
        " date will pay the new fees."
    )
    assert due(text) == "2027-01-31 23:59"


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


def test_a_person_broadcasting_is_no_broadcaster() -> None:
    # the channel's owner was taken for the speaker of any "broadcast ... on <X> TV"
    text = "The Prime Minister will broadcast on BBC Television tonight to set out the measures."
    assert _speakers(text) == ["the Prime Minister"]
    assert _speakers("Keir Starmer said his address will air live on BBC TV on Friday.") == [
        "Keir Starmer"
    ]
    assert _speakers("All briefings will air live on NASA TV and the agency website.") == ["NASA"]


def test_a_body_of_effect_stays_told() -> None:
    # the rule itself still holds for verbs of effect
    assert _speakers("The Taskforce will strengthen collaborative working.") == []
