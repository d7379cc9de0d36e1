"""Issue 12, stop 42, hunter h42b: the silent misreadings the hunter h42 left (its generator
crossed clock forms x zones x date forms x lead-ins against a zoneinfo oracle). Said on
Wednesday 2 December 2026 at 10:00, London time (GMT in February)."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a named zone's time or a zone in brackets after four digits: the clock had been
        # dropped for the day's end (London time)
        ("The report will be published at 1800 London time on 2027-02-01.", "2027-02-01 18:00"),
        (
            "The report will be published no later than 2359 Paris time 1 February.",
            "2027-02-01 22:59",
        ),
        ("The report will be published at 1800 (GMT) on 1 February.", "2027-02-01 18:00"),
        ("The report will be published by 1800 Tokyo time on 1 February.", "2027-02-01 09:00"),
        # a numeric date after four digits: the clock had been dropped
        ("The report will be published at 1800 on 1/2/2027.", "2027-02-01 18:00"),
        ("The report will be published until 0930 on 1.2.2027.", "2027-02-01 09:30"),
        ("The report will be published by 1715 on 2027-02-01.", "2027-02-01 17:15"),
        # "no later than" is a time word as "by" is
        ("The report will be published not later than 1800 on 2027-02-01.", "2027-02-01 18:00"),
        ("The report will be published no later than 1800 on 1 February.", "2027-02-01 18:00"),
    ],
)
def test_four_digits_before_a_named_zone_or_numeric_date_are_a_clock(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # years and amounts are unchanged
        ("1800 people will attend on 1 February.", "2027-02-01 23:59"),
        ("More than 1800 on 1 February will attend.", "2027-02-01 23:59"),
        ("The polls close at 1800 hours JST on 1 February.", "2027-02-01 09:00"),
        ("The report will be published by 1800 Eastern time.", "2026-12-02 23:00"),
    ],
)
def test_years_and_amounts_are_unchanged(text: str, when: str) -> None:
    assert due(text) == when


def test_a_year_is_no_clock() -> None:
    # not read as 18:00 (refusal fails on a deadline), and not a time at all
    assert refusal("The report will be published in 1800.") is None


def test_an_amount_on_a_numeric_date_is_no_clock() -> None:
    assert refusal("The fund was capped at 1500 on 1/4/2027.") == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # "18h", French style, after a word of a point in time: the hour alone, as "18h00" is
        # read (it had been dropped, or unread)
        ("The report will be published by 18h UTC on February 1.", "2027-02-01 18:00"),
        ("The report will be published at 18h.", "2026-12-02 18:00"),
        ("The report will be published at 9h.", "2026-12-03 09:00"),
        ("The report will be published by 18h CET.", "2026-12-02 17:00"),
        (
            "The report will be published no later than 18h Paris time, 1 February.",
            "2027-02-01 17:00",
        ),
        # unchanged: the minutes written out, and "18h" in another sense
        ("The report will be published at 18h00.", "2026-12-02 18:00"),
        ("Data from 18h runs will be released by Friday.", "2026-12-04 23:59"),
    ],
)
def test_an_hour_with_h_alone_is_a_clock(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text", ["We will reply within 18h.", "The report will be published at 25h."]
)
def test_hours_with_h_that_are_no_clock_stay_unread(text: str) -> None:
    assert refusal(text) is None
