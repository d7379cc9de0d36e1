"""Readings tuned at stop 66 (issue 12, tuner t): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.deadlines import Deadline, Refusal, interpret_deadline
from tests.core.reading import due, refusal

# 1. A weekend named by its holiday without the holiday's name ("over the bank holiday
# weekend", "by the long weekend") gave None with no refusal word: a named date dropped with
# nothing said. It is the next such weekend of the zone's country (holiday_weekends.py), due
# at the end of its holiday; a weekend named by anything else, or in a zone whose holidays we
# do not know, is refused ("event") instead of dropped.


def _in(zone: str, text: str, said: str = "2026-12-02T10:00") -> Deadline | Refusal | None:
    return interpret_deadline(
        text, datetime.fromisoformat(said).replace(tzinfo=ZoneInfo(zone)), zone
    )


def test_the_bank_holiday_weekend_is_the_next_one_of_the_zone() -> None:
    # London, 2 December 2026: Christmas and Boxing Day come first, a feast of a fixed date
    # whose days off we cannot say (review s66): refused; on 10 January 2027 the next bank
    # holiday weekend is Easter 2027 (Monday 29 March)
    assert refusal("We will finish the works over the bank holiday weekend.") == "event"
    january = datetime(2027, 1, 10, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    text = "We will finish the works over the bank holiday weekend."
    assert due(text, january) == "2027-03-29 22:59"
    assert due("I will write to him by the long weekend.", january) == "2027-03-29 22:59"
    # said in the summer: the August bank holiday, the last Monday of August
    summer = datetime(2026, 8, 3, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    assert due("The road will reopen before the bank holiday weekend.", summer) == (
        "2026-08-28 22:59"  # the Friday before it (CONVENTIONS 3.5)
    )
    assert due("The road will reopen over the bank holiday weekend.", summer) == "2026-08-31 22:59"


def test_a_long_weekend_in_ireland_and_the_united_states() -> None:
    got = _in(
        "Europe/Dublin", "I hope to commence at the bank holiday weekend.", "2011-10-12T09:00"
    )
    assert isinstance(got, Deadline)
    assert got.due.isoformat() == "2011-10-31T23:59:59+00:00"  # the October bank holiday
    got = _in(
        "America/New_York", "The repairs will be done by the holiday weekend.", "2026-11-02T09:00"
    )
    assert isinstance(got, Deadline)
    assert got.due.date().isoformat() == "2026-11-30"  # the Sunday after Thanksgiving (UTC)


def test_a_weekend_named_by_other_words_or_in_an_unknown_zone_is_refused() -> None:
    assert refusal("We will finish the works over the race weekend.") == "event"
    got = _in("Asia/Tokyo", "We will finish the works by the long weekend.")
    assert isinstance(got, Refusal) and got.kind == "event"
    # this week's end, and a weekend named by its holiday, read as before
    assert due("We will finish the works over the weekend.") == "2026-12-06 23:59"
    assert due("We will finish the works over the Memorial Day weekend.") == "2027-05-31 22:59"


# 2. A weekend named with its holiday ("over the Easter weekend", "before the Memorial Day
# weekend") was read as the holiday's day alone: "over the Easter weekend" fell due on Easter
# Sunday though the weekend runs to Easter Monday in England, and "before the Memorial Day
# weekend" on the Sunday inside it (silent misreadings). The weekend runs from its first day
# to the holiday's last day off; "before" it is the day before it starts (CONVENTIONS 3.5).


def test_the_weekend_of_a_named_holiday_runs_to_its_last_day() -> None:
    # London: Easter 2027 is Sunday 28 March, Good Friday 26 March, Easter Monday 29 March
    assert due("We will finish the works over the Easter weekend.") == "2027-03-29 22:59"
    assert due("We will finish the works before the Easter weekend.") == "2027-03-25 23:59"
    got = _in("America/New_York", "We will finish the works over the Easter weekend.")
    assert isinstance(got, Deadline)
    assert got.due.date().isoformat() == "2027-03-29"  # Sunday 23:59 in New York, in UTC
    assert due("The road will reopen before the Memorial Day weekend.") == "2027-05-28 22:59"
    assert due("The road will reopen by the Memorial Day weekend.") == "2027-05-31 22:59"
    assert due("The shops will be busy until the Thanksgiving weekend.") == "2027-11-28 23:59"
    # the holiday alone, and a feast of a fixed date, read as before
    assert due("We will finish the works before Easter.") == "2027-03-27 23:59"
    assert due("We will finish it by the St Patrick's Day weekend.") == "2027-03-17 23:59"
    assert due("We will finish the works by the Christmas weekend.") == "2026-12-25 23:59"
    assert refusal("We finished the works over the Easter weekend.") == "past"


# 3. "<period> and into <year>" ("measures for the remainder of 2022 and into 2023") runs to
# the end of the later year; "into" was no lead-in, so the year after it was not read and the
# earlier period came out alone (a silent misreading, fresh196).


def test_a_period_and_into_a_year_runs_to_the_later_year() -> None:
    text = "The budget sets out measures for the remainder of 2026 and into 2027."
    assert due(text) == "2027-12-31 23:59"
    assert due("The works will continue through the winter and into 2028.") == "2028-12-31 23:59"
    assert due("Spending will stay high this year and into 2027.") == "2027-12-31 23:59"
    assert refusal("The works ran through 2024 and into 2025.") == "past"
