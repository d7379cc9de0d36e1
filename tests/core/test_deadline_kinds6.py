"""Issue 12, round 7: a gate on the clause that holds a time phrase, by what the clause
does rather than by the phrase's own words. It refuses to predict, calls the dated event
off, grants an allowance that starts again for each item, gives only the first possible
moment, or reports the past; a span counts from an event as a whole. Each rule was pinned
here before its fix, with real phrasings of the kind (sixth and seventh fresh sets: a wire
quote, a NASA release, parliamentary briefings, a Lords question, a Dáil order of business)
rewritten onto the reference day, and with the readings the rule must leave alone.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import parse_deadline
from tests.core.test_deadline_kinds import REF, due_of, refusal_of, utc

# -- a refusal to predict covers every time its sentence names -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I am not going to predict that it is over today or tomorrow but certainly I think we"
        " are getting to the end.",
        "I'm not going to speculate on whether the deal is signed by Friday.",
        "We cannot say when the report will be ready, perhaps next week.",
    ],
)
def test_a_refusal_to_predict_is_no_deadline(text: str) -> None:
    assert refusal_of(text) == "negated"


def test_a_prediction_made_is_a_deadline() -> None:
    assert due_of("I predict the deal will be signed by Friday.") == utc("2025-08-22 23:59:59")


# -- the date of an event called off names the event ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NASA and SpaceX are postponing the Thursday, Aug. 21 undocking of a Dragon cargo"
        " spacecraft due to unfavorable weather.",
        "The organisers have cancelled the 25 August meeting.",
    ],
)
def test_the_date_of_an_event_called_off_is_no_deadline(text: str) -> None:
    assert refusal_of(text) == "negated"


def test_an_event_put_off_to_a_date_is_due_then() -> None:
    assert due_of("The vote has been postponed to Thursday 21 August.") == utc(
        "2025-08-21 23:59:59"
    )


# -- an allowance that starts again for each item is a standing limit --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "For all other questions we have five working days to respond to the MP, therefore"
        " deadlines are tight.",
        "We have 10 days to respond to peers' questions, but all answers must first be cleared"
        " by a Minister.",
    ],
)
def test_a_standing_allowance_is_recurring(text: str) -> None:
    assert refusal_of(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("They now have two months to reply to the Commission.", "2025-10-18 23:59:59"),
        (
            "Member States now have two months to reply to the letters of formal notice.",
            "2025-10-18 23:59:59",
        ),
        ("He has 30 days to appeal.", "2025-09-17 23:59:59"),
    ],
)
def test_time_given_once_from_now_is_a_deadline(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- "as early as <date>": the first possible moment --------------------------------------------


def test_as_early_as_a_month_gives_only_the_earliest() -> None:
    text = "A Minister said that legislation would be taken in the House as early as February."
    assert refusal_of(text) == "earliest"


def test_as_early_as_possible_stays_a_vague_deadline() -> None:
    assert due_of("We will publish it as early as possible.") is not None


# -- a year-less day already gone, beside a past form or a paper: the past -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "To ask Her Majesty's Government, further to the Written Answer by Lord McNally on 11"
        " May (WA 213), whether stannary law can still be used in appropriate courts.",
        "Hurley and Behnken arrived at the station in the Crew Dragon July 31 following a"
        " launch from Florida on July 30.",
    ],
)
def test_a_day_gone_beside_a_past_form_is_not_next_year(text: str) -> None:
    assert refusal_of(text) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The Winter Paralympic Games begin on 6 March.", "2026-03-06 23:59:59"),
        ("The sale is held on 1 June.", "2026-06-01 23:59:59"),
    ],
)
def test_a_day_gone_in_a_present_sentence_is_next_year(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a clock time already gone, its clause in the past --------------------------------------------


def test_a_clock_time_gone_before_a_past_clause_is_the_past() -> None:
    text = "At 6:26 a.m., the hatch closed between the Crew Dragon and the space station."
    assert refusal_of(text) == "past"


def test_a_clock_time_gone_before_a_future_clause_is_tomorrow() -> None:
    assert due_of("At 6:26 a.m. the hatch will close.") == utc("2025-08-19 06:26:00")


# -- the current period of a past report ----------------------------------------------------------


def test_this_week_of_a_past_report_gives_way_to_next_week() -> None:
    text = (
        "This week, the Senate followed the lead of the House by giving me that authority,"
        " which I will sign into law next week."
    )
    assert due_of(text) == utc("2025-08-31 23:59:59")


def test_this_year_of_a_past_report_is_no_deadline() -> None:
    text = (
        "Minister Kyne confirmed that during the January – July term of this year the Dáil"
        " passed 34 bills."
    )
    assert due_of(text) is None


def test_this_year_of_a_future_clause_stays() -> None:
    text = "There will be €70 million spent this year as opposed to €45 million last year."
    assert due_of(text) == utc("2025-12-31 23:59:59")


# -- months that come round each year ------------------------------------------------------------


def test_months_of_a_yearly_process_are_recurring() -> None:
    text = (
        "The Business Planning process takes place annually between December and March each year."
    )
    assert refusal_of(text) == "recurring"


def test_months_of_one_process_are_a_deadline() -> None:
    text = "The review will take place between December and March."
    assert due_of(text) == utc("2026-03-31 23:59:59")


# -- a span counted from an event in its second part ----------------------------------------------


def test_a_compound_span_from_an_event_is_refused_whole() -> None:
    text = "The motion shall be taken within 2 hours and 30 minutes of the debate."
    assert refusal_of(text) == "event"


def test_a_compound_span_from_now_is_a_deadline() -> None:
    assert due_of("The motion shall be taken within 2 hours and 30 minutes.") == utc(
        "2025-08-18 12:30:00"
    )


# -- a guillotine's condition reports nothing past ----------------------------------------------


def test_an_adjournment_today_if_not_previously_concluded_is_due() -> None:
    text = (
        "No. 13, Legal Practitioners Bill 2007 — Order for Report, Report and Final Stages — to"
        " adjourn at 1 p.m. today, if not previously concluded"
    )
    assert due_of(text, "Europe/Dublin") == utc("2025-08-18 12:00:00")


# -- an aside in brackets is no standing standard ------------------------------------------------


def test_each_inside_brackets_leaves_the_sentence_its_time() -> None:
    text = (
        "Phase 1 has been completed, and Phase 2 (agreement of high-level objectives under each"
        " agreed theme) will commence shortly."
    )
    got = parse_deadline(text, REF, "UTC")
    assert got is not None and got.vague and got.due == utc("2025-10-17 23:59:59")


# -- a day something has run from ---------------------------------------------------------------


def test_a_day_after_since_is_the_past() -> None:
    text = "They will have spent 146 days in space since their Dec. 19 launch from Kazakhstan."
    assert due_of(text) is None


# -- a clock time of the day before an undated day ---------------------------------------------


def test_a_time_on_the_previous_day_counts_from_an_undated_day() -> None:
    text = (
        "Topical issues shall be taken immediately following Leaders' Questions, and the"
        " deadline for such topical issues shall be 6 p.m. the previous day;"
    )
    assert due_of(text, "Europe/Dublin") is None


def test_a_time_on_a_named_day_stays() -> None:
    assert due_of("The deadline shall be 6 p.m. on Friday.") == utc("2025-08-22 18:00:00")


# -- a run of years that names a plan ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My Department jointly published the National Housing Strategy for Disabled People"
        " (NHSDP) 2022-2027 with the Department of Health in January 2022.",
        "Baroness Miller to ask Her Majesty's Government when they will publish their new"
        " Institutional Strategy with the United Nations Children's Fund for 2026-2029,"
        " following the public consultation which ended in January.",
    ],
)
def test_a_run_of_years_that_names_a_plan_is_no_deadline(text: str) -> None:
    assert due_of(text, "Europe/Dublin") is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Policy decisions will reduce inflation in 2025-26.", "2026-03-31 22:59:59"),
        ("The Government will deliver the programme by 2027-28.", "2028-03-31 22:59:59"),
    ],
)
def test_a_run_of_years_after_a_time_word_is_a_deadline(text: str, due: str) -> None:
    assert due_of(text, "Europe/London") == utc(due)


# -- a condition that ends before its main clause ----------------------------------------------


def test_a_date_after_the_condition_has_ended_is_due() -> None:
    text = (
        "If the business is concluded to-day it is proposed that the Dáil should adjourn to"
        " 30th September."
    )
    assert due_of(text, "Europe/Dublin") == utc("2025-09-30 22:59:59")


def test_a_date_inside_the_condition_is_no_deadline() -> None:
    assert refusal_of("If a limit is exceeded in 2026, the fine is charged.") == "event"


# -- a clock time in the same clause as a weekday: that day at that time --------------------------


def test_a_sitting_on_a_weekday_ends_at_its_clock_time() -> None:
    text = (
        "As the matter stands we will meet as ordinarily except that on Thursday we meet from"
        " 10.30 a.m. to 6 p.m."
    )
    assert due_of(text, "Europe/Dublin") == utc("2025-08-21 17:00:00")


def test_a_clock_time_of_another_clause_leaves_the_weekday_alone() -> None:
    text = "The committee meets on Thursday. Questions to the Minister are taken at 3 p.m."
    assert due_of(text) == utc("2025-08-21 23:59:59")


# -- an adjournment: its own moment past, the next sitting ahead ----------------------------------


def test_the_next_sitting_after_an_adjournment_is_due() -> None:
    text = (
        "House adjourned at twenty minutes past Eleven o'clock, to Tuesday the 14th of"
        " January, a quarter past Four o'clock."
    )
    said = utc("1912-12-13 10:00:00")
    assert due_of(text, "Europe/London", said) == utc("1913-01-14 16:15:00")


def test_a_clock_time_after_a_past_verb_is_the_past() -> None:
    assert refusal_of("The House adjourned at twenty minutes past eleven o'clock.") == "past"


def test_a_clock_time_after_a_planned_verb_is_ahead() -> None:
    assert due_of("The debate is scheduled at 4 p.m.") == utc("2025-08-18 16:00:00")


# -- the alternative turned down keeps its own verb -----------------------------------------------


def test_a_return_day_beside_an_alternative_previously_announced_is_due() -> None:
    text = (
        "There will be a slightly extended Christmas Recess, with the House still rising at the"
        " end of business on Tuesday 19 December and returning on Wednesday 10 January, rather"
        " than Monday 8 January as previously announced."
    )
    said = utc("2023-12-11 15:18:00")
    assert due_of(text, "Europe/London", said) == utc("2024-01-10 23:59:59")


# -- "tomorrow" with its own future verb after it -------------------------------------------------


def test_tomorrow_whose_verb_is_future_is_due_whatever_the_speaker_wanted() -> None:
    text = (
        "One, we wanted to note that tomorrow, after 32 years on the job, NBC cameraman Wolfie"
        " Fraser will serve his last day here at the White House."
    )
    assert due_of(text, "America/New_York") == utc("2025-08-20 03:59:59")


# -- "<weekday> next" and its clock time ----------------------------------------------------------


def test_weekday_next_at_a_clock_time_is_that_instant() -> None:
    text = (
        "My Lords, as there is no business on the Paper for to-morrow it is proposed that the"
        " House should now adjourn, except for judicial business, until Tuesday next at a"
        " quarter past four o'clock."
    )
    said = utc("1936-11-04 10:00:00")
    assert due_of(text, "Europe/London", said) == utc("1936-11-10 16:15:00")


# -- "<span> later": counted from an earlier event -----------------------------------------------


def test_a_span_later_than_a_past_event_is_no_deadline() -> None:
    text = (
        "The Regulations were made on 11 February 2021, came into force the next day and were"
        " laid before Parliament, more than a year later, on 5 April 2022."
    )
    assert due_of(text, "Europe/London", utc("2022-06-17 09:00:00")) is None


def test_no_later_than_a_span_from_now_is_a_deadline() -> None:
    assert due_of("no later than 10 days from now") == utc("2025-08-28 23:59:59")


# -- a modifier before a period's "in" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due", "matched"),
    [
        (
            "The Bill is included in the Government's Legislation Programme with an expected"
            " publication date early in 2026.",
            "2026-04-30 23:59:59",
            "early in 2026",
        ),
        ("The review will report late in the autumn.", "2025-11-30 23:59:59", "late in the autumn"),
        ("We expect a decision early in October.", "2025-10-10 23:59:59", "early in October"),
    ],
)
def test_early_or_late_in_a_period_is_that_part_of_it(text: str, due: str, matched: str) -> None:
    got = parse_deadline(text, REF, "UTC")
    assert got is not None and got.due == utc(due) and got.vague and got.matched == matched


def test_in_a_period_alone_is_the_whole_period() -> None:
    assert due_of("The Bill will be published in 2026.") == utc("2026-12-31 23:59:59")


# -- a part of the day used as an adjective -------------------------------------------------------


def test_a_morning_briefing_names_an_event_not_a_time() -> None:
    text = (
        "At the conclusion of an early morning weather briefing, NASA and SpaceX are postponing"
        " the Thursday, Aug. 21 undocking of a SpaceX Dragon cargo resupply spacecraft."
    )
    assert due_of(text, "America/New_York") is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The Minister will make a statement this morning.", "2025-08-18 12:00:00"),
        ("The House will sit in the evening.", "2025-08-18 23:59:59"),
    ],
)
def test_a_part_of_the_day_as_a_time_stays(text: str, due: str) -> None:
    assert due_of(text) == utc(due)
