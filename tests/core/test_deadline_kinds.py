"""Issue 12, after the three real sets were burnt: each general kind of mistake they showed
(and kinds that real deadline language has but no set had yet), pinned by a rule test.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.deadlines import Deadline, Refusal, interpret_deadline, parse_deadline
from tests.core.deadline_cases import REFERENCE
from tests.core.deadline_properties import assert_every_token_used

REF = datetime.fromisoformat(REFERENCE).replace(tzinfo=UTC)  # Monday 18 August 2025


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def due_of(text: str, tz: str = "UTC", reference: datetime = REF) -> datetime | None:
    got = parse_deadline(text, reference, tz)
    return None if got is None else got.due


def refusal_of(text: str, tz: str = "UTC", reference: datetime = REF) -> str | None:
    got = interpret_deadline(text, reference, tz)
    return got.kind if isinstance(got, Refusal) else None


# -- a range of days inside one month: the later day, and no number left over --------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The meeting will be held on September 25-26, 2025.", "2025-09-26 23:59:59"),
        ("The workshop will take place September 8 to 10, 2025.", "2025-09-10 23:59:59"),
        ("The meeting will be held September 25 and 26, 2025.", "2025-09-26 23:59:59"),
        ("The Board meets Sept. 9 through 11.", "2025-09-11 23:59:59"),
        ("The meeting will be held on 25-26 September 2025.", "2025-09-26 23:59:59"),
        ("open from 9 a.m. to 5 p.m. on September 25-26, 2025", "2025-09-26 17:00:00"),
    ],
)
def test_a_range_of_days_in_one_month_falls_due_on_the_later_day(text: str, due: str) -> None:
    got = parse_deadline(text, REF, "UTC")
    assert got is not None and got.due == utc(due)
    if "a.m." not in text:  # a clock time joined to the range is one moment
        assert got.earliest is not None and got.earliest < got.due


# -- a season or month "of <year>" keeps its year ------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The work will be completed in the spring of 2027.", "2027-05-31 23:59:59"),
        ("The scheme will be open by the summer of 2026.", "2026-08-31 23:59:59"),
        ("We will consult in the spring of next year.", "2026-05-31 23:59:59"),
        ("We will publish in the autumn of this year.", "2025-11-30 23:59:59"),
        ("Delivery is expected in winter 2026.", "2027-02-28 23:59:59"),
    ],
)
def test_a_season_keeps_the_year_written_after_it(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- the new year --------------------------------------------------------------------------


def test_in_the_new_year_is_early_next_year_and_by_the_new_year_is_new_years_day() -> None:
    said = utc("2025-12-03 10:00:00")
    got = parse_deadline("We will publish our response in the new year.", said, "Europe/London")
    assert got is not None and got.vague
    assert got.due == utc("2026-04-30 22:59:59")
    assert due_of("It will be done by the new year.", "UTC", said) == utc("2026-01-01 23:59:59")


# -- a past verb beside a year-less date or a bare weekday: about the past ------------------


@pytest.mark.parametrize(
    "text",
    [
        "The consultation, which closed on 3 August, received 400 responses.",
        "The agency received 5,000 comments during the comment period that ended Aug. 1.",
        "Stocks fell 2% on Friday after the figures were published.",
        "On 3 August the Minister confirmed the figures in a letter.",
    ],
)
def test_a_past_verb_makes_a_yearless_date_or_weekday_the_past(text: str) -> None:
    assert parse_deadline(text, REF, "UTC") is None
    assert refusal_of(text) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "On 3 August I announced that the scheme would open by the end of October.",
            "2025-10-31 23:59:59",
        ),
        (
            "The consultation closed on 3 August and we will respond by 30 September.",
            "2025-09-30 23:59:59",
        ),
        ("The Treasury will auction $58 billion in notes on Tuesday.", "2025-08-19 23:59:59"),
        ("The Senate adjourned until 10 a.m. Thursday.", "2025-08-21 10:00:00"),
    ],
)
def test_the_future_beside_a_past_date_still_counts(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a date followed by its own delay or cancellation is the old plan ------------------------


def test_a_date_that_has_been_delayed_or_called_off_is_dropped() -> None:
    text = "He said the report, due on Friday, had been delayed until the end of next week."
    assert due_of(text) == utc("2025-08-31 23:59:59")
    text = "The meeting on 1 September has been postponed to 8 September."
    assert due_of(text) == utc("2025-09-08 23:59:59")
    assert refusal_of("The strike, due to begin on Friday, has been called off.") == "negated"


# -- the n-th weekday of a month -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The results will be published on the second Tuesday of September.",
            "2025-09-09 23:59:59",
        ),
        ("The sale is held on the first Monday in June.", "2026-06-01 23:59:59"),
        ("The committee meets on the last Friday of the month.", "2025-08-29 23:59:59"),
        ("Elections take place on the first Tuesday of November 2026.", "2026-11-03 23:59:59"),
        ("The vote is on the third Thursday of next month.", "2025-09-18 23:59:59"),
    ],
)
def test_the_nth_weekday_of_a_month(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_fifth_weekday_a_month_lacks_is_no_date() -> None:
    assert parse_deadline("on the fifth Monday of February 2026", REF) is None


# -- conditions --------------------------------------------------------------------------------


def test_a_date_inside_an_if_clause_is_the_condition_not_the_deadline() -> None:
    text = (
        "If the limit is exceeded in 2025, the agency will notify the council in writing "
        "within 30 days of receipt of that information."
    )
    assert parse_deadline(text, REF) is None
    assert refusal_of(text) == "event"
    text = "If the Bill passes in October, the scheme will start by 1 April 2026."
    assert due_of(text) == utc("2026-04-01 23:59:59")


def test_a_day_both_denied_and_promised_on_a_condition_is_refused() -> None:
    text = (
        "The House will not sit on Friday, but if we do not finish, then the House will "
        "have to sit on Friday."
    )
    assert parse_deadline(text, REF) is None
    assert refusal_of(text) == "event"


# -- a list of dated days: the later one ---------------------------------------------------


def test_the_last_of_a_list_of_dated_days_counts() -> None:
    text = (
        "The committee will meet on Tuesday, September 23, 2025, from 8:30 a.m. to 5:00 p.m. "
        "Eastern Time, and Wednesday, September 24, 2025, from 8:30 a.m. to 12:00 p.m. "
        "Eastern Time."
    )
    assert due_of(text, "America/New_York") == utc("2025-09-24 16:00:00")


# -- substituting one date for another ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "It is necessary to substitute 1st October next for 1st July as the date on which "
        "the Bill is to come into operation.",
        "The amendment replaces 1 July with 1 October.",
        "The scheme will now start on 1 October in place of 1 July.",
    ],
)
def test_the_date_substituted_for_another_counts(text: str) -> None:
    assert due_of(text) == utc("2025-10-01 23:59:59")


# -- a span with no time word is an amount, not a deadline ------------------------------------


def test_a_bare_span_is_an_amount_of_time() -> None:
    text = (
        "As there is precisely one week between now and the recess, it will not be possible "
        "to publish it next week, so it will be published in October."
    )
    assert due_of(text) == utc("2025-10-31 23:59:59")
    assert due_of("There are 42 days left before the recess.") is None
    assert due_of("within two weeks") == utc("2025-09-01 23:59:59")
    assert due_of("two weeks from now") == utc("2025-09-01 23:59:59")


# -- a clock time that is part of a name ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have put down a Motion to suspend the Ten o'Clock Rule.",
        "He was interviewed on the Six O'Clock News.",
    ],
)
def test_a_clock_time_in_a_name_is_no_time(text: str) -> None:
    assert parse_deadline(text, REF, "Europe/London") is None


def test_a_clock_time_before_an_ordinary_noun_still_counts() -> None:
    got = parse_deadline("The sitting will continue until 7 o'clock.", REF, "UTC")
    assert got is not None and got.due == utc("2025-08-18 19:00:00")


# -- standing rules for any day ------------------------------------------------------------------


def test_a_rule_for_any_day_is_recurring() -> None:
    text = (
        "When the House adjourns on any legislative day from September 1 through September "
        "30, it shall stand adjourned until noon on the third day thereafter."
    )
    assert refusal_of(text, "America/New_York") == "recurring"


def test_results_are_deadlines_or_refusals() -> None:
    got = interpret_deadline("by 1 October", REF)
    assert isinstance(got, Deadline)


# -- found on the kinds set's first run (tests written before these fixes) --------------------


def test_an_open_ended_time_is_no_moment() -> None:
    assert parse_deadline("which will take place at a convenient point after 4.30 pm.", REF) is None


def test_a_document_of_a_yearless_date_that_has_passed_is_the_past() -> None:
    text = "In my Answer of 3 August (Official Report, col 5), I explained that it was ready."
    assert refusal_of(text) == "past"
    assert due_of("My letter of 3 August will be answered by 30 September.") == utc(
        "2025-09-30 23:59:59"
    )


def test_the_date_given_for_today_is_when_it_was_said() -> None:
    text = (
        "Today, on Monday 18 August, we are publishing the first notices, and will publish "
        "more in the coming weeks."
    )
    got = parse_deadline(text, REF, "UTC")
    assert got is not None and got.vague and got.due == utc("2025-09-15 23:59:59")
    assert due_of("I will finish it today, 18 August.") == utc("2025-08-18 23:59:59")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The notices will be published during August and September.", "2025-09-30 23:59:59"),
        ("The works will take place between December and February.", "2026-02-28 23:59:59"),
        ("Hearings will be held in June and July.", "2026-07-31 23:59:59"),
        ("Consultation events run from October to November 2025.", "2025-11-30 23:59:59"),
    ],
)
def test_a_range_of_months_falls_due_at_the_later_month(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_plan_scheduled_for_a_date_in_the_past_tense_is_the_old_plan() -> None:
    text = "The business scheduled for 21 August was the second reading of the Bill."
    assert parse_deadline(text, REF) is None
    assert due_of("The debate is scheduled for 21 August.") == utc("2025-08-21 23:59:59")


def test_a_yearless_date_months_ahead_in_a_past_sentence_is_the_last_one() -> None:
    said = utc("2026-01-14 10:00:00")
    text = "In my Answer of 19 December(Official Report, col 69), I explained that it was ready."
    assert refusal_of(text, "Europe/London", said) == "past"
    text = "The inquiry concluded on 19 December and the minister announced its findings."
    assert parse_deadline(text, said, "Europe/London") is None
    assert due_of("The inquiry will conclude on 19 December.", "UTC", said) == utc(
        "2026-12-19 23:59:59"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We will take the Statement immediately after the Urgent Question.",
        "The scheme will open shortly after the election.",
        "Talks will resume soon after the summit.",
    ],
)
def test_a_vague_word_before_an_event_waits_for_the_event(text: str) -> None:
    assert parse_deadline(text, REF) is None
    assert refusal_of(text) == "event"


# -- period and clock forms real deadline language uses (tests before the fixes) ----------------


@pytest.mark.parametrize(
    ("text", "tz", "due", "vague"),
    [
        ("We aim to reach net zero by the mid-2030s.", "UTC", "2036-12-31 23:59:59", True),
        ("Emissions will fall by the end of the 2020s.", "UTC", "2029-12-31 23:59:59", False),
        ("The fleet will be replaced in the 2030s.", "UTC", "2039-12-31 23:59:59", False),
        ("We will do so by the turn of the year.", "UTC", "2025-12-31 23:59:59", False),
        ("The project will complete in calendar year 2026.", "UTC", "2026-12-31 23:59:59", False),
        ("The plant will close by year end 2026.", "UTC", "2026-12-31 23:59:59", False),
        ("Results are expected in Q1 FY26.", "Europe/London", "2025-06-30 22:59:59", False),
        ("Delivery is planned for FY2027 Q2.", "America/New_York", "2027-04-01 03:59:59", False),
    ],
)
def test_decades_turns_and_fiscal_quarters(text: str, tz: str, due: str, vague: bool) -> None:
    said = utc("2025-03-12 14:00:00")
    got = parse_deadline(text, said, tz)
    assert got is not None and got.due == utc(due) and got.vague == vague


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The deadline is 17.00 on Friday 22 August.", "2025-08-22 17:00:00"),
        ("Bids must be received by 12.30 on 1 September.", "2025-09-01 12:30:00"),
        ("The vote will be held a week on Tuesday.", "2025-08-26 23:59:59"),
        (
            "This rule is effective 30 days after publication in the Federal Register.",
            "2025-09-17 23:59:59",
        ),
        (
            "Comments must be received within 60 days after the date of publication in the "
            "Federal Register.",
            "2025-10-17 23:59:59",
        ),
    ],
)
def test_dotted_clock_times_a_week_on_and_the_notice_itself(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    "text",
    ["Prices rose by 2.50 on Friday.", "Shares closed at 12.35 on Tuesday, up 3 per cent."],
)
def test_a_decimal_is_no_clock_time(text: str) -> None:
    got = parse_deadline(text, REF)
    assert got is None or got.due.hour == 23


def test_a_week_counted_from_a_return_is_an_event_and_on_a_span_is_a_topic() -> None:
    text = (
        "I imagine that our debate on 42 days will take place on the second day of Committee, "
        "which will probably be the second week back in October."
    )
    assert parse_deadline(text, REF, "Europe/London") is None
    assert refusal_of(text, "Europe/London") == "event"
    assert due_of("The report will be published in the second week in October.") == utc(
        "2025-10-14 23:59:59"
    )
    assert due_of("2400 hours, December 31, 2025", "America/Anchorage") == utc(
        "2026-01-01 08:59:59"
    )


def test_a_past_verb_before_and_does_not_reach_the_next_verb() -> None:
    text = "The consultation was launched on 3 August and closes on 30 September."
    assert due_of(text) == utc("2025-09-30 23:59:59")
    assert refusal_of("The consultation was launched on 3 August and on 10 August.") == "past"


@pytest.mark.parametrize(
    "text",
    [
        "There are no plans to publish it before the summer.",
        "The Minister refused to say whether the report would be published before Easter.",
        "He declined to confirm that the plant would close by December.",
    ],
)
def test_no_plans_and_refusing_to_say_are_no_deadline(text: str) -> None:
    assert parse_deadline(text, REF, "Europe/London") is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Nominations close at noon on the last working day of September.", "2025-09-30 12:00:00"),
        ("Payment is due on the first business day of October.", "2025-10-01 23:59:59"),
    ],
)
def test_first_and_last_working_days_of_a_month(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_yearless_date_each_year_is_recurring() -> None:
    assert refusal_of("Annual reports are due by 31 March each year.") == "recurring"
    assert due_of("The first report is due by 31 March 2026 and annually thereafter.") == utc(
        "2026-03-31 23:59:59"
    )


def test_a_us_region_after_a_clock_time_is_its_zone() -> None:
    got = parse_deadline("The briefing is at 3 p.m. Pacific on Friday.", REF, "Europe/London")
    assert got is not None and got.due == utc("2025-08-22 22:00:00")
    got = parse_deadline("The hearing begins at 10:00 a.m. Eastern.", REF, "UTC")
    assert got is not None and got.due == utc("2025-08-18 14:00:00")


def test_one_minute_after_1159_pm_is_the_next_midnight() -> None:
    text = (
        "The offer will expire at one minute after 11:59 p.m., New York City time, on "
        "September 10, 2025."
    )
    assert due_of(text, "Europe/London") == utc("2025-09-11 04:00:00")


def test_a_list_of_days_in_a_month_is_read_whole() -> None:
    assert due_of("Hearings will take place on 3, 4 and 5 September.") == utc("2025-09-05 23:59:59")
    assert refusal_of("The inquiry heard evidence on 3, 4 and 5 August.") == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The review will report by Veterans Day.", "2025-11-11 23:59:59"),
        # "before <day>": the end of the day before it (CONVENTIONS 3.5, stop 37)
        ("Funding will be confirmed before Presidents' Day.", "2026-02-15 23:59:59"),
        ("The memorial will open on Remembrance Sunday.", "2025-11-09 23:59:59"),
        ("Works will finish before the August bank holiday.", "2025-08-24 23:59:59"),
        ("The flag will fly on St Andrew's Day.", "2025-11-30 23:59:59"),
        ("Decisions are due by Martin Luther King Jr. Day.", "2026-01-19 23:59:59"),
    ],
)
def test_more_public_holidays(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- wire copy: the dateline and the attribution ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "WASHINGTON, Aug 18 (Reuters) - The Senate will vote on the bill on Thursday, the "
            "majority leader said.",
            "2025-08-21 23:59:59",
        ),
        (
            "LONDON, 18 August 2025 - The regulator said it would rule by the end of October.",
            "2025-10-31 23:59:59",
        ),
        (
            "TOKYO, August 18 (Reuters) - Japan's parliament is expected to pass the bill by the "
            "end of September.",
            "2025-09-30 23:59:59",
        ),
        (
            "WASHINGTON (Reuters) - The Senate will vote on the bill on Thursday, the majority "
            "leader said.",
            "2025-08-21 23:59:59",
        ),
    ],
)
def test_a_wire_dateline_is_when_it_was_written(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_dateline_alone_is_no_deadline() -> None:
    assert parse_deadline("LONDON, Aug 18 (Reuters) - Shares rose in early trading.", REF) is None


@pytest.mark.parametrize(
    ("text", "due", "vague"),
    [
        ("The debate will take place on Thursday of next week.", "2025-08-28 23:59:59", False),
        ("A decision is expected by the end of the week after next.", "2025-09-07 23:59:59", False),
        ("We will legislate in the first few months of next year.", "2026-04-30 23:59:59", True),
        ("We will respond in the next week or two.", "2025-09-01 23:59:59", False),
    ],
)
def test_weeks_after_next_and_first_months(text: str, due: str, vague: bool) -> None:
    got = parse_deadline(text, REF, "UTC")
    assert got is not None and got.due == utc(due) and got.vague == vague


def test_the_last_day_of_a_schedule_counts_and_to_day_is_today() -> None:
    text = (
        "We propose to take the Finance Bill to-morrow, the Railways Bill on Thursday, and "
        "to conclude the Second Reading on Friday."
    )
    assert due_of(text) == utc("2025-08-22 23:59:59")
    assert due_of("To-day we shall take only the Navy Estimates.") == utc("2025-08-18 23:59:59")
    assert parse_deadline("I have put down a Motion to-day to suspend the sitting.", REF) is None


@pytest.mark.parametrize(
    ("text", "tz", "due"),
    [
        ("We will invest £1 billion between now and 2030.", "UTC", "2030-12-31 23:59:59"),
        ("The opening has been pushed back to 2027.", "UTC", "2027-12-31 23:59:59"),
        ("The opening has been brought forward to October.", "UTC", "2025-10-31 23:59:59"),
        ("The relief ends with the 2025/26 tax year.", "Europe/London", "2026-04-05 22:59:59"),
        ("by the end of the tax year", "Europe/London", "2026-04-05 22:59:59"),
    ],
)
def test_between_now_and_moved_to_and_tax_years(text: str, tz: str, due: str) -> None:
    assert due_of(text, tz) == utc(due)


@pytest.mark.parametrize(
    "text",
    [
        "The facility will be operational in the second half of the decade.",
        "The programme will conclude at the end of the 2026/27 academic year.",
    ],
)
def test_halves_of_decades_and_academic_years_are_not_calendar_or_fiscal(text: str) -> None:
    assert parse_deadline(text, REF, "Europe/London") is None


def test_a_time_given_elsewhere_for_the_chosen_day_counts() -> None:
    text = (
        "The Committee will meet on September 8-9, 2025. On September 8, the meeting will "
        "run from 9 a.m. to 5 p.m.; on September 9, from 9 a.m. to noon."
    )
    assert due_of(text) == utc("2025-09-09 12:00:00")


def test_a_time_restated_in_brackets_keeps_the_tense_of_its_clause() -> None:
    said = utc("2025-08-17 10:00:00")  # a Sunday
    text = "The ceasefire took effect at 0600 local time (0300 GMT), the army said."
    assert parse_deadline(text, said, "Asia/Jerusalem") is None
    text = "The vote will close at 10 p.m. local time (2000 GMT) on Sunday."
    got = parse_deadline(text, said, "Europe/Berlin")
    assert got is not None and got.due == utc("2025-08-17 20:00:00")


def test_a_four_digit_clock_time_that_looks_like_a_year_is_a_time() -> None:
    got = parse_deadline("The results are due at 2000 GMT on Friday.", REF, "Europe/London")
    assert got is not None and got.due == utc("2025-08-22 20:00:00")
    got = parse_deadline("Voting ends at 2100 hours on 25 August.", REF, "UTC")
    assert got is not None and got.due == utc("2025-08-25 21:00:00")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("He has 30 days to appeal.", "2025-09-17 23:59:59"),
        ("The company has 90 days to comply with the order.", "2025-11-16 23:59:59"),
        ("The ruling is expected later this month or early next month.", "2025-09-10 23:59:59"),
    ],
)
def test_time_given_to_act_and_alternatives_joined_by_or(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_the_year_followed_by_its_number() -> None:
    assert due_of("We will reach net zero by the year 2050.") == utc("2050-12-31 23:59:59")
    assert due_of("By the end of the year 2026, all schools will be connected.") == utc(
        "2026-12-31 23:59:59"
    )


def test_the_end_of_a_range_in_a_past_sentence_is_the_new_deadline() -> None:
    text = "The deadline was extended from 14 September to 14 October."
    assert due_of(text) == utc("2025-10-14 23:59:59")


def test_a_date_heading_an_item_ahead_is_no_dateline() -> None:
    assert due_of("30 September - deadline for applications.") == utc("2025-09-30 23:59:59")
    assert refusal_of("August 15, 2025 - The Department announced new grants.") == "past"


def test_a_dated_when_clause_is_the_time() -> None:
    text = "When Parliament returns on 1 September, the Bill will be debated."
    assert due_of(text) == utc("2025-09-01 23:59:59")


# -- property: the new forms use every number or refuse ------------------------------------

_MONTH_WORDS = ("January", "June", "September", "Sept.", "December")


@st.composite
def _new_forms(draw: st.DrawFn) -> str:
    a, b = draw(st.integers(0, 40)), draw(st.integers(0, 40))
    year = draw(st.integers(-30, 120_000))
    month = draw(st.sampled_from(_MONTH_WORDS))
    kind = draw(st.integers(0, 4))
    if kind == 0:
        body = f"{month} {a}-{b}, {year}"
    elif kind == 1:
        body = f"{a}, {b} and {draw(st.integers(0, 40))} {month} {year}"
    elif kind == 2:
        body = f"the spring of {year}"
    elif kind == 3:
        body = f"{draw(st.integers(0, 30))}.{draw(st.integers(0, 99)):02d} on {a} {month}"
    else:
        body = f"Q{draw(st.integers(0, 6))} FY{draw(st.integers(0, 120))}"
    prefix = draw(st.sampled_from(("by", "on", "no later than", "in", "")))
    return f"{prefix} {body}".strip()


@settings(max_examples=600, deadline=None)
@given(text=_new_forms())
def test_new_forms_use_every_number_or_refuse(text: str) -> None:
    assert_every_token_used(text, interpret_deadline(text, REF, "Europe/London"))


def test_commencing_gives_only_a_start() -> None:
    got = interpret_deadline("The new arrangements will apply commencing 1 October.", REF)
    assert isinstance(got, Refusal) and got.kind == "earliest"
    assert got.earliest == utc("2025-10-01 00:00:00")


def test_an_extended_deadline_is_the_old_one_and_month_next_is_the_coming_one() -> None:
    assert parse_deadline("The 31 August deadline has been extended by a month.", REF) is None
    text = "The 31 August deadline has been extended to 30 September."
    assert due_of(text) == utc("2025-09-30 23:59:59")
    assert due_of("We will legislate by August next.") == utc("2026-08-31 23:59:59")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The statement will be made at half past three.", "2025-08-18 15:30:00"),
        ("The vote will take place at a quarter to five.", "2025-08-18 16:45:00"),
        ("The House will sit at half-past two on Monday 25 August.", "2025-08-25 14:30:00"),
        ("We will finish by three this afternoon.", "2025-08-18 15:00:00"),
        ("The meeting is at 3 in the afternoon on Friday.", "2025-08-22 15:00:00"),
        ("Doors open at ten minutes past nine in the morning on Friday.", "2025-08-22 09:10:00"),
        ("The sitting resumes at twenty-five to eleven at night.", "2025-08-18 22:35:00"),
    ],
)
def test_spoken_clock_times(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("A decision will follow within 5 to 10 days.", "2025-08-28 23:59:59"),
        ("The review will take a quarter to complete.", None),
    ],
)
def test_spans_are_not_spoken_times(text: str, due: str | None) -> None:
    assert due_of(text) == (utc(due) if due else None)
