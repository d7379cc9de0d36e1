"""Issue 12, round 5: the general kinds the fourth fresh set showed, and forms of real
deadline language from notices, releases and orders of business, each pinned by a rule
test written before its fix.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Refusal, interpret_deadline, parse_deadline
from tests.core.test_deadline_kinds import REF, due_of, refusal_of, utc

# -- the object of "a deadline of/for": a deadline whatever the tense of the setting verb --


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # wire copy: the deadline was set in the past, the day it names is still ahead
        ("The parties had set a deadline of Monday to conclude a deal.", "2025-08-18 23:59:59"),
        ("Lawmakers had set a deadline of Friday to pass the bill.", "2025-08-22 23:59:59"),
        ("The union had set a deadline of 1 September for an agreement.", "2025-09-01 23:59:59"),
        # the named deadline beats a date that says what the act does ("fund ... through")
        (
            "Congress faces a deadline of Friday to pass spending legislation that would fund"
            " the government through Dec. 22.",
            "2025-08-22 23:59:59",
        ),
        ("Negotiators set a deadline for Wednesday to agree the text.", "2025-08-20 23:59:59"),
    ],
)
def test_the_object_of_a_deadline_is_a_deadline(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_deadline_that_passed_is_still_the_past() -> None:
    assert parse_deadline("The deadline of 1 August passed without agreement.", REF) is None


def test_a_deadline_moved_on_is_the_new_one() -> None:
    text = "The deadline of 31 August has been extended to 30 September."
    assert due_of(text) == utc("2025-09-30 23:59:59")


# -- "received after <time> will not be considered": the time is the deadline -------------


@pytest.mark.parametrize(
    ("text", "tz", "due"),
    [
        # Federal Register and funding notices: what comes late is refused
        (
            "Comments received after 15 September 2025 will not be considered.",
            "UTC",
            "2025-09-15 23:59:59",
        ),
        (
            "Applications received after 5:00 p.m. ET on September 3, 2025 will not be considered.",
            "America/New_York",
            "2025-09-03 21:00:00",
        ),
        (
            "Proposals received after 4 p.m. on Friday will not be accepted.",
            "UTC",
            "2025-08-22 16:00:00",
        ),
        (
            "Any bid submitted after 12 noon on 29 August 2025 shall not be considered.",
            "UTC",
            "2025-08-29 12:00:00",
        ),
    ],
)
def test_what_is_refused_after_a_time_makes_it_the_deadline(text: str, tz: str, due: str) -> None:
    assert due_of(text, tz) == utc(due)


def test_what_is_accepted_after_a_time_is_still_only_a_start() -> None:
    text = "Applications received after 15 September will be considered in the next round."
    assert refusal_of(text) == "earliest"


# -- "today's <noun>": the day of speaking as a name, not a time to do something -----------


@pytest.mark.parametrize(
    "text",
    [
        "Today's announcement will help 500 schools to cut their energy bills.",
        "Today's figures show that the number of people waiting fell by 5 per cent.",
        "The briefing documents and opening statement for today's meeting are attached.",
        "Today’s updates mark the final reporting from the performance period.",
    ],
)
def test_todays_as_a_name_is_no_deadline(text: str) -> None:
    assert parse_deadline(text, REF) is None


def test_tomorrows_business_stays_tomorrow() -> None:
    # the second fresh set labels "Tomorrow's Forthcoming Business will include ..." as due
    # tomorrow: only the day of speaking is a name
    assert due_of("Tomorrow's business will include the recess dates.") == utc(
        "2025-08-19 23:59:59"
    )


# -- "launches a 12-week consultation": the period launched today ends N weeks on ----------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The Department launches a 12-week consultation today on the new rules.",
            "2025-11-10 23:59:59",
        ),
        (
            "The Government has today launched an eight-week consultation on the proposals.",
            "2025-10-13 23:59:59",
        ),
        (
            "Laws around mobility devices could be modernised, as the Department launches a"
            " 12-week consultation today (18 August 2025).",
            "2025-11-10 23:59:59",
        ),
        ("The regulator is opening a 6-week call for evidence.", "2025-09-29 23:59:59"),
    ],
)
def test_a_period_launched_now_ends_after_its_length(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_period_launched_on_a_past_day_is_not_counted_from_now() -> None:
    text = "The Department launched a 12-week consultation on 1 July."
    assert parse_deadline(text, REF) is None


# -- more "as soon as possible" words --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We will act as quickly as possible.",
        "The regulator will respond as soon as reasonably practicable.",
        "The Minister will give final advice to the Government as quickly as possible.",
        "We will restore services as early as possible.",
        # a promise with "will" after a past day counts from now (round 4)
        "He told me on Monday that he is examining the issue himself and will give final"
        " advice to the Government as quickly as possible.",
    ],
)
def test_as_quickly_as_possible_is_a_vague_window(text: str) -> None:
    got = parse_deadline(text, REF)
    assert got is not None and got.vague
    assert got.due == utc("2025-10-17 23:59:59")  # 60 days, as "as soon as possible"


# -- orders of business: lengths of items and "whichever is the later" ---------------------


@pytest.mark.parametrize(
    "text",
    [
        # an item's length counts from when the item begins, which is not dated
        "- Remediation Bill 2025 (Second Stage) (to conclude within 3 hours and 34 minutes)",
        "The statements to conclude within 90 minutes.",
        "The Bill (Second Stage) to conclude within 2 hours and 30 minutes.",
        # the later of a time and an undated event: the moment cannot be stated
        "Question Time today shall be taken at 3.30 p.m. or on the conclusion of No. 4,"
        " whichever is the later, for 75 minutes.",
        "The Bill to be interrupted either at 7 p.m., or 3 hours and 55 minutes after the"
        " conclusion of the Motion, whichever is the later.",
    ],
)
def test_item_lengths_and_the_later_of_an_event_are_refused(text: str) -> None:
    got = interpret_deadline(text, REF, "Europe/Dublin")
    assert isinstance(got, Refusal), got
    assert got.kind == "event"


def test_hours_and_minutes_are_one_span() -> None:
    got = parse_deadline("We will reply within 2 hours and 30 minutes.", REF)
    assert got is not None and got.due == utc("2025-08-18 12:30:00")


def test_the_earlier_of_two_times_is_still_a_deadline() -> None:
    text = "Submissions are due by 5 p.m. on 29 August or 10 working days after publication,"
    text += " whichever is the earlier."
    assert due_of(text) == utc("2025-08-29 17:00:00")


# -- deleted words in square brackets (amended text): the year after them counts -----------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("to remain available until September 30, [2026] 2027", "2027-09-30 23:59:59"),
        (
            "[$7,742,550,000] $9,661,000,000, to remain available until September 30, [2025] 2026",
            "2026-09-30 23:59:59",
        ),
    ],
)
def test_a_bracketed_deletion_is_not_read(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a number in brackets with no replacement after it is no deletion: not dropped
        ("We will deliver by 1 June [2027].", "[2027]"),
        ("The rule applies until September 30 [2026], 2027.", "[2026]"),
    ],
)
def test_a_bracketed_number_with_nothing_in_its_place_is_refused(text: str, words: str) -> None:
    got = interpret_deadline(text, REF)
    assert isinstance(got, Refusal) and (got.kind, got.words) == ("number", words)


# -- times of an order of business: "at T1 to continue to T2" -----------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Questions at 2.30 p.m. to continue to 5 p.m.", "2025-08-18 17:00:00"),
        (
            "Private Members' business at 7 p.m. and to continue until 8.30 p.m.",
            "2025-08-18 20:30:00",
        ),
    ],
)
def test_a_time_that_continues_to_another_falls_due_at_the_later(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- a regular past verb right before a year-less date: the past one ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The scope of the review was set out in an answer on 19 May 2025, and work started"
        " on 28 August.",
        "The inquiry opened on 2 September and the first witnesses appeared on 9 September.",
    ],
)
def test_a_regular_past_verb_before_a_yearless_date_is_the_past(text: str) -> None:
    assert parse_deadline(text, REF) is None


def test_a_participle_before_a_yearless_date_with_its_verb_to_come_is_no_past() -> None:
    text = "Applications received on 29 August will be considered at the next meeting."
    assert due_of(text) == utc("2025-08-29 23:59:59")


# -- a present clause hung on a past one ("as he looks forward to ...") is the present ------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "They chatted a bit about the President's enthusiasm as he looks forward to his"
            " trip later this month to Brazil.",
            "2025-08-31 23:59:59",
        ),
        (
            "The Minister spoke to reporters as she prepares for the summit on Friday.",
            "2025-08-22 23:59:59",
        ),
    ],
)
def test_a_present_clause_after_a_past_one_is_the_present(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- when a thing starts and when it is completed: the completion counts --------------------


def test_a_start_beside_a_completion_gives_way_to_the_completion() -> None:
    text = (
        "Further public sittings will commence at the end of August, which the sole member"
        " anticipates is likely to be completed by the end of October or the beginning of"
        " November."
    )
    got = parse_deadline(text, REF)
    assert got is not None and got.vague
    assert got.due == utc("2025-11-10 23:59:59")


def test_a_start_alone_is_still_read() -> None:
    assert due_of("Work will commence at the end of August.") == utc("2025-08-31 23:59:59")


# -- a negation does not reach into a relative clause with its own verb ---------------------


def test_a_negation_stops_at_a_relative_clause_with_its_own_verb() -> None:
    text = "Teams are not working any issues that would delay liftoff at 4:50 p.m."
    assert due_of(text) == utc("2025-08-18 16:50:00")


def test_a_negation_of_the_time_itself_still_counts() -> None:
    assert refusal_of("The launch will not happen at 4:50 p.m.") == "negated"


# -- recurring words about what follows ("monthly after that") ------------------------------


def test_follow_ups_after_a_first_report_do_not_make_it_recurring() -> None:
    text = (
        "A report on the instructions' implementation will be presented in two weeks' time,"
        " with follow-up reports monthly after that."
    )
    assert due_of(text) == utc("2025-09-01 23:59:59")


# -- a span from a stated start ("from April 2026 for three years"): counted from it --------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The funding will be available from April 2026 for three years.", "2029-04-01 23:59:59"),
        ("The rule will be phased in over three years beginning in 2026.", "2029-01-01 23:59:59"),
        ("Starting on 1 September, the trial will run for six weeks.", "2025-10-13 23:59:59"),
    ],
)
def test_a_span_from_a_stated_start_counts_from_it(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_span_from_a_past_start_is_still_refused() -> None:
    assert refusal_of("The scheme ran for ten weeks from last April.") == "past"


# -- a habit ("I always try to ...", "we normally reply within ..."): a standard, no pledge --


@pytest.mark.parametrize(
    "text",
    [
        "I always try to answer priority written questions on the due date, but occasionally"
        " the research takes longer and a full answer is then given as soon as possible.",
        "The Department normally replies to correspondence within 20 working days.",
        "We usually publish the figures within six weeks.",
    ],
)
def test_a_habit_is_a_recurring_standard(text: str) -> None:
    assert refusal_of(text) == "recurring"


# -- "will open on <date> and run for <span>": the period ends its length after the start --


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The consultation will open on 1 September and run for 12 weeks.", "2025-11-24 23:59:59"),
        (
            "The call for evidence opens on 25 August 2025 and will run for eight weeks.",
            "2025-10-20 23:59:59",
        ),
    ],
)
def test_a_period_opening_on_a_date_ends_after_its_length(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_period_that_opened_and_ran_is_the_past() -> None:
    text = "The consultation opened on 1 March and ran for 12 weeks."
    assert parse_deadline(text, REF) is None
