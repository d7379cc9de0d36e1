"""Stop 37b of issue 12: readings listed as still wrong after stop 37. Said on Wednesday 2
December 2026 at 10:00, London time (tests/core/reading.py), unless a test says otherwise;
each shape is tried in sentences of its own."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline, Refusal, misread
from tests.core.reading import due, read, refusal

# -- a year-less dateline that fits neither the last week nor the next two days ---------------


@pytest.mark.parametrize(
    "text",
    [
        # said on 2 December: 20 June is half a year from either side, no day of writing
        "LONDON, 20 June - The ministry will publish the plan.",
        "LONDON, 20 June - The ministry published the plan.",
        "(Monday, 14 September) - The council will meet.",
        # five days ahead, and a year ago otherwise
        "LONDON, 7 December - The ministry will publish the plan.",
    ],
)
def test_a_yearless_dateline_far_from_the_words_is_ignored(text: str) -> None:
    assert read(text) is None


def test_the_words_after_a_far_yearless_dateline_count_from_now() -> None:
    got = read("LONDON, 20 June - The ministry will publish the plan by Friday.")
    assert isinstance(got, Deadline), got
    assert got.due.strftime("%Y-%m-%d") == "2026-12-04", got
    assert "(20 June) ignored" in got.reason


def test_a_yearless_dateline_of_the_last_week_stays_a_day_gone_by() -> None:
    """A guard (passing before the change too)."""
    assert refusal("LONDON, 28 November - The ministry will publish the plan.") == "past"


# -- a zone's city alone after a clock time ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # Friday 4 December, 9 a.m. in Tokyo (UTC+9)
        ("The vote is due by 9 a.m. Tokyo on Friday.", "2026-12-04 00:00"),
        ("Bids close at 5pm Paris.", "2026-12-02 16:00"),  # Paris is UTC+1 in December
        ("The call is at 3pm New York City tomorrow.", "2026-12-03 20:00"),
        ("The statement comes at 11:00 Sydney, officials said.", "2026-12-03 00:00"),
    ],
)
def test_a_zones_city_alone_after_a_clock_time_is_its_zone(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # more of a name follows: a place, not a zone (read in the server's zone, London)
        ("We meet at 5pm Paris Saint-Germain's ground.", "2026-12-02 17:00"),
        ("Crowds gather at 5pm Sydney Opera House steps.", "2026-12-02 17:00"),
        ("The walk starts at 5pm Tokyo Tower gates.", "2026-12-02 17:00"),
    ],
)
def test_a_city_going_on_as_a_name_is_a_place(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Results are due by 5pm Lagos.", "Lagos"),
        ("Entries close at 17:00 Mexico City on Friday.", "Mexico City"),
    ],
)
def test_an_unknown_place_after_a_clock_time_is_refused_naming_it(text: str, place: str) -> None:
    got = read(text)
    assert isinstance(got, Refusal) and got.kind == "zone", got
    assert got.words == place


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # guards (passing before the change too): a day, a feast, an agenda's item
        ("Bids close at 5pm Friday.", "2026-12-04 17:00"),
        ("The service starts at 8pm Christmas Eve.", "2026-12-24 20:00"),
        ("The bids close at 5pm Eastern Time.", "2026-12-02 22:00"),
    ],
)
def test_time_words_after_a_clock_time_are_no_place(text: str, when: str) -> None:
    assert due(text) == when


# -- what is shown is the member's own words, not the text with its look-alikes hidden ---------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the modal "may" is read as "can" (misread.py), "Christmas" before "party" hidden
        (
            "The committee meets on 17 December 2026, 9:30 a.m. this may slip to 3:00 p.m.",
            "on 17 December 2026, 9:30 a.m. this may slip to 3:00 p.m.",
        ),
        (
            "Staff party: 12 December 2026, 18.00 Christmas party - 21.00",
            "12 December 2026, 18.00 Christmas party - 21.00",
        ),
    ],
)
def test_the_words_shown_are_the_members_own(text: str, words: str) -> None:
    got = read(text)
    assert isinstance(got, Deadline), got
    assert got.matched == words


def test_the_words_a_refusal_and_its_reason_quote_are_the_members_own() -> None:
    hidden = misread.hide("by 0.01 this may change, not this may say")
    found = Refusal(kind="number", words="this can change", reason="in “this can say”, so")
    got = misread.own_words(found, hidden, "by 0.01 this may change, not this may say")
    assert (got.words, got.reason) == ("this may change", "in “this may say”, so")
