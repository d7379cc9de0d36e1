"""Issue 12, stop 42, hunter h42: silent misreadings found by crossing the forms people write
for one instant (clock forms x zones x date forms x lead-ins) against an oracle computed
with zoneinfo. Said on Wednesday 2 December 2026 at 10:00, London time (GMT in February)."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the zone after "hours" was dropped: read as London time
        ("The report will be published at 18:00 hours JST on 1 February.", "2027-02-01 09:00"),
        ("The report will be published at 18.00 hours UTC-5, 2027-02-01.", "2027-02-01 23:00"),
        ("Bids must arrive by 18:00hrs CET.", "2026-12-02 17:00"),
        ("The line reopens until 00:30 hours UTC+2 on 1 February.", "2027-01-31 22:30"),
        ("The ceasefire holds until 24.00 hours CET on 31 December.", "2026-12-31 22:59"),
        # "than" is a word of a point in time too: not a span of eighteen hours
        ("Bids must arrive no later than 18.00 hours.", "2026-12-02 18:00"),
        # the time before a date was dropped: the day's end instead
        (
            "The report will be published no later than 18.00 hours on Mon 1 Feb.",
            "2027-02-01 18:00",
        ),
        (
            "The report will be published no later than 18.00 hours, February 1, 2027.",
            "2027-02-01 18:00",
        ),
        (
            "The report will be published by 18.00 hours London time on 1/2/2027.",
            "2027-02-01 18:00",
        ),
    ],
)
def test_a_clock_with_hours_keeps_its_zone_and_date(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("We will reply within 18.00 hours GMT.", "2026-12-03 04:00"),
        ("The results will come in 1.5 hours.", "2026-12-02 11:30"),
        ("The polls close at 1800 hours JST on 1 February.", "2027-02-01 09:00"),
    ],
)
def test_spans_and_four_digit_clocks_are_unchanged(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # "before <day> at <time>" is that instant, as "before <time> on <day>" is; the day
        # before had been taken and the time dropped (due a day and more too early)
        ("The report will be published before 1 February at 18:00.", "2027-02-01 18:00"),
        ("The report will be published before Friday at noon.", "2026-12-04 12:00"),
        ("Bids close before Monday, 1 February at 9.30 a.m. CET.", "2027-02-01 08:30"),
        ("Entries are due before 1st Feb, at 12.30 a.m. GMT.", "2027-02-01 00:30"),
        ("The report will be published before 18:00 on 1 February.", "2027-02-01 18:00"),
        # a day read whole is still the day before it
        ("The report will be published before Friday.", "2026-12-03 23:59"),
        ("The vote happens before Friday at the latest.", "2026-12-03 23:59"),
    ],
)
def test_before_a_day_at_a_time_is_that_instant(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # "not later than" is "no later than": a time before the date left the date's
        # clause with a "not" in it, refused as denied
        ("The report will be published not later than 6pm on 1 February.", "2027-02-01 18:00"),
        ("Bids must arrive not later than 1800 hours on 1/2/2027.", "2027-02-01 18:00"),
        ("Bids must arrive not later than midnight on 1 February.", "2027-02-01 23:59"),
    ],
)
def test_not_later_than_a_time_on_a_day_is_a_deadline(text: str, when: str) -> None:
    assert due(text) == when


def test_a_denied_day_stays_denied() -> None:
    assert refusal("The report will not be published on 1 February.") == "negated"
