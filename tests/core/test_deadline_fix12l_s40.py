"""Stop 40, fixer l (issue 12): words misread as verbs or missed as perfects by the verb
readers (narrative.py, governing.py). Sentences of our own making first (with guards that
must not change), then the sets' own cases. Said on Wednesday 2 December 2026 at 10:00,
London time."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import check_set_case, due, due_in, read_in, refusal

# -- a clock mark is never the verb "am" -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The station recorded a wind gust of 96 km/h at 03:22 am.",
        "The road closed at 9am on Monday.",
        "The road closed at 9 am on Monday.",
    ],
)
def test_a_clock_mark_tells_no_tense(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: "am" as a verb, and times ahead, read as before
        ("I am closing the road at 9 am on Friday.", "2026-12-04 09:00"),
        ("I am due to report at 9 am on Friday.", "2026-12-04 09:00"),
        ("Applications close at 9 am on Friday.", "2026-12-04 09:00"),
        ("The vote is at 10 am on Thursday.", "2026-12-03 10:00"),
        ("Entries are accepted until 11:59 pm on 30 December.", "2026-12-30 23:59"),
    ],
)
def test_clock_times_ahead_are_read_as_before(text: str, want: str) -> None:
    assert due(text) == want


def test_the_sets_clock_mark() -> None:
    check_set_case("blind_fresh74", "Perisher Valley recorded a wind gust")


# -- "'s been" is "has been", a perfect -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "There's been a significant shift in those numbers today.",
        "It's been a hard day today.",
        "Everything\u2019s been done today.",
        "It's just been a hard day today.",
        # guards: an adverb between, and the perfect written out, as before
        "I welcome the apology that's already been made today.",
        "There has been a significant shift in those numbers today.",
    ],
)
def test_a_perfect_with_today_is_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: a time moved or set ahead, and an "'s" that is "is", read as before
        ("It's been moved to Friday.", "2026-12-04 23:59"),
        ("The meeting's been set for 14 December.", "2026-12-14 23:59"),
        ("It's been agreed that the vote will be held on Friday.", "2026-12-04 23:59"),
        ("There's a meeting today at 3pm.", "2026-12-02 15:00"),
        ("It's due today at 5pm.", "2026-12-02 17:00"),
    ],
)
def test_times_ahead_after_s_been_are_read_as_before(text: str, want: str) -> None:
    assert due(text) == want


def test_the_sets_perfect() -> None:
    check_set_case("blind_fresh52", "There's been a significant shift in those numbers today")


# -- the stop of an initialism ("U.S.", "P.J.") ends no clause -----------------------------------


def test_an_initialism_does_not_cut_the_sentence() -> None:
    # the plan belongs to the call told as done, not to a sentence of its own after "P.J."
    text = (
        "The President spoke with Prime Minister Justin P.J. Trudeau to schedule a meeting"
        " in the coming weeks."
    )
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: a clock mark at a sentence's end, and an initialism inside, as before
        ("The office closed at 5 p.m. The report will be out on Friday.", "2026-12-04 23:59"),
        ("The road reopened at 6 a.m. Repairs will finish by Friday.", "2026-12-04 23:59"),
        ("Yesterday I asked the department to respond by 5 p.m. today.", "2026-12-02 17:00"),
        (
            "Leaders discussed Canada-U.S. relations and will meet again on Friday.",
            "2026-12-04 23:59",
        ),
    ],
)
def test_sentences_around_initialisms_are_read_as_before(text: str, want: str) -> None:
    assert due(text) == want


def test_the_sets_initialism() -> None:
    check_set_case("blind_fresh12", "During the day, the President had a telephone conversation")


# -- an order's aim: a date its weekday pins down, after an object of several words ------------

ORDERED_ON = "2013-08-01T10:00:00-04:00"  # a Thursday
NEW_YORK = "America/New_York"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry has instructed its embassies to remain closed or to suspend operations"
        " on Sunday, August 4.",
        "The ministry has instructed certain U.S. embassies and consulates to remain closed or"
        " to suspend operations on Sunday, August 4.",
    ],
)
def test_an_order_aims_at_a_day_ahead(text: str) -> None:
    assert due_in(text, ORDERED_ON, NEW_YORK) == "2013-08-05 03:59"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: a year gone, a weekday of a day gone, no order: as before
        (
            "The ministry instructed staff to leave on Sunday, August 4, 2012.",
            "past",
        ),
        ("The ministry instructed staff to leave on Monday, July 29.", None),
        ("The embassies remained closed on Sunday, July 28.", None),
    ],
)
def test_orders_and_days_gone_are_read_as_before(text: str, want: str | None) -> None:
    got = read_in(text, ORDERED_ON, NEW_YORK)
    assert not isinstance(got, Deadline), got
    assert (None if got is None else got.kind) == want


def test_the_sets_order() -> None:
    check_set_case("blind_fresh74", "“The Department of State has instructed certain U.S.")
