"""Issue 12, round 4: the general kinds the third fresh set showed, and kinds of real
deadline language no set had yet, each pinned by a rule test written before its fix.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Refusal, interpret_deadline, parse_deadline
from tests.core.test_deadline_kinds import REF, due_of, utc  # Monday 18 August 2025, UTC

# -- the tense and modality of the clause that holds the date ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a plan or hope reported in the past (pluperfect, or "it was <hoped> that ... would")
        "It had been hoped that the report would be completed today, but that was not the case.",
        "It was expected that this would be done and dusted by Christmas.",
        "We had planned to publish the report in September.",
        "It had been hoped to finish the work by June.",
        "I proposed an amendment to provide that the legislation had to be in force within"
        " 12 months, at a maximum.",
        # a dated day (yesterday) in a clause with a regular past verb
        "The House of Commons adjourned on 17 August 2025 for the summer recess.",
        # "Today, <someone> <did>": the moment of speaking, not a deadline
        "Today, President Joseph R. Biden, Jr. declared that a major disaster exists in the State.",
    ],
)
def test_the_past_reported_as_past_is_no_deadline(text: str) -> None:
    assert parse_deadline(text, REF, "UTC") is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a reported pledge and a present expectation stay deadlines
        ("The minister said the bill would be passed by Friday.", "2025-08-22 23:59:59"),
        ("It is expected that this will be done by Christmas.", "2025-12-25 23:59:59"),
        ("Today, the Government will publish its response.", "2025-08-18 23:59:59"),
        # a passive infinitive ("be brought") is no past verb
        (
            "The proceedings shall, if not previously concluded, be brought to a conclusion at"
            " 3.30 p.m. tomorrow.",
            "2025-08-19 15:30:00",
        ),
    ],
)
def test_future_and_reported_pledges_stay_deadlines(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_an_infinitive_clause_takes_the_negation_of_the_clause_it_hangs_on() -> None:
    text = (
        "It may not be appropriate, given its scale, for it to be debated next week, but that"
        " is a matter for agreement between the Whips."
    )
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal) and got.kind == "negated"
    assert due_of("It is right, given its scale, for it to be debated next week.") == utc(
        "2025-08-31 23:59:59"
    )


def test_a_dated_heading_followed_by_a_denial_is_denied() -> None:
    got = interpret_deadline("Friday 22 August—The House will not be sitting.", REF, "UTC")
    assert isinstance(got, Refusal) and got.kind == "negated"
    assert due_of("Friday 22 August—Private Members' Bills.") == utc("2025-08-22 23:59:59")


# -- which event a span counts from --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The noble Lord is entitled to expect a substantive answer within the space of a few"
        " days of the Answer he received.",
        "Subject to Government approval, the Bill will be published shortly afterwards.",
        "The Secretary shall publish the findings within 30 days thereafter.",
        "Applications must be submitted no later than 4:30:00 p.m., Washington, DC time, on the"
        " application deadline date.",
        "Nominations must reach the clerk by 5 p.m. on the closing date.",
    ],
)
def test_a_span_or_time_counted_from_an_undated_event_is_refused(text: str) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal) and got.kind == "event", got


def test_relative_words_in_a_sentence_anchored_on_a_past_date_are_not_counted_from_now() -> None:
    text = (
        "I received a written response on 4 August, saying that the Department plans to"
        " respond shortly on this issue."
    )
    assert parse_deadline(text, REF, "UTC") is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # time given by the notice itself counts from the day it is published
        (
            "This notice allows for an additional 30 days for public comments.",
            "2025-09-17 23:59:59",
        ),
        ("This rule is effective 30 days after the date of publication.", "2025-09-17 23:59:59"),
    ],
)
def test_time_given_by_the_document_counts_from_its_publication(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- durations that are not deadlines ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The project will take about 18 months.",
        "The work will take about 18 months to complete.",
        "HM Passport Office has been advising people to allow up to ten weeks when applying"
        " for their passport.",
    ],
)
def test_durations_and_advice_are_no_deadline(text: str) -> None:
    assert parse_deadline(text, REF, "UTC") is None


def test_a_duration_from_a_stated_start_still_counts() -> None:
    text = "The office is closed for two weeks from tomorrow, Tuesday 19 August."
    assert due_of(text) == utc("2025-09-02 23:59:59")


# -- ranges of years and programmes: due at the later end ----------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The programme will run from 2026 to 2029.", "2029-12-31 23:59:59"),
        (
            "The Government has been instructed to ensure, from 2025 to 2027, the implementation"
            " of a comprehensive programme.",
            "2027-12-31 23:59:59",
        ),
        ("The sites are to be commissioned in 2026–2027.", "2027-12-31 23:59:59"),
    ],
)
def test_a_range_of_years_falls_due_at_its_later_end(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- schedules: clock times on a named day -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The meeting will begin at 9 a.m. on Tuesday and run until 4 p.m.", "2025-08-19 16:00:00"),
        (
            "The spacewalk is scheduled to begin at 7:10 a.m. and run about 6 1/2 hours.",
            "2025-08-19 13:40:00",
        ),
        (
            "NASA Television will provide live coverage of tomorrow's spacewalk beginning at"
            " 6 a.m. EDT.",
            "2025-08-19 10:00:00",
        ),
        ("Liftoff is set for 12:45:29 a.m. EDT.", "2025-08-19 04:45:29"),
        # a 24-hour time gives seconds too: not dropped, nor its ":29" left over
        ("Liftoff is on Tuesday at 12:45:29.", "2025-08-19 12:45:29"),
        ("Liftoff is at 12:45:29 on Tuesday.", "2025-08-19 12:45:29"),
    ],
)
def test_a_schedules_clock_time(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- smaller calendar forms ----------------------------------------------------------------


def test_later_today_and_this_evening_are_vague_windows() -> None:
    for text, due in (
        ("Later this evening, there will be a Statement.", "2025-08-18 23:59:59"),
        ("The statement will be made later today.", "2025-08-18 23:59:59"),
    ):
        got = parse_deadline(text, REF, "UTC")
        assert got is not None and got.due == utc(due) and got.vague


def test_later_today_at_a_clock_time_is_exact() -> None:
    got = parse_deadline("The House will sit later this afternoon at 4 p.m.", REF, "UTC")
    assert got is not None and (got.due, got.vague) == (utc("2025-08-18 16:00:00"), False)
    got = parse_deadline("The statement will be made later today, in the evening.", REF, "UTC")
    assert got is not None and got.vague


def test_a_two_digit_year_after_a_month_name() -> None:
    assert due_of("The deadline is 31 Mar 26.") == utc("2026-03-31 23:59:59")
    assert due_of("Returns are due by 5 Sept 25.") == utc("2025-09-05 23:59:59")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Returns are due on the second working day of September.", "2025-09-02 23:59:59"),
        ("Payment is due on the third business day of October.", "2025-10-03 23:59:59"),
        # counting over a weekend, and from a month that starts on a Saturday
        ("Payment is due on the fourth working day of October.", "2025-10-06 23:59:59"),
        ("Returns are due on the second working day of November.", "2025-11-04 23:59:59"),
    ],
)
def test_the_nth_working_day_of_a_month(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- found probing new forms after the fixes above (each failed before its fix) -------------


def test_more_past_plans_schedules_and_reports() -> None:
    assert (
        parse_deadline(
            "The committee had hoped to complete its work by the end of February.", REF, "UTC"
        )
        is None
    )
    # "announced that ..." is a report with its object, not a trailing attribution
    text = "On 2 July, the Secretary announced that the Department would act within 30 days."
    assert parse_deadline(text, REF, "UTC") is None
    # a window that opens and closes: due when it closes, in the zone given for both
    got = parse_deadline(
        "The launch window opens at 6:23 p.m. EDT and closes at 8:01 p.m.", REF, "UTC"
    )
    assert got is not None and got.due == utc("2025-08-19 00:01:00")


def test_a_past_range_and_a_past_day_leave_the_promise_after_them() -> None:
    # "we will ..." starts a promise of its own: counted from now, not from the past day
    text = "The consultation closed on 14 July and we will publish our response in due course."
    got = parse_deadline(text, REF, "UTC")
    assert got is not None and got.vague and got.due == utc("2025-10-17 23:59:59")
    # the end of a range takes the tense of the range's clause ("which ran from ... to ...")
    text = (
        "Following the consultation which ran from 1 June to 1 July, we will respond within"
        " 12 weeks."
    )
    assert due_of(text) == utc("2025-11-10 23:59:59")


# -- shown by the third kinds set's first run (kinds_real3.py, 18/22) -------------------------


def test_a_holiday_after_a_negated_for_is_denied_not_an_earliest_bound() -> None:
    text = (
        "The Commons will not rise for Christmas on Thursday 18 December, as provisionally"
        " planned, but will now sit until Monday 22 December."
    )
    assert due_of(text) == utc("2025-12-22 23:59:59")


def test_titles_do_not_end_a_clause_and_a_rolled_date_takes_the_sentences_past() -> None:
    # "hon." is no full stop; "As I told ... on 19th July" is the past, the promise is now
    text = (
        "As I told the hon. Member on 19th July, I intend to make a statement as soon as I"
        " can, and I will deal then with the question of publication."
    )
    got = parse_deadline(text, REF, "UTC")
    assert got is not None and got.vague and got.due == utc("2025-10-17 23:59:59")
    text = (
        "As was explained to the Member for Derby, South on 16th June, any report will be"
        " made in the form of a statement to Parliament."
    )
    assert parse_deadline(text, REF, "UTC") is None


def test_a_day_word_in_a_comparison_is_no_time() -> None:
    text = "The team set a liftoff time of 7:05 a.m. EDT, the opening of a window just as today."
    assert due_of(text, reference=utc("2025-08-18 14:00:00")) == utc("2025-08-19 11:05:00")


# -- shown by the fourth kinds set's first run (kinds_real4.py, 13/15) ------------------------


def test_a_range_of_years_a_quantity_is_measured_over_is_no_deadline() -> None:
    text = (
        "The Government was instructed to develop an action plan (roadmap) to reduce the net"
        " emissions accumulated from 2021 to 2050 to a level below that of the European Union."
    )
    assert parse_deadline(text, REF, "UTC") is None
    assert due_of("The sites are to be commissioned in 2026–2027.") == utc("2027-12-31 23:59:59")


def test_needed_is_past_and_days_to_come_to_an_agreement_are_no_window() -> None:
    text = (
        "Several times they have decided to extend past their own deadlines, including when"
        " they needed a few extra days to come to an interim agreement in early April."
    )
    assert parse_deadline(text, REF, "UTC") is None


# -- shown by the fifth kinds set's first run (kinds_real5.py, 10/12) -------------------------


def test_today_inside_a_perfect_is_the_day_of_speaking() -> None:
    text = "The Chief Whip has today published the programme for the forthcoming session."
    assert parse_deadline(text, REF, "UTC") is None


def test_the_size_of_an_extension_counts_from_an_end_not_given() -> None:
    text = "This temporary rule extends the reduced catch limits for an additional 186 days."
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal) and got.kind == "event"
    # time a notice gives without extending anything still counts from now
    assert due_of("This notice allows for an additional 30 days for comments.") == utc(
        "2025-09-17 23:59:59"
    )


# -- shown by the seventh kinds set's first run (kinds_real7.py, 9/11) ------------------------


def test_relative_words_reported_from_last_year_are_not_counted_from_now() -> None:
    text = "Last year he told a deputation that he would shortly be making a statement."
    assert parse_deadline(text, REF, "UTC") is None
    # yesterday is as good as now for them
    text = "Yesterday the Minister said that she would make a statement shortly."
    got = parse_deadline(text, REF, "UTC")
    assert got is not None and got.vague


@pytest.mark.parametrize(
    "text",
    [
        "I propose to make a statement on the war situation on the day the House adjourns"
        " for Easter.",
        "The House will rise for Christmas.",
    ],
)
def test_the_day_of_an_undated_event_is_no_date(text: str) -> None:
    assert parse_deadline(text, REF, "UTC") is None


# -- statutory and regulatory forms no set had yet ------------------------------------------


def test_effective_on_publication_is_the_day_the_notice_is_read() -> None:
    for text in (
        "This rule is effective on the date of publication in the Federal Register.",
        "This rule is effective upon publication.",
    ):
        assert due_of(text) == utc("2025-08-18 23:59:59")
    assert parse_deadline("The rule takes effect upon publication of the report.", REF) is None


# -- the round's rules, kept from firing where they should not -------------------------------


def test_the_rules_of_this_round_do_not_overreach() -> None:
    # a double negative is no denial of the infinitive clause
    assert due_of("We will not hesitate, if necessary, to legislate by September.") == utc(
        "2025-09-30 23:59:59"
    )
    # a range moved to a later end is no period measured
    assert due_of("The deadline has been extended from 2026 to 2028.") == utc("2028-12-31 23:59:59")
    # a clock time on the day before an undated meeting is an event
    got = interpret_deadline("Nominations close at 5 p.m. on the day before the meeting.", REF)
    assert isinstance(got, Refusal) and got.kind == "event"


def test_a_year_that_names_a_level_ends_no_range() -> None:
    # "2030 to 2005 levels" is no range of years: "by 2030" is read, as it was before the
    # ranges of round 4
    text = "We will cut emissions by 2030 to 2005 levels."
    assert due_of(text) == utc("2030-12-31 23:59:59")
