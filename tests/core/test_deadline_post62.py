"""Issue 12, stop 62, post12 (f1): silent misreadings found in the misses of fresh179-183.
Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test
gives another moment."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import check_set_case, due, read

# -- a month before a compound of a count and a unit: "the October 30-year TIPS auction" -------


@pytest.mark.parametrize(
    "text",
    [
        "The October 30-year bond reopening auction will be held as usual.",
        "We will hold the March 10-year note auction.",
        "The June 5-day festival will return next summer.",
    ],
)
def test_month_before_count_unit_compound_is_no_date(text: str) -> None:
    # read as 30 October, 10 March, 5 June: a day the sentence never names
    got = read(text)
    named = ("10-30", "03-10", "06-05")
    assert not (isinstance(got, Deadline) and got.due.strftime("%m-%d") in named)


def test_month_compound_leaves_the_real_date() -> None:
    assert due("The August 10-year note auction will settle on 15 December.") == "2026-12-15 23:59"


def test_month_day_before_a_range_still_a_date() -> None:
    assert due("Comments are due by October 30 - the last day of the window.") == "2027-10-30 22:59"


def test_month_compound_in_a_list_of_auctions() -> None:
    # fresh183: "the September 10-year TIPS reopening auction, the October 30-year TIPS
    # reopening auction" had been read as 30 October
    text = (
        "The balance will be met with the September 10-year TIPS reopening auction, "
        "the October 30-year TIPS reopening auction, and the regular auctions."
    )
    assert read(text) is None


# -- an irregular past after a subject pronoun: "on 1 February we dealt with" ------------------


@pytest.mark.parametrize(
    "text",
    [
        "The House will recall that on 20 November we dealt with the third report.",
        "You will recollect that on 20 November they upheld the appeal.",
    ],
)
def test_gone_day_told_with_an_irregular_past_is_not_next_year(text: str) -> None:
    got = read(text)
    assert not (isinstance(got, Deadline) and got.due.year == 2027)


def test_gone_day_with_irregular_past_set_case() -> None:
    check_set_case("blind_fresh182", "The House will recall that on 1 February")


def test_day_ahead_with_a_future_still_read() -> None:
    assert due("On 20 December we will deal with the third report.") == "2026-12-20 23:59"


# -- a span heading its sentence, the sentence told in the perfect: how long, up to now ------


@pytest.mark.parametrize(
    "text",
    [
        "For over 100 years, Canadians and businesses have entrusted the agency with their data.",
        "In less than a week, close to 22 million people have already given us the information.",
        "For ten years, the charity has worked with local schools.",
    ],
)
def test_span_heading_a_perfect_is_no_deadline(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In less than a week, we will have finished the review.", "2026-12-09 23:59"),
        ("In two weeks, the council has promised to decide.", "2026-12-16 23:59"),
    ],
)
def test_span_heading_a_future_is_still_ahead(text: str, want: str) -> None:
    assert due(text) == want


# -- a zone's name spelled out: "at 1500 Coordinated Universal Time (UTC)" ---------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Effective March 3, 2027, at approximately 1500 Coordinated Universal Time (UTC), "
            "the service will discontinue the products.",
            "2027-03-03 15:00",
        ),
        ("Bids close at 5pm Greenwich Mean Time on 3 June.", "2027-06-03 17:00"),
        ("The burn is due by 1900 Universal Time on 3 June.", "2027-06-03 19:00"),
    ],
)
def test_spelled_out_universal_time_is_utc(text: str, want: str) -> None:
    # the time of day had been lost (the day's end) or read in the server's zone
    assert due(text) == want


def test_universal_alone_is_no_zone() -> None:
    assert due("Claims close at 5pm Universal Credit office on 3 June.") == "2027-06-03 16:00"


def test_universal_time_set_case() -> None:
    check_set_case("blind_fresh179", "Effective March 3, 2012")


# -- a feast wished to someone is a greeting: "we wish noble Lords a very good Easter" --------


def test_feast_wished_is_no_deadline() -> None:
    text = (
        "We wish noble Lords a very good Easter and we shall be prepared to do battle with "
        "them when they return."
    )
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Have a merry Christmas; the report is due by 5 January.", "2027-01-05 23:59"),
        ("The payments will arrive by Christmas, a happy Christmas for many.", "2026-12-25 23:59"),
        ("We will finish before Easter.", "2027-03-27 23:59"),
    ],
)
def test_greeting_leaves_other_times(text: str, want: str) -> None:
    assert due(text) == want


# -- a span restating a dated range: "for three years from 10 February 2023 to 9 February 2026"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "His second term will run for three years from 10 February 2027 to 9 February 2030.",
            "2030-02-09 23:59",
        ),
        (
            "The scheme will run for two years from 1 March 2027 until 28 February 2029.",
            "2029-02-28 23:59",
        ),
    ],
)
def test_span_before_a_dated_range_gives_the_range_end(text: str, want: str) -> None:
    # counted from the start, the span gave the day after the range's end
    assert due(text) == want


def test_span_from_a_day_alone_still_counts() -> None:
    assert due("The scheme will run for three years from 1 March 2027.") == "2030-03-01 23:59"


def test_span_before_a_dated_range_set_case() -> None:
    check_set_case("blind_fresh182", "His second term will run")


# -- a record's span is how long the record took: "a record number of visits ... in one day" --


@pytest.mark.parametrize(
    "text",
    [
        "The Home Office has conducted a record number of visits targeting illegal working in "
        "one day, as part of a nationwide operation.",
        "A record-breaking 5,000 people applied in just one week.",
    ],
)
def test_record_span_is_no_deadline(text: str) -> None:
    assert not isinstance(read(text), Deadline)


def test_record_ahead_keeps_its_span() -> None:
    assert due("We will try to set a record in two weeks.") == "2026-12-16 23:59"
