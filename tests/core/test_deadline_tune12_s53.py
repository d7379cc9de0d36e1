"""Issue 12, stop 53, tuner: development misses. Said on Wednesday 2 December 2026 at 10:00,
London (tests/core/reading.py).

A habit word ("usually", "normally", "typically", ...) that governs a day of the year named
without a year ("usually occurs on the first Wednesday in February", "is normally held on 5
March") tells of a day that comes round each year: a standing schedule, refused as recurring
(CONVENTIONS 1.3), as the same word before a month already was ("normally commence in June").
A year in the phrase, a habit word in another clause, or no habit word leave the day read.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline
from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury holds a press conference, which usually occurs on the first Wednesday in"
        " February, May, August and November.",
        "The review is normally published on 5 March.",
        "The ceremony typically takes place on March 5.",
        "Parliament usually rises on the last Thursday in July.",
        "The fund always opens on 1 April.",
    ],
)
def test_a_habit_on_a_day_of_the_year_is_recurring(text: str) -> None:
    assert refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a year: that one day, not every year's
        (
            "The review, normally published in spring, will be published on 5 March 2027.",
            "2027-03-05 23:59",
        ),
        # the habit word in another clause: "usually ... but" is one plan of this year
        (
            "We usually meet in the spring, but this time the board will decide on 5 March.",
            "2027-03-05 23:59",
        ),
        # no habit word
        ("The review will be published on 5 March.", "2027-03-05 23:59"),
        ("The review will be published on the first Wednesday in February.", "2027-02-03 23:59"),
    ],
)
def test_a_day_without_a_habit_is_read(text: str, when: str) -> None:
    assert due(text) == when


# "for the first time in 12 years", "the first minister to do so in 12 years": the span
# measures back from now how long it has been, whatever the tense of the act ("will visit
# ... for the first time in 12 years"); it was read as due 12 years ahead. Only years and
# longer: "will open for the first time in two weeks" may be a time ahead, and stays one.
@pytest.mark.parametrize(
    "text",
    [
        "The minister will visit Peru for the first time in 12 years.",
        "I will visit both countries as the first Japanese Minister for Foreign Affairs to do so"
        " in 12 years and meet with dignitaries.",
        "The committee will meet in Belfast for the first time in over a decade.",
        "She will become the first leader to do so in nearly forty years.",
    ],
)
def test_the_first_time_in_years_measures_back(text: str) -> None:
    # no deadline; refused as the superlative spans already were ("It will be the first such
    # visit in 12 years"), as a length not counted from now
    assert refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The minister will visit Peru in 12 years.", "2038-12-02 23:59"),
        ("We will build the largest park in the city in 3 years.", "2029-12-02 23:59"),
        ("The store will open for the first time in two weeks.", "2026-12-16 23:59"),
    ],
)
def test_a_span_ahead_stays_ahead(text: str, when: str) -> None:
    assert due(text) == when


# A window opened today and told in the simple past ("The agency today opened a 30-day comment
# period") runs from today and falls due at its end (CONVENTIONS 1.1), as it did in the present
# ("launches a 12-week consultation") and the perfect ("has today launched"); the past verb
# had it refused as past. The opening must be today's: a dated past opening is not counted
# from now.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The agency today opened a 30-day comment period on the proposal.", "2027-01-01 23:59"),
        ("Today the agency opened a 30-day comment period.", "2027-01-01 23:59"),
        ("Today, the Department launched a 12-week consultation on the plans.", "2027-02-24 23:59"),
        (
            "The EPA today began a 45-day public comment period on the draft permit.",
            "2027-01-16 23:59",
        ),
        ("The council launched today a six-week consultation on parking.", "2027-01-13 23:59"),
    ],
)
def test_a_window_opened_today_in_the_past_tense_falls_due_at_its_end(text: str, when: str) -> None:
    assert due(text) == when


def test_a_window_opened_on_a_past_day_is_not_counted_from_now() -> None:
    assert refusal("On 3 March the agency opened a 30-day comment period.") == "past"


# A year between "the" and a target, goal, edition, contest, budget or set of figures names
# which one is meant ("the 2040 targets", "the 2021-2027 budget", "the 2026 edition"), as it
# already did before an election or a plan: nothing falls due at that year's end (the targets
# and goals were read as due then). A deadline word in front ("before the 2028 edition") still
# limits, and a year after the noun ("the targets for 2030") is read as before.
@pytest.mark.parametrize(
    "text",
    [
        "Ministers discussed progress towards the 2040 targets.",
        "The 2030 goals were set by the UN.",
        "The 2030 target of net zero remains.",
        "Member states will agree the 2028-2034 budget.",
        "The 2027 edition will be held in Paris.",
        "Entries for the 2027 contest are welcome.",
        "The report compares the 2025 figures with earlier years.",
    ],
)
def test_a_year_naming_a_target_or_edition_is_no_time(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The venue must be ready before the 2028 edition.", "2027-12-31 23:59"),
        ("We will meet the targets in 2030.", "2030-12-31 23:59"),
        ("The targets for 2030 will be published in March.", "2027-03-31 22:59"),
    ],
)
def test_a_year_with_a_deadline_word_still_limits(text: str, when: str) -> None:
    assert due(text) == when


# How long a thing stays valid or a loan runs ("The pass is valid for two years", "The loan is
# repayable over 25 years") is a length from the thing's own undated start, a standing term
# (CONVENTIONS 1.3, "licences last five years"), not a span from now; it was due two (or 25)
# years after speaking. With its own start ("valid for two years from 1 January 2027") it is a
# window that closes at its end (1.1), read as before.
@pytest.mark.parametrize(
    "text",
    [
        "The pass is valid for two years.",
        "Passports issued to children are valid for five years.",
        "The permit will be valid for up to three years.",
        "The ticket is valid for 24 hours.",
        "The loan is repayable over 25 years.",
        "Loans are repayable within five years.",
        "The loans will be repaid over ten years.",
    ],
)
def test_a_validity_or_loan_term_is_no_span_from_now(text: str) -> None:
    assert refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The permit will be valid for two years from 1 January 2027.", "2029-01-01 23:59"),
        ("The loan must be repaid within five years.", "2031-12-02 23:59"),
    ],
)
def test_a_validity_with_its_own_start_or_one_loan_owed_still_falls_due(
    text: str, when: str
) -> None:
    assert due(text) == when


# "tomorrow and the day after" is two days, the later of them the day after tomorrow, as
# "tomorrow or the day after" already was; "the day after" was read so but ranked as a span,
# not a day, so "tomorrow" won as the later end of the pair and a day was dropped silently.
@pytest.mark.parametrize(
    "text",
    [
        "I will visit Okinawa for two days, tomorrow and the day after.",
        "The talks will be held tomorrow and the day after.",
        "We hope to decide tomorrow and the next day.",
    ],
)
def test_tomorrow_and_the_day_after_falls_due_the_day_after_tomorrow(text: str) -> None:
    assert due(text) == "2026-12-04 23:59"


# A date in a clause opened by "since" with a past verb ("since the shutdown began December
# 22") tells when something began, in the past; a future in the main clause ("Workers will
# miss a second paycheck since ...") had the year-less date rolled to next December, due a
# year ahead with no warning. Said on 22 January 2019, New York.
_SAID_JAN_2019 = datetime(2019, 1, 22, 10, 0, tzinfo=ZoneInfo("America/New_York"))


@pytest.mark.parametrize(
    "text",
    [
        "Workers will miss a second paycheck since the shutdown began December 22.",
        "Workers will miss a second paycheck since the shutdown started on 22 December.",
        "Prices will keep rising, as they have since the tariffs took effect December 1.",
    ],
)
def test_a_date_in_a_since_clause_is_past(text: str) -> None:
    got = interpret_deadline(text, _SAID_JAN_2019, "America/New_York")
    assert isinstance(got, Refusal) and got.kind == "past", got


def test_a_vote_beside_a_since_clause_keeps_its_day() -> None:
    text = (
        "The vote will take place on Thursday (January 24), a day before federal workers are"
        " likely to miss their second paycheck since the shutdown began December 22."
    )
    got = interpret_deadline(text, _SAID_JAN_2019, "America/New_York")
    assert isinstance(got, Deadline) and got.matched == "January 24", got


def test_a_since_clause_in_reported_speech_is_past() -> None:
    # the act ahead is reported after "said"; the "since" clause's date is still the past
    text = (
        "Senate Majority Leader Mitch McConnell said the vote on both proposals will take place"
        " on Thursday (January 24), a day before federal workers are likely to miss their second"
        " paycheck since the shutdown began December 22."
    )
    got = interpret_deadline(text, _SAID_JAN_2019, "America/New_York")
    assert isinstance(got, Deadline) and got.matched == "January 24", got


# "before <a term> ends on <day>" ("before his term ends Jan. 20", "before the lease expires
# on 30 June") is before that day (CONVENTIONS 3.5): due at the end of the day before, as
# "before 30 June" is; the ending day itself was taken, a day late with no warning.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "He hopes Congress will approve the deal before his term ends Jan. 20.",
            "2027-01-19 23:59",
        ),
        ("Ministers will decide before the lease expires on 18 December.", "2026-12-17 23:59"),
        ("We will act before the current scheme runs out on 1 April.", "2027-03-31 22:59"),
        ("The bill must pass before the session ends on Thursday.", "2026-12-02 23:59"),
    ],
)
def test_before_an_event_on_a_day_is_the_day_before(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the act is on the day; "before" leads no event there
        ("The road reopens on 5 January, before the schools return.", "2027-01-05 23:59"),
        # a clock time on the day names the instant
        ("Bids must arrive before the auction closes at 5pm on 18 December.", "2026-12-18 17:00"),
    ],
)
def test_a_day_not_after_before_an_event_is_read_as_before(text: str, when: str) -> None:
    assert due(text) == when


# An age is no span from now ("children under 16 years", "from 19 years to less than 18
# years", "up to 25 years old"): it was read as due 16, 18 or 25 years ahead, with no warning.
# Refused as the other lengths of a thing are (`event`); a span that is a time ahead beside
# an age ("The average age of the fleet will fall within five years") stays one.
@pytest.mark.parametrize(
    "text",
    [
        "Budget 2009 reduced the age for eligibility for Child Benefit from 19 years to less"
        " than 18 years.",
        "The scheme is open to children under 16 years.",
        "Children aged under five years will travel free.",
        "Young people up to 25 years old will be eligible.",
        "The grant is paid for babies less than 12 months old.",
    ],
)
def test_an_age_is_no_span_from_now(text: str) -> None:
    assert refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The average age of the fleet will fall within five years.", "2031-12-02 23:59"),
        ("Children will be vaccinated within two weeks.", "2026-12-16 23:59"),
    ],
)
def test_a_span_beside_an_age_word_stays_ahead(text: str, when: str) -> None:
    assert due(text) == when


def test_people_over_the_next_years_is_no_age() -> None:
    # "people" before "over the next five years" names no age: the span is a time
    assert (
        due("We will build homes for older people over the next five years.") == "2031-12-02 23:59"
    )


# "the following year" (or month) after a dated phrase of its sentence is the year after
# that one, not a year from now: "between October 1974 and September 1975 and 1,098,000
# tonnes the following year" is 1976, past; it was read as due a year after speaking, with
# no warning.
def test_the_following_year_after_a_past_date_is_past() -> None:
    text = (
        "Seven hundred thousand tonnes were used between October 1974 and September 1975 and"
        " 1,098,000 tonnes the following year."
    )
    assert refusal(text) == "past"


def test_the_following_month_after_a_past_month_is_past() -> None:
    assert refusal("Output fell in March 2025 and rose again the following month.") == "past"


def test_the_following_year_alone_is_read_as_before() -> None:
    assert due("The plant will expand the following year.") == "2027-12-02 23:59"
