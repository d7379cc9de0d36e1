"""Issue 12: ways a day or a year was misread, found in the due dates of issue 13's
extraction misses (a White House travel notice, a launch schedule, a Commission agenda):
a day range followed by more words ("will travel April 10-14 to New Orleans") was refused
for its second number, a month stuck to its day ("Aug.12") was read as the whole month with
the day dropped, and an ordinal naming an event ("the 5th African Union Summit") was read as
the 5th of the month. Two more from the same source: a year after "throughout" or "across"
was silently dropped ("throughout 2027": no deadline, no refusal), and an editor's gloss in
square brackets ("will today [Monday 8 September] announce") was struck out as amended text and
refused. The sentences here are our own. Said on Wednesday 2 December 2026 at
10:00, London time."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Refusal
from tests.core.reading import due, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister will travel January 10-14 to Paris and Berlin.", "2027-01-14 23:59"),
        ("The delegation will visit February 3-5 for talks on trade.", "2027-02-05 23:59"),
        ("She travels to Rome December 8-9 and then to Madrid.", "2026-12-09 23:59"),
    ],
)
def test_a_day_range_followed_by_words_is_read(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The launch is now set for Jan.12.", "2027-01-12 23:59"),
        ("The launch is set for 2:15 p.m. GMT, Tuesday, Jan.12, 2027.", "2027-01-12 14:15"),
        ("Comments close on Feb.3.", "2027-02-03 23:59"),
    ],
)
def test_a_month_stuck_to_its_day_keeps_the_day(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The President will lead the delegation at the 5th African Union Summit.",
        "He will speak at the 12th annual conference of the party.",
        "The 3rd review meeting will consider the report.",
    ],
)
def test_an_ordinal_naming_an_event_is_no_day(text: str) -> None:
    assert read(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We will reply by the 15th at noon.", "2026-12-15 12:00"),
        ("Payment is due on the 20th.", "2026-12-20 23:59"),
        ("By the 18th we will have an answer.", "2026-12-18 23:59"),
    ],
)
def test_a_day_of_the_month_before_a_function_word_is_still_read(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund will pay for school meals throughout 2027.", "2027-12-31 23:59"),
        ("The pilot will run across 2027 in three regions.", "2027-12-31 23:59"),
    ],
)
def test_a_year_after_throughout_or_across_is_read_not_dropped(text: str, expected: str) -> None:
    assert due(text) == expected


def test_throughout_the_year_is_still_no_deadline() -> None:
    assert read("The calendar is updated as needed throughout the year.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an editor's gloss of the day word, in square brackets: the same day said again
        ("The minister will today [Wednesday 2 December] announce a plan.", "2026-12-02 23:59"),
        ("The minister will tomorrow [Thursday 3 December] open the centre.", "2026-12-03 23:59"),
        ("She will on Friday [4 December] publish the report.", "2026-12-04 23:59"),
    ],
)
def test_a_bracketed_gloss_of_a_day_word_is_read(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # four digits between "at"/"by" and a date, no time of day: refused, never dropped
        ("The report is due at 2500 on 10 December.", "due at 2500"),
        ("We will deliver by 2459 on 10 December.", "by 2459"),
        ("We will deliver by 2075 on 1 January.", "by 2075"),
    ],
)
def test_four_digits_that_are_no_time_beside_a_date_are_refused(text: str, words: str) -> None:
    got = read(text)
    assert isinstance(got, Refusal), got
    assert got.kind == "number" and got.words == words


def test_four_digits_that_are_a_time_beside_a_date_are_still_read() -> None:
    assert due("Doors open at 0930 on 4 January.") == "2027-01-04 09:30"
