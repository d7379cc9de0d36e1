"""Readings tuned at stop 61 (issue 12, tuner t1): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from tests.core.reading import due, due_in

# 1. Two seasons named as one stretch with the year written after the second ("the
# spring/summer of 2028", "the autumn and winter of 2027", "spring or summer 2028"): the
# year is the pair's. The scanner read the first season alone, in its next occurrence, and
# dropped the year with no warning (a silent misreading: "during the Spring/Summer of 2011",
# said in 2015, fell due at the end of May 2016); a slash joined no pair at all.


def test_a_year_after_two_seasons_dates_the_pair() -> None:
    assert due("We will offer the feed during the spring/summer of 2028.") == "2028-08-31 22:59"
    assert due("We will publish it in the spring and summer of 2028.") == "2028-08-31 22:59"
    assert due("The works will run through the autumn and winter of 2027.") == "2028-02-29 23:59"
    assert due("We will publish it in spring or summer 2028.") == "2028-08-31 22:59"


def test_a_year_after_two_seasons_said_late_keeps_that_year() -> None:
    # said in 2026, a pair of 2027 that starts with winter: the winter before the spring
    assert due("The trial will run over the winter/spring of 2027.") == "2027-05-31 22:59"


def test_two_seasons_with_no_year_keep_the_next_stretch() -> None:
    assert due("Through the winter and spring she will lead sessions.") == "2027-05-31 22:59"
    assert due("We will consult over the spring/summer.") == "2027-08-31 22:59"


def test_a_pair_of_seasons_in_a_year_gone_by_said_later() -> None:
    # the development case (fresh138), said in 2010 in New York: the end of August 2011
    text = "The NWS expects to offer an experimental feed during the Spring/Summer of 2011."
    assert due_in(text, "2010-11-15T10:00:00-05:00", "America/New_York") == "2011-09-01 03:59"


# 2. The first day of a series run within a period just named ("bookings open over several
# days this week, starting with Heaphy and Milford tracks today") is where the series
# begins, not its deadline: the period's end counts. The day had beaten the week as the
# more definite time, a wrong date with no warning (hedged_days.py).


def test_the_first_day_of_a_series_within_a_week_gives_way_to_the_week() -> None:
    text = "Bookings open over several days this week, starting with two tracks today."
    assert due(text) == "2026-12-06 23:59"
    text = "The sites will reopen next week, beginning with the museum on Monday."
    assert due(text) == "2026-12-13 23:59"


def test_a_day_within_a_week_with_no_series_still_counts() -> None:
    assert due("The sites will reopen next week, with the museum on Monday.") == "2026-12-07 23:59"


# 3. A vague word framed by a vague period right after it ("a decision as soon as possible in
# the new year") falls due with the period: the longer phrase had won the tie of two vague
# times, and the 60 days of "as soon as possible" ended before the new year had well begun
# (framed_soon.py), a wrong date with no warning.


def test_a_vague_word_framed_by_the_new_year_falls_due_with_it() -> None:
    text = "We plan to make a decision as soon as possible in the new year."
    assert due(text) == "2027-04-30 22:59"
    assert due("The report will follow shortly in the new year.") == "2027-04-30 22:59"


def test_a_vague_word_with_no_period_after_it_keeps_its_window() -> None:
    # 60 days from 2 December 2026
    assert due("We plan to make a decision as soon as possible.") == "2027-01-31 23:59"


# 4. A clock time with no day is the first such time AFTER the moment of speaking
# (CONVENTIONS 6.3): said at 10:00, "the meeting will begin at 10:00 a.m." is tomorrow's
# 10:00. The reader kept today's when the time was the moment itself, due as it was said.


def test_a_clock_time_at_the_moment_of_speaking_is_the_next_day() -> None:
    assert due("This meeting will begin at 10:00 a.m. and will be open to the public.") == (
        "2026-12-03 10:00"
    )
    assert due("Journalists must be at the centre by 10 a.m.") == "2026-12-03 10:00"


def test_a_clock_time_a_minute_after_the_moment_of_speaking_is_today() -> None:
    assert due("This meeting will begin at 10:01 a.m.") == "2026-12-02 10:01"
