"""Silent misreadings fixed at stop 57 (issue 12): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.deadlines import Refusal
from tests.core.reading import LONDON, due, read, refusal

# 1. The small hours of a night named after its day ("at 2 a.m. on Friday night") are the
# next morning, as with the night named first ("on Friday night at 2 a.m.", stop 56;
# CONVENTIONS 6.4): they were read on Friday itself, a day early.


def test_small_hours_before_a_named_night_are_the_next_morning() -> None:
    assert due("We will close at 2 a.m. on Friday night") == "2026-12-05 02:00"
    assert due("The road will close at 1:30 a.m. Friday night.") == "2026-12-05 01:30"
    assert due("The sale ends at 1 a.m. on Friday evening.") == "2026-12-05 01:00"


def test_a_part_of_the_day_after_its_day_keeps_other_times_on_that_day() -> None:
    assert due("We will close at 11 p.m. on Friday night") == "2026-12-04 23:00"
    assert due("We will close at 2 a.m. on Friday morning") == "2026-12-04 02:00"


# 3. A participle that is the state a present verb of wishing or seeing asks of its object
# ("We want to see the bridge reopened on 20 February") tells of no act done: the date was
# refused as "about the past" when said after it in the year.

JULY = datetime(2026, 7, 15, 10, 0, tzinfo=ZoneInfo(LONDON))


def test_a_wished_state_on_a_yearless_date_is_ahead() -> None:
    assert due("We want to see the bridge reopened on 20 February", JULY) == "2027-02-20 23:59"
    assert due("We want the bridge reopened on 20 February", JULY) == "2027-02-20 23:59"
    assert due("The council wants the report published on 20 February", JULY) == (
        "2027-02-20 23:59"
    )
    assert due("We want the bridge reopened in February", JULY) == "2027-02-28 23:59"


def test_a_wish_told_in_the_past_and_a_past_act_stay_past() -> None:
    assert refusal("We wanted the report published on 20 February", JULY) == "past"
    assert refusal("The bridge reopened on 20 February", JULY) == "past"
    assert refusal("We saw the bridge reopened on 20 February", JULY) == "past"


def test_a_past_refusal_names_the_words_read_as_the_past() -> None:
    # the reason had been a bare "that is about the past", shown to the member after the
    # whole sentence: which of its times was read as the past was not said
    got = read("We wanted the report published on 20 February, and it was late.", JULY)
    assert isinstance(got, Refusal) and got.kind == "past"
    assert got.reason == "“on 20 February” is about the past"


# 5. A zone between dashes after the clock time, then the day: only a zone after the whole
# reading was read, so the time fell in the server's zone.


def test_a_zone_between_dashes_before_the_day_is_the_times_zone() -> None:
    assert due("The deadline is 5 p.m. - Eastern time - on Friday.") == "2026-12-04 22:00"
    assert due("The deadline is 5 p.m. — EST — on Friday.") == "2026-12-04 22:00"
    assert due("The deadline is 5 p.m. -- GMT+2 -- on Friday.") == "2026-12-04 15:00"


def test_a_place_between_dashes_is_no_zone() -> None:
    assert due("The deadline is 5 p.m. - Central Station - on Friday.") == "2026-12-04 17:00"


# 4. A bare hour beside its day, after "at" ("at 9 on Friday", "at 10 on the 4th", "on Friday
# at 9."): the hour was dropped and the day fell due at its end. On a named day a bare hour
# takes its fixed reading: 1 to 7 are the afternoon (readers._bare).


def test_a_bare_hour_before_its_day_is_that_hour() -> None:
    assert due("We will meet at 9 on Friday.") == "2026-12-04 09:00"
    assert due("We will meet at 10 on the 4th.") == "2026-12-04 10:00"
    assert due("We will meet at 3 on Friday.") == "2026-12-04 15:00"
    assert due("We will meet at 9 on 4 December.") == "2026-12-04 09:00"
    assert due("We will meet at 9 tomorrow.") == "2026-12-03 09:00"


def test_a_bare_hour_after_its_day_at_a_clauses_end_is_that_hour() -> None:
    assert due("We will meet on Friday at 9.") == "2026-12-04 09:00"
    assert due("We will meet on the 4th at 10.") == "2026-12-04 10:00"


def test_a_number_that_is_a_value_stays_unread() -> None:
    assert due("The rate will stay at 9 on Friday.") == "2026-12-04 23:59"
    assert read("Shares closed at 9.") is None


# 6. A count until an event named with its year dates that event ("seven days to go until
# the 2011 Census"): "until the 2011" had been read as the end of 2011, the count dropped.

AUGUST_2011 = datetime(2011, 8, 2, 10, 0, tzinfo=ZoneInfo(LONDON))


def test_a_count_until_an_event_named_with_its_year_dates_it() -> None:
    text = "There is only seven days to go until the 2011 Census which will mark 100 years."
    assert due(text, AUGUST_2011) == "2011-08-09 22:59"
    assert due("There are seven days until the 2011 Census.", AUGUST_2011) == "2011-08-09 22:59"
    assert due("Only three weeks remain until the 2011 World Cup.", AUGUST_2011) == (
        "2011-08-23 22:59"
    )


def test_a_count_that_disagrees_with_the_year_reads_nothing_from_it() -> None:
    assert due("There are seven days to go until the 2012 Census.", AUGUST_2011) == (
        "2012-12-31 23:59"
    )
    assert refusal("There are 42 days left before the recess.") == "event"


# 7. Two acts in turn, each with its own subject and "will", the second in a later window
# ("a break in January – the first edition will be out late February"): the earlier,
# definite time had beaten the later window as "a definite time beats a vague one".


def test_a_later_act_after_a_dash_or_and_with_its_own_will_counts() -> None:
    said = datetime(2006, 12, 1, 10, 0, tzinfo=ZoneInfo(LONDON))
    text = "We will take a break in January – the first edition will be out late February."
    assert due(text, said) == "2007-02-28 23:59"
    text = "We will take a break in January, and the first edition will be out in late February."
    assert due(text, said) == "2007-02-28 23:59"


def test_one_act_told_twice_across_a_dash_keeps_its_definite_time() -> None:
    said = datetime(2006, 12, 1, 10, 0, tzinfo=ZoneInfo(LONDON))
    assert due("The report will be ready by 1 March – and soon after that.", said) == (
        "2007-03-01 23:59"
    )


# 8. Variants found by writing the forms above: a bare hour before "next/this <weekday>" was
# dropped, and one before a named part of its day takes that part's reading (read as 1 to 7
# the afternoon, "at 2 on Friday night" fell at 14:00 on Friday).


def test_a_bare_hour_before_next_or_this_weekday_is_that_hour() -> None:
    assert due("We will meet at 10 next Friday.") == "2026-12-11 10:00"
    assert due("We will meet at 10 this Friday.") == "2026-12-04 10:00"


def test_a_bare_hour_before_a_part_of_its_day_takes_the_parts_reading() -> None:
    assert due("We will close at 2 on Friday night.") == "2026-12-05 02:00"
    assert due("We will meet at 9 on Friday evening.") == "2026-12-04 21:00"
    assert due("We will meet at 9 on Friday morning.") == "2026-12-04 09:00"
    assert due("We will meet at 3 on Friday afternoon.") == "2026-12-04 15:00"
