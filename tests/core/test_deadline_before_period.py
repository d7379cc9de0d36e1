"""Issue 12, one reading of "before <period>": the period named is the first one too late, so
the pledge falls due at the end of the day before it starts, whatever the period is. "before
June" was already 31 May and "before 2027" 31 December 2026; seasons, quarters and halves
written out, the new year, the coming week, month or year and the parts of a period
("early summer", "the start of 2027") now read the same way, where before they fell due at
the period's end as "by <period>" does. "before the end of <period>" names the end itself and
stays there, and so does "before <period> is out" (or "is over", "ends"); "by", "until" and
"on or before" keep the whole period.

Said on Monday 20 April 2026 at 10:00 UTC (spring under way) on a UTC server unless a test
says otherwise.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Refusal, interpret_deadline
from tests.core.test_deadline_kinds import due_of, refusal_of, utc

SAID = utc("2026-04-20 10:00:00")


def _due(text: str, tz: str = "UTC") -> object:
    return due_of(text, tz, SAID)


# -- seasons: the day before the season starts (meteorological) -------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will have the certificate up and running before the summer.", "2026-05-31 23:59:59"),
        ("The bill will be published prior to the summer.", "2026-05-31 23:59:59"),
        ("before the summer", "2026-05-31 23:59:59"),
        ("before summer 2026", "2026-05-31 23:59:59"),
        ("The works will finish before the summer of 2027.", "2027-05-31 23:59:59"),
        ("before autumn 2026", "2026-08-31 23:59:59"),
        ("The review will report before the autumn.", "2026-08-31 23:59:59"),
        ("before the fall", "2026-08-31 23:59:59"),
        ("The shelters will open before the winter.", "2026-11-30 23:59:59"),
        ("before next spring", "2027-02-28 23:59:59"),
    ],
)
def test_before_a_season_is_due_the_day_before_it_starts(text: str, due: str) -> None:
    assert _due(text) == utc(due)


def test_before_the_summer_in_the_south_is_the_day_before_december() -> None:
    # Sydney keeps daylight saving time in January: its summer is December to February
    assert _due("The line will open before the summer.", "Australia/Sydney") == utc(
        "2026-11-30 12:59:59"
    )


def test_before_a_season_under_way_is_past_like_a_month_under_way() -> None:
    assert refusal_of("before April", "UTC", SAID) == "past"
    assert refusal_of("The plan will be ready before the spring.", "UTC", SAID) == "past"


# -- quarters and halves written out, the new year and the coming units ------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("before Q3", "2026-06-30 23:59:59"),
        ("The scheme will launch before the third quarter.", "2026-06-30 23:59:59"),
        ("before the third quarter of 2027", "2027-06-30 23:59:59"),
        ("The system will be live before the second half of the year.", "2026-06-30 23:59:59"),
        ("before H2 2026", "2026-06-30 23:59:59"),
        ("before the first half of 2027", "2026-12-31 23:59:59"),
        ("The rules will be laid before the new year.", "2026-12-31 23:59:59"),
        ("The decision will be taken before next year.", "2026-12-31 23:59:59"),
        ("before next month", "2026-04-30 23:59:59"),
        ("We will write to them before next week.", "2026-04-26 23:59:59"),
        ("I will send it before the weekend.", "2026-04-24 23:59:59"),
    ],
)
def test_before_any_other_period_is_due_the_day_before_it_starts(text: str, due: str) -> None:
    assert _due(text) == utc(due)


# -- a part of a period: the day before that part starts --------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("before early summer", "2026-05-31 23:59:59"),
        ("The roads will reopen before the start of the summer.", "2026-05-31 23:59:59"),
        ("before mid-summer", "2026-06-30 23:59:59"),
        ("before late summer", "2026-07-31 23:59:59"),
        ("The plant will close before the beginning of 2027.", "2026-12-31 23:59:59"),
    ],
)
def test_before_a_part_of_a_period_is_due_the_day_before_that_part(text: str, due: str) -> None:
    assert _due(text) == utc(due)


# -- what keeps its reading ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("before the end of the summer", "2026-08-31 23:59:59"),
        ("The report will be out before the end of the year.", "2026-12-31 23:59:59"),
        ("by the summer", "2026-08-31 23:59:59"),
        ("until the summer", "2026-08-31 23:59:59"),
        ("The work will be done on or before the summer.", "2026-08-31 23:59:59"),
        ("It will be done by the new year.", "2027-01-01 23:59:59"),
        ("by next week", "2026-05-03 23:59:59"),
        ("I expect to give a full response before this week is out.", "2026-04-26 23:59:59"),
        ("The works will be finished before the summer is over.", "2026-08-31 23:59:59"),
        ("We will legislate before the year ends.", "2026-12-31 23:59:59"),
    ],
)
def test_the_end_of_a_period_and_other_deadline_words_keep_the_whole_period(
    text: str, due: str
) -> None:
    assert _due(text) == utc(due)


def test_before_the_summer_recess_is_still_an_undated_event() -> None:
    assert _due("I will announce my decision before the summer recess.") is None


def test_not_before_the_summer_still_gives_only_the_earliest_date() -> None:
    got = interpret_deadline("The bridge will not reopen before the summer.", SAID, "UTC")
    assert isinstance(got, Refusal) and got.kind == "earliest"
    assert got.earliest == utc("2026-06-01 00:00:00")


# -- one day is a period too (stop 37): the day before it --------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The bill will pass before Christmas Day.", "2026-12-24 23:59:59"),
        ("The report will be published before Easter.", "2027-03-27 23:59:59"),
        ("We will decide before Friday.", "2026-04-23 23:59:59"),
        ("Applicants must notify us before 8 October.", "2026-10-07 23:59:59"),
        ("An Executive is to be formed before the 29 June deadline.", "2026-06-28 23:59:59"),
    ],
)
def test_before_a_day_is_the_day_before_it(text: str, due: str) -> None:
    assert _due(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The work will be done on or before 8 October.", "2026-10-08 23:59:59"),
        ("We will decide by Christmas Day.", "2026-12-25 23:59:59"),
        ("We will decide before 5 p.m. on Friday.", "2026-04-24 17:00:00"),
        ("Less than 10 days remain before the 1 May deadline to sign up.", "2026-05-01 23:59:59"),
    ],
)
def test_a_day_keeps_its_end_on_or_by_it_at_a_time_or_counted_down_to(text: str, due: str) -> None:
    assert _due(text) == utc(due)
