"""Issue 12, stop 43, tuner 12b: rules for misses whose label wants a date. Said on
Wednesday 2 December 2026 at 10:00, London time, unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, read, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a forecast's line: the -ed word describes the weather, no act done
        ("Scattered showers on Sunday.", "2026-12-06 23:59"),
        ("Isolated thunderstorms on Friday afternoon.", "2026-12-04 18:00"),
        ("Localised heavy rainfall overnight and Sunday.", "2026-12-06 23:59"),
        # a schedule's line: "recorded votes" are votes to be recorded
        ("Recorded votes on Tuesday will be postponed until 6:30 p.m.", "2026-12-08 18:30"),
        ("Increased fares on Monday will apply to every route.", "2026-12-07 23:59"),
    ],
)
def test_an_opening_ed_word_before_a_noun_describes_it(text: str, when: str) -> None:
    """A sentence that opens with an -ed word right before its noun ("Scattered showers",
    "Recorded votes") has no subject for a past verb: the word describes the noun."""
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "Opened on Monday, the bridge carries 5,000 cars a day.",
        "Announced in the budget on 1 March, the scheme helps savers.",
        "Closed the office on Friday.",
        "The council approved the plan on Monday.",
        "Stocks fell sharply on Tuesday.",
    ],
)
def test_a_past_verb_or_participle_before_its_time_stays_past(text: str) -> None:
    assert refusal(text) == "past"


def test_the_illawarra_rainfall_falls_on_sunday() -> None:
    check_set_case("blind_fresh74", "Localised heavy rainfall about the Illawarra")


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # an order of business: the day's business is its occasion, as a sitting is
        ("Today's business shall be No. 10, the Planning Bill - Second Stage.", "2026-12-02 23:59"),
        ("Tomorrow's business shall be No. 4, the Finance Bill.", "2026-12-03 23:59"),
        ("Today's business will be taken in the following order.", "2026-12-02 23:59"),
    ],
)
def test_the_days_business_told_ahead_falls_due_that_day(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # a name of now, told in the present, and the day's papers: no deadline
        "There is no information on Bills in today's Business Bulletin.",
        "For full details of today's business, see Section A.",
        "Today's business papers are available online.",
    ],
)
def test_the_days_business_papers_and_its_names_are_no_deadline(text: str) -> None:
    found = read(text)
    assert found is None or not hasattr(found, "due"), found


def test_the_dail_order_of_business_falls_due_today() -> None:
    check_set_case("blind_fresh22", "Today's business shall be No. 10")
