"""Issue 12, stop 65, post12 (f1): silent misreadings found in the misses of fresh194-198.
Said on Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a test
gives another moment."""

from __future__ import annotations

import time

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due, read

# -- "the beginning of the next year": a part of the named period, not a span of a year ------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We will have it ready by the end of the next year.", "2027-12-31 23:59"),
        ("We will have it ready by the close of the next year.", "2027-12-31 23:59"),
        # "the beginning of" reads as "early": January to April
        ("We will have a new system ready for the beginning of the next year.", "2027-04-30 22:59"),
        ("We will finish it by the end of the next month.", "2027-01-31 23:59"),
        ("We will finish it by the end of the coming year.", "2027-12-31 23:59"),
    ],
)
def test_part_of_the_next_period(text: str, want: str) -> None:
    # "the next year" after "the end of" had been read as twelve months from now
    # (2 December 2027), the part ignored
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "We will finish it within the next year.",
        "We will finish it in the course of the next year.",
        "We will finish it over the next year.",
    ],
)
def test_span_of_the_next_year_unchanged(text: str) -> None:
    assert due(text) == "2027-12-02 23:59"


# -- "On Friday morning, Dec. 5, a bureau chief informed us": a weekday and its time restated
# by a date gone by --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Friday morning, Nov. 27, a wire service bureau chief informed us that his outlet "
        "had released the data early.",
        "On Friday evening, 27 November, the committee met.",
        "On Friday at 10 a.m., November 27, the committee met.",
    ],
)
def test_weekday_and_time_restated_by_a_gone_date(text: str) -> None:
    # the weekday and its time were read apart from the date: next Friday (4 December),
    # with no warning
    assert not isinstance(read(text), Deadline)


def test_weekday_and_time_restated_by_its_own_date_unchanged() -> None:
    assert due("On Friday morning, December 4, the committee will meet.") == "2026-12-04 12:00"


def test_weekday_and_time_beside_a_date_to_come_keep_the_date() -> None:
    # 5 December 2026 is a Saturday: the date says which day (round 27e), not a year back
    assert due("On Friday morning, December 5, the committee will meet.") == "2026-12-05 23:59"


# -- "at the bank holiday weekend": a weekend named by the words before it is not this week's
# end ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I hope to commence at the bank holiday weekend.",
        "We will open the new road over the long weekend.",
        "The works will be finished on the holiday weekend.",
        "We will open it over the Jubilee weekend.",
    ],
)
def test_named_weekend_is_not_this_weeks_end(text: str) -> None:
    # "weekend" was read as "week end": Sunday 6 December, with no warning; since stop 66 a
    # bank holiday's weekend is the zone's next one (Easter Monday 2027 in London), and a
    # weekend named by other words is refused (test_deadline_tune12t_s66.py)
    got = read(text)
    assert not isinstance(got, Deadline) or got.due.date().isoformat() == "2027-03-29"


@pytest.mark.parametrize(
    "text",
    [
        "We will open it at the weekend.",
        "We will open it over the weekend.",
        "We will open it this weekend.",
        "We will open it by weekend.",
    ],
)
def test_this_weekend_unchanged(text: str) -> None:
    assert due(text) == "2026-12-06 23:59"


def test_weekend_paste_is_read_quickly() -> None:
    text = "the long weekend " * 6000  # about 100 kB of the rule's own words
    started = time.perf_counter()
    read(text)
    assert time.perf_counter() - started < 30


@pytest.mark.parametrize(
    "text",
    [
        "We will finish it over the upcoming weekend.",
        "The results will be published by the upcoming weekend.",
        "The road will be closed all weekend.",
    ],
)
def test_a_weekend_only_led_to_is_this_weeks_end(text: str) -> None:
    # the named weekend had refused "the upcoming weekend" (lead, stop 65)
    assert due(text) == "2026-12-06 23:59"
