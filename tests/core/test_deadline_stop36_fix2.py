"""Stop 36 of issue 12, round D: an act reported ahead after a past verb of saying was
refused as past, and a feast's name describing a thing was read as the feast's day. Said
on Wednesday 2 December 2026 at 10:00, London time (tests/core/reading.py)."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a present after the saying, no "that" (governing.reported_ahead)
        ("The mayor said the roadworks finish on Friday.", "2026-12-04 23:59"),
        ("She said the consultation closes on 14 January.", "2027-01-14 23:59"),
        ("The board told staff the canteen reopens on 2 February.", "2027-02-02 23:59"),
        # "be due" after the saying, with and without "that"
        ("The council said tenders are due on 18 January.", "2027-01-18 23:59"),
        ("The agency said that the forms are due on 25 January.", "2027-01-25 23:59"),
        ("The trust told parents that the school opens on 6 January.", "2027-01-06 23:59"),
    ],
)
def test_an_act_reported_ahead_after_a_past_saying_is_due(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # a reported past stays past, as does a time on the saying itself
        "The mayor said the roadworks finished on Friday.",
        "She said the consultation closed on 14 January.",
        "The agency said that the forms were due on 25 January.",
        "The minister said on Monday that the fund opens.",
    ],
)
def test_a_reported_past_or_the_day_of_saying_stays_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    "text",
    [
        "Every nurse will receive a Christmas bonus.",
        "The town will put up its Christmas lights.",
        "Volunteers will run the Easter egg hunt.",
        "Shoppers will queue for the Boxing Day sales.",
        "The charity will deliver Christmas hampers to families.",
    ],
)
def test_a_feast_naming_a_thing_is_no_time(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the thing's own date counts, not the feast's
        ("Christmas tree collections will run until 16 January.", "2027-01-16 23:59"),
        ("Christmas card orders must be placed by 9 December.", "2026-12-09 23:59"),
        # the feast's day itself, and a period it names, are kept
        ("The repairs will be finished by Christmas.", "2026-12-25 23:59"),
        ("The review will report by Christmas Eve.", "2026-12-24 23:59"),
        ("We will publish the figures at Easter.", "2027-03-28 22:59"),
        ("The House will rise for the Christmas recess on 17 December.", "2026-12-17 23:59"),
    ],
)
def test_a_feast_naming_a_thing_leaves_other_times(text: str, when: str) -> None:
    assert due(text) == when


def test_a_feast_naming_a_thing_leaves_a_start_as_the_earliest() -> None:
    # was 25 December, chosen over the start (the shape of fresh56's permits)
    assert refusal("Christmas tree permits will be available beginning 14 December.") == (
        "earliest"
    )
