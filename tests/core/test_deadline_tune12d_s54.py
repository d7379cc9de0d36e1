"""Issue 12, stop 54, tuner d: parliamentary business statements (development misses).

Two shapes read as a wrong date with no warning:
- "The provisional business for the following week will include:" (a Commons business
  statement, after next week's business) is the week after next, not a week counted from the
  Thursday of the statement.
- Two proposals given in turn ("that we take No. 1 only today and that we take Report Stage
  next week"): the later counts (CONVENTIONS 6.2), not the day that outranked the period.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline, parse_deadline

# Thursday 8 January 2026, 10:00 in London (GMT): next week is 12-18 January, the week after
# it 19-25 January.
_THURSDAY = datetime(2026, 1, 8, 10, 0, tzinfo=UTC)
# Wednesday 4 March 2026, 10:00 in Dublin (GMT): next week ends on Sunday 15 March.
_WEDNESDAY = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The provisional business for the following week will include:",
        "The business for the following week will be as follows:",
        "The provisional business for the following week includes the remaining stages of the"
        " Planning Bill.",
    ],
)
def test_following_week_of_a_business_statement_is_the_week_after_next(text: str) -> None:
    found = parse_deadline(text, _THURSDAY, "Europe/London")
    assert isinstance(found, Deadline)
    assert found.due == datetime(2026, 1, 25, 23, 59, 59, tzinfo=UTC)
    assert found.matched == "the following week"


def test_following_week_outside_a_business_statement_keeps_its_reading() -> None:
    found = parse_deadline(
        "The report will be published the following week.", _THURSDAY, "Europe/London"
    )
    assert found is None or "business statement" not in found.reason


@pytest.mark.parametrize(
    "text",
    [
        "I propose that we take No. 1 only today and that we take Report and Final Stages next"
        " week along with the Referendum Bill.",
        "It is proposed that we take No. 4 today and that we take the remaining Stages next week.",
        "I suggest that we deal with the motion today and that the Committee Stage be taken"
        " next week.",
    ],
)
def test_of_two_proposals_given_in_turn_the_later_counts(text: str) -> None:
    found = parse_deadline(text, _WEDNESDAY, "Europe/Dublin")
    assert isinstance(found, Deadline)
    assert found.due == datetime(2026, 3, 15, 23, 59, 59, tzinfo=UTC)


def test_the_later_proposal_first_stays() -> None:
    found = parse_deadline(
        "I propose that we take No. 4 next week and that we take the motion today.",
        _WEDNESDAY,
        "Europe/Dublin",
    )
    assert isinstance(found, Deadline)
    assert found.due == datetime(2026, 3, 15, 23, 59, 59, tzinfo=UTC)


def test_two_proposals_of_one_day_keep_the_hour() -> None:
    found = parse_deadline(
        "It is proposed that the Dáil sit later today and that business be interrupted at 9 p.m.",
        _WEDNESDAY,
        "Europe/Dublin",
    )
    assert isinstance(found, Deadline)
    assert found.due == datetime(2026, 3, 4, 21, 0, tzinfo=UTC)


# Thursday 14 March 2024, 10:00 in London: Easter Sunday is 31 March, the week after it
# 1-7 April (BST from 31 March); a week after tomorrow is Friday 22 March.
_MARCH = datetime(2024, 3, 14, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "We will take the remaining stages in the week after Easter.",
        "The Second Reading will be taken during the week after Easter.",
    ],
)
def test_the_week_after_a_feast_is_the_week_that_follows_it(text: str) -> None:
    found = parse_deadline(text, _MARCH, "Europe/London")
    assert isinstance(found, Deadline)
    assert found.due == datetime(2024, 4, 7, 22, 59, 59, tzinfo=UTC)
    assert found.matched.endswith("week after Easter")


@pytest.mark.parametrize(
    "text",
    ["The vote will be held tomorrow week.", "The debate will be resumed to-morrow week."],
)
def test_tomorrow_week_is_a_week_after_tomorrow(text: str) -> None:
    found = parse_deadline(text, _MARCH, "Europe/London")
    assert isinstance(found, Deadline)
    assert found.due == datetime(2024, 3, 22, 23, 59, 59, tzinfo=UTC)


def test_tomorrow_before_week_after_week_stays_tomorrow() -> None:
    found = parse_deadline("We meet tomorrow, week after week.", _MARCH, "Europe/London")
    assert isinstance(found, Deadline)
    assert found.due == datetime(2024, 3, 15, 23, 59, 59, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The remaining stages will be taken on the first Tuesday after the recess.",
        "The vote will be held on the second Wednesday after the summer recess.",
    ],
)
def test_a_weekday_after_an_undated_event_is_refused(text: str) -> None:
    found = interpret_deadline(text, _MARCH, "Europe/London")
    assert isinstance(found, Refusal)
    assert found.kind == "event"


def test_the_first_weekday_after_a_feast_counts_from_it() -> None:
    found = parse_deadline(
        "The Bill will be taken on the first Monday after Easter.", _MARCH, "Europe/London"
    )
    assert isinstance(found, Deadline)
    assert found.due == datetime(2024, 4, 1, 22, 59, 59, tzinfo=UTC)
