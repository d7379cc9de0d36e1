"""Issue 12, round 9: words that contradict themselves or name what we cannot place, and
clauses that hold no deadline of their own. Pinned here before the fixes, with real phrasings
of each kind (tenth and eighth fresh sets) rewritten onto the reference day where the kind
needs it, and with the readings the rules must leave alone.

- a weekday that disagrees with its date ("on Tuesday 5 March 2027": a Friday) is refused,
  naming both, rather than read silently as the date (or the weekday);
- a clock time followed by a zone name we do not know ("5pm Fiji time", "7 p.m. Foo
  Standard Time") is refused, naming it, rather than read in the server's zone; the
  Chamorro, Samoa and Hawaii standard times of US territories are known;
- a habit ("normally commence in June", "generally within 6 months") is recurring;
- "it is unlikely that ... before <date>" gives only the earliest date;
- "as soon as it practicable" is "as soon as practicable";
- a time "TBD" / "to be determined" is refused;
- "On <the day of speaking>, <someone> announced ..." reports that day, no deadline;
- (second part) a reporting period "covering" days that would roll into next year is the
  past one; a date in an exception ("with the exception of ...") is no deadline; "no one
  has cancelled" leaves the date; "for no more than 10 minutes" is a speaking limit;
  "later in the week" said on a Sunday is the coming week; "a 60-day period starting Jan.
  4" ends 60 days after it.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server unless a test says otherwise.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline, parse_deadline
from tests.core.test_deadline_kinds import REF, due_of, refusal_of, utc

# -- a weekday that disagrees with its date ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "named", "actual"),
    [
        ("The Bill will be published on Tuesday 5 March 2027.", "Tuesday", "Friday"),
        ("Applications must arrive by Monday, September 4, 2025.", "Monday", "Thursday"),
        ("The House will sit on Wednesday 26 August.", "Wednesday", "Tuesday"),
        ("by Tue 5 March 2027", "Tuesday", "Friday"),
    ],
)
def test_a_weekday_that_disagrees_with_its_date_is_refused_naming_both(
    text: str, named: str, actual: str
) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal), got
    assert got.kind == "conflict"
    assert named in got.reason and actual in got.reason


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The Bill will be published on Friday 5 March 2027.", "2027-03-05 23:59:59"),
        ("by Friday, March 5, 2027", "2027-03-05 23:59:59"),
        ("The House will sit on Tuesday 26 August.", "2025-08-26 23:59:59"),
        ("by Thursday 5 March", "2026-03-05 23:59:59"),  # 5 March 2026 is a Thursday
        ("by 5 March 2027", "2027-03-05 23:59:59"),
    ],
)
def test_a_weekday_that_agrees_with_its_date_is_unchanged(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_a_weekday_of_the_date_four_days_ago_is_no_deadline_and_no_conflict() -> None:
    # "Thursday 14 August" said on Monday 18 August 2025: four days ago, not 2026 (a Friday)
    text = "The statement was made on Thursday 14 August."
    assert interpret_deadline(text, REF, "UTC") is None


# -- a clock time with a zone name we do not know ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Entries close at 5pm Fiji time.", "Fiji time"),
        ("The hearing begins at 7 p.m. Foo Standard Time on 20 January 2026.", "Foo Standard Time"),
        ("Bids are due by 17:00 Fiji Time on 1 September.", "Fiji Time"),
        # a weekday for the day: the time and its unknown zone were dropped for Friday's end
        ("Bids are due by 17:00 Fiji Time on Friday.", "Fiji Time"),
        ("Entries close at 5 PM Fiji time on Friday.", "Fiji time"),
    ],
)
def test_a_clock_time_with_an_unknown_zone_name_is_refused_naming_it(text: str, zone: str) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal), got
    assert got.kind == "zone"
    assert zone in got.words or zone in got.reason


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the real phrasing of the eighth fresh set, a year on
        (
            "The first hearing is scheduled for the early evening in Guam and the Commonwealth"
            " of the Northern Mariana Islands, from 4 to 7 p.m. Chamorro Standard Time on"
            " Wednesday, January 20, 2027.",
            "2027-01-20 09:00:00",
        ),
        ("at 8 p.m. Samoa Standard Time on Tuesday 20 January 2026", "2026-01-21 07:00:00"),
        ("at 10 p.m. Hawaii Standard Time on Tuesday 20 January 2026", "2026-01-21 08:00:00"),
    ],
)
def test_the_standard_times_of_us_pacific_territories_are_known(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("by 5pm London time", "2025-08-18 16:00:00"),
        ("by 5pm local time", "2025-08-18 17:00:00"),
        ("Submissions close at 5pm. Time is short, so please hurry.", "2025-08-18 17:00:00"),
        ("by 9 a.m. Eastern Time on Friday", "2025-08-22 13:00:00"),
    ],
)
def test_known_zones_and_capitalised_words_after_a_time_are_unchanged(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # "PM" in capitals was taken for the first word of the zone ("PM Central Time")
        ("by 5 PM Central Time on Friday", "2025-08-22 22:00:00"),
        ("by 5:00 PM Pacific Time on Friday", "2025-08-23 00:00:00"),
        ("by 5PM Eastern Standard Time on Friday", "2025-08-22 22:00:00"),
        ("Applications are due 8/29/2025 at 8:00:00 PM Eastern Time", "2025-08-30 00:00:00"),
        # "17:00 Central ..." was read as "17:00 cents" and the clock time dropped
        ("by 17:00 Central Time on Friday", "2025-08-22 22:00:00"),
        # Europe's zones by name: the region's clock, or the offset "Summer"/"Standard" says
        ("by 17:00 Central European Time on 1 September", "2025-09-01 15:00:00"),
        ("by 17:00 Central European Summer Time on 1 September", "2025-09-01 15:00:00"),
        ("by 17:00 Eastern European Time on Friday", "2025-08-22 14:00:00"),
        ("by 17:00 Western European Time on Friday", "2025-08-22 16:00:00"),
    ],
)
def test_clock_times_with_zones_in_capitals_or_by_european_names(text: str, due: str) -> None:
    got = parse_deadline(text, REF, "UTC", day_first=False)
    assert got is not None and got.due == utc(due)


def test_money_in_cents_is_still_no_clock_time() -> None:
    assert due_of("The fare rises by 17.50 cents on 1 September") == utc("2025-09-01 23:59:59")


def test_an_offset_in_brackets_is_no_clock_time() -> None:
    text = (
        "Times are given in Chamorro Standard Time (GMT+10:00), Samoa Standard Time"
        " (GMT-11:00), and Hawaii Standard Time (GMT-10:00)."
    )
    assert due_of(text) is None
    assert due_of("by 17:00 GMT+2") == utc("2025-08-18 15:00:00")


# -- a habit is recurring ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Payments under the 2004 extensification premium scheme normally commence in June.",
        "The annual report is usually published in March.",
        "New or renewal applications shall receive consideration for funding generally within 6"
        " months.",
    ],
)
def test_a_habit_is_recurring(text: str) -> None:
    assert refusal_of(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Payments under the scheme will commence in June 2026.", "2026-06-30 23:59:59"),
        ("Generally speaking, we will publish the report by 30 September.", "2025-09-30 23:59:59"),
        # the habit is the Bill's, in a clause of its own; the plan is next week
        (
            "The Central Fund Bill usually lends itself merely to one-stage discussion and we"
            " should finish it next week.",
            "2025-08-31 23:59:59",
        ),
    ],
)
def test_a_single_plan_is_unchanged(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


# -- "unlikely ... before <date>" gives only the earliest date -----------------------------------


@pytest.mark.parametrize(
    ("text", "earliest"),
    [
        (
            "The National Gallery suffered greater damage, and it is unlikely that repairs will"
            " be complete before 2027.",
            "2027-01-01 00:00:00",
        ),
        (
            "It is the intention to start any necessary alterations in the Spring and it is"
            " unlikely that the work will be completed before June 2026.",
            "2026-06-01 00:00:00",
        ),
    ],
)
def test_unlikely_before_gives_only_the_earliest_date(text: str, earliest: str) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal), got
    assert got.kind == "earliest"
    assert got.earliest == utc(earliest)


def test_before_without_unlikely_is_unchanged() -> None:
    assert due_of("The work will be completed before June 2026.") == utc("2026-05-31 23:59:59")


# -- vague words written oddly -------------------------------------------------------------------


def test_as_soon_as_it_practicable_is_as_soon_as_practicable() -> None:
    text = (
        "My Department will continue to prioritise the payment of eligible cases under the"
        " National Reserve to ensure that payment is made as soon as it practicable."
    )
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Deadline), got
    assert got.vague and got.due == utc("2025-10-17 23:59:59")


# -- a time still to be decided ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Submission Deadline for Full Applications: 5 PM ET, TBD",
        "The vote will take place at 6 p.m., time to be confirmed.",
    ],
)
def test_a_time_still_to_be_decided_is_refused(text: str) -> None:
    assert refusal_of(text) == "event"


def test_a_date_to_be_confirmed_is_the_plan_as_it_stands() -> None:
    assert due_of("Closing date: 30 September (TBC)") == utc("2025-09-30 23:59:59")


def test_tbd_elsewhere_leaves_the_deadline() -> None:
    text = "Submission Deadline for Letters of Intent: 5 PM ET, August 29, 2025; venue TBD"
    assert due_of(text) == utc("2025-08-29 21:00:00")


# -- the day of speaking reported as past --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On August 18, 2025, the U.S. Department of Energy (DOE) Solar Energy Technologies"
        " Office (SETO) announced the Concentrating Solar Flux funding opportunity, which will"
        " award up to $30 million for research.",
        "On 18 August 2025, the Minister announced a review of the scheme.",
    ],
)
def test_the_day_of_speaking_told_as_past_is_no_deadline(text: str) -> None:
    assert due_of(text) is None


def test_the_day_of_speaking_with_a_deadline_after_it_keeps_the_deadline() -> None:
    text = "On 18 August 2025, the Minister announced that the review will report by 1 December."
    assert due_of(text) == utc("2025-12-01 23:59:59")


def test_a_future_day_with_an_announcement_verb_after_it_is_unchanged() -> None:
    text = "On 1 September 2025, the Minister will announce the outcome."
    assert due_of(text) == datetime(2025, 9, 1, 23, 59, 59, tzinfo=UTC)


# -- second part: a reporting period, an exception, a cancellation denied, a speaking limit, -----
# -- "later in the week" said on a Sunday, a period of N days starting on a date ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Today's updates mark reporting from the second quarter of the FY 2024 performance"
        " period covering January 1 through March 31.",
        "The report covers the period from 1 April to 30 June.",
    ],
)
def test_a_reporting_period_that_would_roll_into_next_year_is_the_past_one(text: str) -> None:
    assert due_of(text) is None


def test_a_period_ahead_that_is_covered_is_unchanged() -> None:
    text = "The consultation covering 1 September to 30 November will close on 30 November."
    assert due_of(text) == utc("2025-11-30 23:59:59")


def test_a_date_in_an_exception_is_not_the_deadline() -> None:
    text = (
        "All local development plans should be submitted for examination by December 2026 with"
        " the exception of plans that reach pre-submission consultation stage (Regulation 19) on"
        " or before 12 March 2026."
    )
    assert due_of(text) == utc("2026-12-31 23:59:59")


def test_an_exception_closed_before_the_date_leaves_the_date() -> None:
    # the seventh fresh set's Lords adjournment: "except for judicial business," is an aside
    text = (
        "My Lords, as there is no business on the Paper for to-morrow it is proposed that the"
        " House should now adjourn, except for judicial business, until Tuesday next."
    )
    assert due_of(text) == utc("2025-08-19 23:59:59")  # "Tuesday next": the coming Tuesday


def test_a_deadline_with_an_exception_after_it_is_unchanged() -> None:
    assert due_of("Plans must be submitted by 12 March 2026, except in Wales.") == utc(
        "2026-03-12 23:59:59"
    )


def test_a_cancellation_denied_leaves_the_date() -> None:
    text = (
        "No one has cancelled preparations for September 1, and therefore, I would like to hear"
        " from you how this work is advancing."
    )
    assert due_of(text) == utc("2025-09-01 23:59:59")


def test_a_cancellation_is_still_a_cancellation() -> None:
    assert refusal_of("The preparations for September 1 have been cancelled.") == "negated"


def test_a_speaking_limit_is_no_deadline() -> None:
    text = (
        "If time permits, an individual who did not file a notice may be allowed to testify at"
        " the hearing, but for no more than 10 minutes."
    )
    assert refusal_of(text) == "event"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The vote will close in no more than 10 minutes.", "2025-08-18 10:10:00"),
        ("We will reply within 10 minutes.", "2025-08-18 10:10:00"),
    ],
)
def test_a_time_limit_from_now_is_unchanged(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


def test_later_in_the_week_said_on_a_sunday_is_the_coming_week() -> None:
    sunday = utc("2025-08-24 15:00:00")
    text = "Later in the week, the Secretary will travel to Brussels, where she will meet NATO."
    got = interpret_deadline(text, sunday, "UTC")
    assert isinstance(got, Deadline), got
    assert got.vague and got.due == utc("2025-08-31 23:59:59")


def test_later_in_the_week_said_midweek_is_unchanged() -> None:
    wednesday = utc("2025-08-20 15:00:00")
    got = interpret_deadline("Later in the week, the Secretary will travel.", wednesday, "UTC")
    assert isinstance(got, Deadline) and got.due == utc("2025-08-24 23:59:59")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Drivers not following the new rules will face discretionary enforcement for a 60-day"
            " period starting Jan. 4, the day the overhauled rules take effect.",
            "2026-03-05 23:59:59",
        ),
        (
            "The consultation will run for a 12-week period starting 1 September.",
            "2025-11-24 23:59:59",
        ),
    ],
)
def test_a_period_of_a_length_starting_on_a_date_ends_after_that_length(
    text: str, due: str
) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("by Thursday 29th", "Thursday 29th"),  # the 29th after Monday 18 August 2025: a Friday
        ("by Thursday the 29th at 5pm", "Thursday the 29th"),
    ],
)
def test_a_weekday_that_disagrees_with_a_bare_day_of_the_month_is_refused(
    text: str, words: str
) -> None:
    """The weekday was dropped without a word: "by Thursday 29th" was 29 August, a Friday."""
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal) and got.kind == "conflict", got
    assert got.words == words
    assert "Thursday does not fit the 29th" in got.reason and "a Friday" in got.reason


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("by Friday 29th", "2025-08-29 23:59:59"),
        ("by Monday the 8th", "2025-09-08 23:59:59"),
        ("by Sunday the 31st", "2025-08-31 23:59:59"),
        ("by the 29th", "2025-08-29 23:59:59"),
    ],
)
def test_a_weekday_that_fits_a_bare_day_of_the_month_is_unchanged(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # "UTC" or "GMT" before a time, and a dash anywhere: the offset check's class
        # "[+-−]" was a range (every character from "+" to "−"), refusing these
        # said at 10:00: the first 10:00 after the moment of speaking (stop 61, CONVENTIONS 6.3)
        ("All times UTC: 10:00 - be there", "2025-08-19 10:00:00"),
        ("Check-in at GMT, 9:30 - be there", "2025-08-19 09:30:00"),
    ],
)
def test_a_time_after_utc_is_no_offset(text: str, due: str) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Deadline) and got.due == utc(due), got


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        # a zone after the whole phrase, unknown by name or by its words: it was dropped
        # and the time read in the server's zone
        ("by 12:00 on 19 January 2026 (Fiji time)", "Fiji time"),
        ("by 17:00 on Friday, Fiji time", "Fiji time"),
        ("by 12:00 on 19 January 2026 (Guam daylight time)", "Guam"),
        ("by 12:00 on 19 January 2026 (EST+2)", "+2"),
        # a letter elsewhere that lower-cases to two ("İ") switched the check off
        ("Entries close at 5pm Fiji time (İstanbul office)", "Fiji time"),
    ],
)
def test_a_zone_we_cannot_place_after_the_phrase_is_refused(text: str, zone: str) -> None:
    got = interpret_deadline(text, REF, "UTC")
    assert isinstance(got, Refusal) and got.kind == "zone", got
    assert zone in got.words


def test_a_known_zone_after_the_phrase_still_reads_in_it() -> None:
    assert due_of("by 12:00 on 19 January 2026 (Hong Kong time)") == utc("2026-01-19 04:00:00")
    assert due_of("Entries close at 5pm London time (İstanbul office)") == utc(
        "2025-08-18 16:00:00"
    )
