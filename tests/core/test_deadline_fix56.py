"""Silent misreadings fixed at stop 56 (issue 12): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import due

# 1. The small hours after a night are the next calendar day (a night is named by the
# evening it begins, CONVENTIONS 6.4); they were read on the night's own day, hours before
# the words were said.


def test_tonight_at_one_in_the_morning_is_the_next_day() -> None:
    assert due("The vote will be held tonight at 1 a.m.") == "2026-12-03 01:00"
    assert due("The sale ends at 12:30 a.m. tonight.") == "2026-12-03 00:30"


def test_an_hour_of_the_night_in_words_is_the_small_hours() -> None:
    # "one o'clock tonight" had been 13:00 of the day of speaking
    assert due("The sale ends at one o'clock tonight.") == "2026-12-03 01:00"
    assert due("The sale ends at ten o'clock tonight.") == "2026-12-02 22:00"
    assert due("We will sit until 12 o'clock tonight.") == "2026-12-02 23:59"


def test_a_night_kept_until_the_morning_ends_that_morning() -> None:
    assert due("The road will be closed overnight until 6 a.m.") == "2026-12-03 06:00"
    assert due("Works run tonight until 6 a.m.") == "2026-12-03 06:00"


def test_a_night_named_first_takes_its_small_hours_later_in_the_clause() -> None:
    # read apart, the night's end was chosen and the clock time dropped
    assert due("Tonight the count will finish at 2 a.m.") == "2026-12-03 02:00"
    assert due("Tonight the shop opens at 11 p.m.") == "2026-12-02 23:00"


# 2. A zone named after a clock time in brackets without "Time", or after a dash, was
# dropped: the time was read on the server's clock.


def test_a_bracketed_standard_zone_without_time_is_the_zone() -> None:
    assert due("The briefing is at 5 p.m. (Eastern Standard) on Friday.") == "2026-12-04 22:00"
    assert due("The briefing is at 5 p.m. (Eastern Daylight) on Friday.") == "2026-12-04 21:00"
    assert due("The briefing is at 5 p.m. on Friday (Pacific Standard).") == "2026-12-05 01:00"


def test_a_zone_after_a_dash_is_the_zone() -> None:
    assert due("The deadline is 5 p.m. on Friday - Eastern time.") == "2026-12-04 22:00"
    assert due("The deadline is 5 p.m. on Friday — EST.") == "2026-12-04 22:00"


def test_a_dash_before_a_place_that_is_no_zone_leaves_the_time() -> None:
    assert due("The deadline is 5 p.m. on Friday - Central Station is the venue.") == (
        "2026-12-04 17:00"
    )


# 3. A range of bare hours before its day falls due at its later end (CONVENTIONS 6.1);
# both hours were dropped and the day fell due at its end.


def test_a_range_of_bare_hours_on_a_day_is_due_at_its_end() -> None:
    assert due("The office will be open from 9 to 5 on Friday.") == "2026-12-04 17:00"
    assert due("The office will be open between 9 and 5 on Friday.") == "2026-12-04 17:00"
    assert due("The office will be open from 9 a.m. to 5 on Friday.") == "2026-12-04 17:00"


def test_the_end_of_a_bare_hour_range_comes_after_its_start() -> None:
    assert due("Voting runs from 7 to 10 on Friday.") == "2026-12-04 22:00"
    assert due("The desk is staffed from 11 to 2 tomorrow.") == "2026-12-03 14:00"
    assert due("We meet from 8 to 11 tonight.") == "2026-12-02 23:00"


def test_bare_numbers_without_from_or_between_are_no_hours() -> None:
    assert due("The team will play 3-5 on Friday.") == "2026-12-04 23:59"


# 4. A fronted clock time and the day at its clause's end are one moment, with the clause's
# verb and object between them; the time was read as today's and the day dropped.


def test_a_fronted_time_takes_the_day_at_its_clause_end() -> None:
    assert due("By 5 p.m. the office shuts for the weekend on Friday.") == "2026-12-04 17:00"
    assert due("At noon the office shuts for the holidays on Friday.") == "2026-12-04 12:00"


def test_a_fronted_time_of_another_clause_keeps_apart() -> None:
    # the time is not the vote's, so the two are not joined (Friday 17:00); the time that
    # follows "By" is chosen over the other clause's day, as CONVENTIONS reads a deadline word
    assert due("By 5 p.m. the office shuts, and the vote is on Friday.") == "2026-12-02 17:00"


# 5. Variants found by writing more of the forms above.


def test_a_weekday_night_at_a_small_hour_is_the_next_morning() -> None:
    # "Friday night" and "2 a.m." merged into 2 a.m. of Friday itself
    assert due("The road will reopen on Friday night at 2 a.m.") == "2026-12-05 02:00"
    assert due("The road will reopen tomorrow night at 3 a.m.") == "2026-12-04 03:00"
    assert due("The road will reopen on Friday night at 11 p.m.") == "2026-12-04 23:00"


def test_a_day_of_the_month_in_words_beside_a_clock_time_is_read() -> None:
    # the day in words was dropped and the time read as today's
    assert due("The vote is on the fourth at 5 p.m.") == "2026-12-04 17:00"
    assert due("The vote is at 5 p.m. on the twenty-first.") == "2026-12-21 17:00"
    assert due("The vote is by the first at noon.") == "2027-01-01 12:00"


def test_the_fourth_of_something_else_is_no_day() -> None:
    assert due("The vote is on the fourth reading at 5 p.m.") == "2026-12-02 17:00"


def test_a_standard_zone_without_time_or_brackets_and_a_double_dash() -> None:
    assert due("The vote is at 5 p.m. Eastern Standard on Friday.") == "2026-12-04 22:00"
    assert due("The vote is at 5 p.m. on Friday, Eastern Standard.") == "2026-12-04 22:00"
    assert due("The vote is at 5 p.m. Friday -- Pacific time.") == "2026-12-05 01:00"
