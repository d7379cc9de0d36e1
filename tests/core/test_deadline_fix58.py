"""Silent misreadings fixed at stop 58 (issue 12): each test failed before its fix.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.reading import LONDON, due, refusal

# 2. An event "held at <hour>" beside its day is held at that hour: "held" was taken for a
# value kept ("rates held at 5"), so the bare hour was dropped and the day fell due at its end.


def test_an_event_held_at_a_bare_hour_on_its_day_keeps_the_hour() -> None:
    assert due("The meeting will be held at 10 on Friday") == "2026-12-04 10:00"
    assert due("The hearing is held at 2 on Monday.") == "2026-12-07 14:00"


def test_a_quantity_held_at_a_value_is_no_hour() -> None:
    assert due("Interest rates will be held at 5 on Thursday") == "2026-12-03 23:59"
    assert due("The Bank will hold rates at 5 on Thursday") == "2026-12-03 23:59"
    assert due("Fares will be held at 3 until Friday") == "2026-12-04 23:59"


# 1. A release line's clock time after a weekday alone, or after a date with its year named
# ("Published on Thursday at 07:00", "on Tuesday 17 October 2023 at 9:30am") is the release's
# hour: only a weekday with a year-less date kept it, so the others fell due at the day's end.


def test_a_release_line_keeps_its_clock_time_after_a_weekday_alone() -> None:
    assert due("Published on Thursday at 07:00") == "2026-12-03 07:00"
    assert due("Figures released Thursday at 9:30am") == "2026-12-03 09:30"


def test_a_release_line_keeps_its_clock_time_after_a_date_with_its_year() -> None:
    said = datetime(2023, 10, 10, 10, 0, tzinfo=ZoneInfo(LONDON))  # a Tuesday
    assert due("Published on Tuesday 17 October 2023 at 9:30am", said) == "2023-10-17 08:30"
    text = "Figures released on Tuesday, October 17, 2023 at 9:30 a.m."
    assert due(text, said) == "2023-10-17 08:30"
    assert due("Published on Tuesday 17th October at 0700", said) == "2023-10-17 06:00"


def test_a_release_line_of_a_day_gone_stays_past() -> None:
    assert refusal("Published on Tuesday 17 October 2023 at 9:30am") == "past"
    assert refusal("It was published on Thursday at 07:00") == "past"


# 4. The act a body agreed to do, named by a time ahead by its own words ("tomorrow", "next
# week", "next Friday") or by the weekday of an act done again ("agreed to meet again on
# Friday"), is due then: the past verb of agreeing refused it as past.


def test_an_agreed_act_at_a_time_ahead_by_its_words_is_due_then() -> None:
    assert due("We agreed to meet again tomorrow") == "2026-12-03 23:59"
    assert due("We agreed to meet again next week") == "2026-12-13 23:59"
    assert due("They decided to publish the plan next Friday") == "2026-12-11 23:59"


def test_an_agreed_act_done_again_on_a_weekday_is_due_that_day() -> None:
    assert due("We agreed to meet again on Friday") == "2026-12-04 23:59"
    assert due("Ministers agreed last week to meet again on Monday.") == "2026-12-07 23:59"


def test_a_weekday_of_an_agreed_act_alone_or_given_up_stays_past() -> None:
    assert refusal("The unions agreed to call off the strike on Monday") == "past"
    assert refusal("They had agreed to meet again on Friday") == "past"


# 3. The time of an act a feeling tells as done ("We were proud to have the report published
# on 20 March", said in December; "pleased to have published the plan on Monday") is past:
# the date was rolled into next year and the weekday read as the coming one.


def test_a_feeling_about_an_act_done_makes_its_time_past() -> None:
    assert refusal("We were proud to have the report published on 20 March") == "past"
    assert refusal("We were proud to have the report published on Monday") == "past"
    assert refusal("We were proud to have published the report on Monday") == "past"
    assert refusal("I am very proud to have been chosen on Monday") == "past"
    assert refusal("The Minister was able to have the road reopened on Friday") == "past"


def test_a_wish_an_offer_or_a_later_clause_stays_ahead() -> None:
    assert due("We hope to have published the report by Friday") == "2026-12-04 23:59"
    assert due("We would be delighted to have it published on Monday") == "2026-12-07 23:59"
    assert due("I am happy to have it published on Monday") == "2026-12-07 23:59"
    text = "We were proud to have the report published, and will publish the next one on Friday"
    assert due(text) == "2026-12-04 23:59"


# 5. A count until a thing named with its year ("two days to go until the 2026 budget") dates
# it, whatever the thing: only a proper name or a listed event did, so the count was dropped
# and the year's end read.


def test_a_count_until_any_thing_named_with_its_year_dates_it() -> None:
    assert due("There are two days to go until the 2026 budget") == "2026-12-04 23:59"
    assert due("Only ten days remain until the 2026 pay award.") == "2026-12-12 23:59"


# 6. Japan names a fiscal year by the year it begins in ("fiscal 2017": April 2017 to March
# 2018). On a server in Japan's zone set to a 31 March year end, "by the end of fiscal 2017"
# fell due on 31 March 2017, a year early, and "fiscal 2016" said in December 2016 was past.

TOKYO = "Asia/Tokyo"
TOKYO_SAID = "2016-12-02T10:00:00+09:00"


def _due_jp(text: str, year_end: tuple[int, int] | None = (3, 31)) -> str:
    got = interpret_deadline(
        text, datetime.fromisoformat(TOKYO_SAID), TOKYO, fiscal_year_end=year_end
    )
    assert isinstance(got, Deadline), got
    return got.due.astimezone(ZoneInfo(TOKYO)).strftime("%Y-%m-%d")


def test_japans_fiscal_year_is_named_by_the_year_it_begins_in() -> None:
    assert _due_jp("The ministry will finish the review by the end of fiscal 2017") == (
        "2018-03-31"
    )
    assert _due_jp("The ministry will finish the review in FY2017") == "2018-03-31"
    assert _due_jp("The ministry will finish the review by the end of fiscal 2016") == (
        "2017-03-31"
    )


def test_japans_two_year_names_and_other_year_ends_keep_their_reading() -> None:
    assert _due_jp("The review will end in the 2016-17 financial year") == "2017-03-31"
    assert _due_jp("The review will end by the end of fiscal 2017", None) == "2017-12-31"
    assert due("We will finish by the end of fiscal 2027") == "2027-03-31 22:59"


# 9a. "the end of the first half of <fiscal year>" is that half's end: the fiscal year was
# dropped and "the end of the first half" read as the calendar year's (30 June 2027, where
# the first half of FY2027 on a 31 March year end ended on 30 September 2026).


def test_the_end_of_a_half_of_a_fiscal_year_is_that_half_s_end() -> None:
    assert refusal("We will finish by the end of the first half of fiscal 2027") == "past"
    assert due("We will finish by the end of the first half of FY2028") == "2027-09-30 22:59"
    assert due("We will finish by the end of the second half of FY2028") == "2028-03-31 22:59"
    assert due("We will finish in the first half of fiscal year 2028") == "2027-09-30 22:59"


# 7. A standard for a class of items ("answer questions") in another clause, with a verb of
# its own, makes no time of the first clause recurring: "We will publish the plan on Friday,
# and the minister will answer questions" was refused as a recurring service standard.


def test_a_class_standard_in_another_clause_leaves_the_time_one_off() -> None:
    text = "We will publish the plan on Friday, and the minister will answer questions"
    assert due(text) == "2026-12-04 23:59"
    text = "The minister will answer questions and we will publish the plan on Friday"
    assert due(text) == "2026-12-04 23:59"


def test_a_class_standard_over_its_own_span_stays_recurring() -> None:
    assert refusal("We aim to reply to all letters within 20 working days") == "recurring"
    text = "We aim to answer all questions, and most complaints, within 10 days"
    assert refusal(text) == "recurring"


# 9b. A class standard sets a limit for each item ("reply to letters within 14 days"), never a
# day or an hour: "The minister will answer questions on Friday" is one sitting, and was
# refused as a recurring service standard.


def test_answering_questions_on_a_named_day_is_one_occasion() -> None:
    assert due("The minister will answer questions on Friday") == "2026-12-04 23:59"
    text = "The minister will answer questions from MPs at 3 p.m. tomorrow"
    assert due(text) == "2026-12-03 15:00"


# 8. The speaker's own plan, bill or proposals under "would see" ("Our plan would see the line
# open within three years") is a pledge on its own terms, as "we would" is: it was refused as
# a length only weighed (hypothetical.py).


def test_the_speakers_own_plan_would_see_is_a_pledge() -> None:
    assert due("Our plan would see the line open within three years") == "2029-12-02 23:59"
    assert due("My bill would see the tax abolished within a year") == "2027-12-02 23:59"


def test_anothers_plan_would_see_stays_weighed() -> None:
    assert refusal("Their plan would see the line open within three years") == "event"
    assert refusal("Our opponents' plan would see the line open within three years") == "event"


# 9c. A bare hour after "<weekday> next" at a clause's end ("on Tuesday next at 10") is that
# day's hour: only a weekday right before "at" was taken, so the hour was dropped.


def test_a_bare_hour_after_weekday_next_is_kept() -> None:
    assert due("We will publish the plan on Tuesday next at 10") == "2026-12-08 10:00"
    assert due("The House will sit on Thursday next at 11.") == "2026-12-03 11:00"


# 9d. The clock time of an agreed act's day ("agreed to meet again on Friday at 2 p.m.") is
# the act's hour: the day was due (item 4) but the clock time was judged past and dropped.


def test_the_clock_time_of_an_agreed_acts_day_is_kept() -> None:
    text = "The committee agreed to meet again on Friday at 2 p.m."
    assert due(text) == "2026-12-04 14:00"
    assert due("We agreed to meet again tomorrow at 10am") == "2026-12-03 10:00"
    assert refusal("The unions agreed to call off the strike on Monday at 6 a.m.") == "past"
