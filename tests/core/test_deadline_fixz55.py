"""Issue 12, stop 55, fixz55: silent misreadings of clock ranges, zones and brackets. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test gives
another moment."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due, read, refusal

# -- a clock range set off from its day ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The meeting is on Friday, 2-4 p.m.",
        "The meeting is on Friday (2 to 4 p.m.)",
        "The meeting is on Friday (2-4 p.m.)",
        "The hearing is Friday, from 2 to 4 p.m.",
    ],
)
def test_a_clock_range_after_a_comma_or_bracket_keeps_its_later_end(text: str) -> None:
    # read apart, the day fell due at its end and the range was dropped with no warning
    assert due(text) == "2026-12-04 16:00"


def test_a_span_after_the_comma_is_no_clock_range() -> None:
    # "3 to 4 weeks" is no time of the day: Friday stays alone, at its end
    assert due("The meeting is on Friday, 3 to 4 weeks later.") == "2026-12-04 23:59"


# -- a US region alone in brackets after the day -------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Comments close at 5 p.m. on Friday (Eastern).", "2026-12-04 22:00"),
        ("Comments close at 5 p.m. on Friday (Pacific).", "2026-12-05 01:00"),
        ("Comments close at 5 p.m. on Friday (Central).", "2026-12-04 23:00"),
        # as "(Eastern time)" already was
        ("Comments close at 5 p.m. on Friday (Eastern time).", "2026-12-04 22:00"),
    ],
)
def test_a_bracketed_us_region_after_the_day_is_the_times_zone(text: str, want: str) -> None:
    # read in London, 5 p.m. Eastern fell due five hours early with no warning
    assert due(text) == want


def test_a_us_region_word_outside_brackets_is_not_taken_for_a_zone() -> None:
    assert due("Comments close at 5 p.m. on Friday, central bankers expect.") == (
        "2026-12-04 17:00"
    )


# -- the words read, without a bracket they never opened -----------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The report is due on Friday (at 2 p.m. London).", "due on Friday … at 2 p.m. London"),
        ("The report is due on Friday [at 2 p.m. London]", "due on Friday … at 2 p.m. London"),
        # a bracket opened and closed within the words stays
        ("Comments close on Friday at 5 p.m. (Eastern).", "on Friday at 5 p.m. (Eastern)"),
    ],
)
def test_matched_words_drop_a_closing_bracket_they_never_opened(text: str, words: str) -> None:
    got = read(text)
    assert isinstance(got, Deadline), got
    assert got.matched == words


# -- relative words reported from a recent day ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In a letter on Tuesday, the department said that it would respond within two weeks.",
        "In a letter on Monday, the department said that it would respond within two weeks.",
        "The department wrote on 1 December, saying that it would respond within two weeks.",
    ],
)
def test_a_weekday_or_date_of_the_last_three_days_spares_relative_words(text: str) -> None:
    # the weekday was weighed at its reading ahead (next Tuesday), the date at next year's:
    # yesterday's letter was never spared, as "yesterday" was
    assert due(text) == "2026-12-16 23:59"


@pytest.mark.parametrize(
    "text",
    [
        "In a letter on Thursday, the department said that it would respond within two weeks.",
        "In a letter on Saturday, the department said that it would respond within two weeks.",
        "The department wrote on 20 November, saying that it would respond within two weeks.",
    ],
)
def test_an_older_reported_day_still_refuses_relative_words(text: str) -> None:
    assert refusal(text) == "past"


# -- a lone clock time before its day -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The vote, at 2 p.m., is on Friday.", "2026-12-04 14:00"),
        ("The vote (at 2 p.m. GMT) is on Friday.", "2026-12-04 14:00"),
        ("The 2 p.m. vote is on Friday.", "2026-12-04 14:00"),
        ("The vote at 2 p.m. is tomorrow.", "2026-12-03 14:00"),
    ],
)
def test_a_clock_time_just_before_its_day_goes_with_it(text: str, want: str) -> None:
    # read apart, the day fell due at its end and the time was dropped with no warning
    assert due(text) == want


def test_a_time_of_another_clause_stays_apart() -> None:
    assert due("We met at 2 p.m. and will vote on Friday.") == "2026-12-04 23:59"


def test_a_zones_town_alone_in_brackets_after_a_clock_time_is_its_zone() -> None:
    # as "(Tokyo time)" already was: 5 p.m. in Tokyo is 08:00 UTC
    assert due("Comments close at 5 p.m. on Friday (Tokyo).") == "2026-12-04 08:00"
    assert due("Comments close at 5 p.m. on Friday (New York).") == "2026-12-04 22:00"


def test_a_town_in_brackets_after_a_day_alone_may_be_a_place() -> None:
    assert due("Comments close on Friday (Tokyo).") == "2026-12-04 23:59"


# -- a two-letter US zone written with stops ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the time was dropped whole: the day fell due at its end in London
        ("Comments close at 5 p.m. E.T. on Friday.", "2026-12-04 22:00"),
        ("Comments close at 5 p.m. P.T. on Friday.", "2026-12-05 01:00"),
        # the zone was dropped: 5 p.m. London
        ("Comments close at 5 p.m. on Friday (E.T.).", "2026-12-04 22:00"),
        # as "E.S.T." already was
        ("Comments close at 5 p.m. E.S.T. on Friday.", "2026-12-04 22:00"),
    ],
)
def test_a_dotted_two_letter_us_zone_is_read(text: str, want: str) -> None:
    assert due(text) == want


# -- a clock time within a part of the day named earlier in its clause ----------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tomorrow morning we will meet at 10 a.m.", "2026-12-03 10:00"),
        ("On Friday afternoon we will meet at 2:30 p.m.", "2026-12-04 14:30"),
    ],
)
def test_a_clock_time_in_the_part_of_the_day_before_it_is_that_time(text: str, want: str) -> None:
    # the part's end (noon, 18:00) was read and the clock time dropped with no warning
    assert due(text) == want
