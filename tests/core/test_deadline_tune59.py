"""Readings fixed at stop 59 by the deadline tuner (issue 12): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tests.core.reading import LONDON, due, refusal

# 1. A month or a year after "<moved> by <size> to" is the new time (moved_by.py): the bare
# month or year was not read without a time word, so the size alone refused the sentence, or
# the old time, denied, refused it as negated.


def test_a_month_after_the_size_of_a_delay_is_the_new_time() -> None:
    assert due("It was delayed by a month to July.") == "2027-07-31 22:59"
    assert due("The vote, set for 12 April, was delayed by a month to June.") == "2027-06-30 22:59"
    assert due("It was delayed by a month, to July.") == "2027-07-31 22:59"


def test_a_year_after_the_size_of_a_move_is_the_new_time() -> None:
    assert due("The project was pushed back by a year to 2028.") == "2028-12-31 23:59"
    assert due("The ban was brought forward by two years to 2027.") == "2027-12-31 23:59"


def test_a_size_and_to_with_no_move_reads_no_month() -> None:
    assert refusal("Prices rose by a month to July.") == "event"


# 2. "<weekday> week" said on that weekday is a fortnight on (readers._read_weekday): the
# weekday itself was read as today, so "Monday week" said on a Monday fell a week short, on
# the day a speaker would call "a week today".


def test_a_weekday_week_said_on_that_weekday_is_a_fortnight_on() -> None:
    assert due("We shall adjourn until Wednesday week.") == "2026-12-16 23:59"
    assert due("The report will be ready on Friday week.") == "2026-12-11 23:59"


# 3. An hour word after "at" beside its day ("held at ten on Friday", "at eleven tomorrow",
# "on Friday at ten.") is that hour, as its digits are (hour_range.read_one): the word was
# left unread, so the day fell due at its end and the hour was dropped with no warning.


def test_an_hour_word_beside_its_day_is_that_hour() -> None:
    assert due("The meeting will be held at ten on Friday.") == "2026-12-04 10:00"
    assert due("The vote will be at eleven tomorrow.") == "2026-12-03 11:00"
    assert due("We meet on Friday at ten.") == "2026-12-04 10:00"
    assert due("The House will sit at two on Monday.") == "2026-12-07 14:00"


def test_an_hour_word_that_is_a_value_stays_unread() -> None:
    assert due("The rate will stay at ten on Friday.") == "2026-12-04 23:59"
    assert due("Turnout will be kept at ten on Friday.") == "2026-12-04 23:59"


# 4. "the coming year" said in the last month of a calendar or fiscal year is the year that
# starts next (coming_year.py): a business plan's "During the coming year we will ..." of 30
# March in London fell due on 30 March (a year from now), "this coming year" on 31 December.


def test_the_coming_year_said_as_a_fiscal_year_begins_is_that_year() -> None:
    said = datetime(2017, 3, 30, 10, 0, tzinfo=ZoneInfo(LONDON))
    assert due("During the coming year we will continue this trend.", said) == "2018-03-31 22:59"
    assert due("During this coming year, we will transform our systems.", said) == (
        "2018-03-31 22:59"
    )


def test_the_coming_year_said_in_december_is_the_next_calendar_year() -> None:
    assert due("In the coming year we will open three new clinics.") == "2027-12-31 23:59"


def test_the_coming_year_said_mid_year_stays_a_year_from_now() -> None:
    said = datetime(2017, 6, 10, 10, 0, tzinfo=ZoneInfo(LONDON))
    assert due("During the coming year we will continue this trend.", said) == "2018-06-10 22:59"


# 5. "may" before a past form is a name, not the modal (clauses.FUTURE): "Prime Minister
# Theresa May spoke with ... leaders today" was read as a clause with a future in it, so the
# day of a past act fell due that evening.


def test_may_before_a_past_form_is_a_name() -> None:
    assert refusal("Prime Minister Theresa May spoke with leaders today.") == "past"
    assert refusal("Mrs May visited Leeds today.") == "past"


def test_the_modal_may_keeps_its_time_ahead() -> None:
    assert due("The trial may proceed today.") == "2026-12-02 23:59"
    assert due("This may be decided today.") == "2026-12-02 23:59"


# 6. A range of years with no time word before it that names what its clause tells in the
# past ("2016 to 2017 has been challenging", "The ACMF 2014 to 2015 round 1 was open") is no
# time ahead (fiscal._named_then_past): it fell due at that financial year's end.


def test_a_range_of_years_named_in_a_past_clause_is_no_deadline() -> None:
    said = datetime(2017, 3, 30, 10, 0, tzinfo=ZoneInfo(LONDON))
    assert refusal("2016 to 2017 has been challenging for the agency.", said) is None
    assert refusal("The ACMF 2016 to 2017 round 1 was open to academies.", said) is None


def test_a_range_of_years_ahead_or_after_a_time_word_keeps_its_end() -> None:
    said = datetime(2017, 3, 30, 10, 0, tzinfo=ZoneInfo(LONDON))
    assert due("2017 to 2018 will be a year of change.", said) == "2018-03-31 22:59"
    assert due("We spent more in 2016 to 2017 than we will in 2017 to 2018.", said) == (
        "2018-03-31 22:59"
    )


# 7. "this <period>" after the rest of a place's name set off by a comma ("travelled to
# Skopje, North Macedonia this week") goes with the clause before the comma (now_told.py):
# the few words after it were taken for the period's whole clause, which held no verb, so the
# week of a past act fell due at its end.


def test_this_week_after_a_place_named_with_a_comma_is_past() -> None:
    text = "The minister travelled to Skopje, North Macedonia this week for the opening."
    assert refusal(text) == "past"
    assert refusal("The envoy traveled to Baltimore, MD this week to sign a deal.") == "past"


def test_this_week_in_a_clause_of_its_own_after_a_comma_stays_ahead() -> None:
    assert due("We met them last month, and this week we sign the deal.") == "2026-12-06 23:59"


# 8. A short bracket right after "this <period>" ("This week (26 May) the Minister attended
# ...") does not end the period's clause (now_told.past_aside): the verb after it was never
# read, so the week of a past act fell due at its end.


def test_this_week_with_its_day_in_brackets_reads_the_verb_after() -> None:
    text = "This week (30 November) the Minister attended a summit in Paris."
    assert refusal(text) == "past"
    assert due("This week (30 November) the Minister will attend a summit.") == "2026-12-06 23:59"


# 9. A vague word right after "could"/"might" whose verb of state comes after it ("could soon
# be threatened by flooding") is weighed, not undertaken (hypothetical.weighed): with nothing
# between the modal and the phrase, the verb was never looked at and the window fell due.


def test_a_vague_word_before_a_weighed_state_is_no_deadline() -> None:
    assert refusal("The bridge could soon be threatened by future flooding.") == "event"


def test_a_vague_word_before_an_act_keeps_its_window() -> None:
    assert due("The road could soon reopen.") == "2027-01-31 23:59"


# 10. "from (the) week commencing <day>" gives only a start (CONVENTIONS 3.2, as "from the
# week of" already did: told.from_week): "will formally write ... from week commencing 19
# March 2018" fell due at that week's Sunday.


def test_from_the_week_commencing_a_day_is_only_a_start() -> None:
    said = datetime(2018, 3, 1, 10, 0, tzinfo=ZoneInfo(LONDON))
    text = "We will write to each organisation from week commencing 19 March 2018."
    assert refusal(text, said) == "earliest"
    assert refusal("Links will be available from the week commencing 19 March.", said) == (
        "earliest"
    )


def test_in_the_week_commencing_a_day_keeps_its_sunday() -> None:
    said = datetime(2018, 3, 1, 10, 0, tzinfo=ZoneInfo(LONDON))
    assert due("Letters will be sent in the week commencing 19 March.", said) == (
        "2018-03-25 22:59"
    )
