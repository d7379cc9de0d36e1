"""Stop 61 (issue 12): silent misreadings of fresh174-178's first run, each a wrong date given
with no warning. Sentences of our own making first (guards beside them), then the sets' own
cases. Said on Wednesday 2 December 2026 at 10:00, London time, unless a test says otherwise."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.reading import check_set_case, due, refusal
from tests.data.deadlines.relabels import cases_of

# -- 1. "a quarter century" is twenty-five years, not a quarter of the year (vocabulary) ---------


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese voted in the first multiparty elections in a quarter century, which will"
        " decide who governs.",
        "The fund will invest over the next quarter century.",
        "We will build homes this quarter century.",
        "Voters went to the polls in the first multiparty elections in a quarter century.",
        "It was the first contested vote in a quarter-century.",
        "The first such treaty in a quarter of a century was signed.",
        "The first free elections in a quarter century will take place.",
    ],
)
def test_a_quarter_century_is_no_quarter(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: a quarter of the year keeps its reading
        ("The report will be published in a quarter.", "2027-03-02 23:59"),
        ("Results will come in the next quarter.", "2027-03-02 23:59"),
    ],
)
def test_a_quarter_of_the_year_stays(text: str, want: str) -> None:
    assert due(text) == want


# -- 2. the day a document is dated by is no deadline (fact_dates) --------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The business this week shall be as set out in the revised report dated 2 December"
            " 2026.",
            "2026-12-06 23:59",
        ),
        ("Please answer my letter dated 30 November by Friday.", "2026-12-04 23:59"),
        (
            "The order of business this week shall be as set out in the schedule dated 1 December.",
            "2026-12-06 23:59",
        ),
    ],
)
def test_a_documents_date_is_past(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The House will consider the letter dated 30 November.",
        "The Minister replied in a letter dated 2 December 2026.",
    ],
)
def test_a_documents_date_alone_is_no_deadline(text: str) -> None:
    assert refusal(text) in (None, "past")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: a date the document is yet to carry, and no "dated", keep their reading
        ("The notice will be dated 4 December.", "2026-12-04 23:59"),
        ("Reply by 4 December to the letter of the Minister.", "2026-12-04 23:59"),
    ],
)
def test_a_date_ahead_after_dated_stays(text: str, want: str) -> None:
    assert due(text) == want


# -- 3. the following week joined to next week is the week after next (sittings) ------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I can promise two days' business next week and the following week.", "2026-12-20 23:59"),
        ("We will sit next week and the following week.", "2026-12-20 23:59"),
        ("The Bill will be taken next week and the week after.", "2026-12-20 23:59"),
        ("The Bill will be taken next week or the week after that.", "2026-12-20 23:59"),
        # guards: next week alone, and a business statement's following week, as before
        ("The Bill will be taken next week.", "2026-12-13 23:59"),
        ("The provisional business for the following week will include:", "2026-12-20 23:59"),
    ],
)
def test_the_week_after_next_week(text: str, want: str) -> None:
    assert due(text) == want


def test_the_following_week_alone_still_waits_for_an_event() -> None:
    assert refusal("The following week we will debate the Bill.") == "event"


# -- 4. a window of stated hours that opens at a time is due when it closes (window_open) ---------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The two-hour window for liftoff opens 5:16 p.m. Friday, December 4.", "2026-12-04 19:16"),
        ("The two-hour launch window opens at 5:16 p.m. on Friday.", "2026-12-04 19:16"),
        ("The two-hour window opens at 5 p.m. on Friday.", "2026-12-04 19:00"),
        ("A 90-minute window opens at 7:40 a.m. tomorrow.", "2026-12-03 09:10"),
        # guards: no length, a closing time of its own, no window
        ("The window opens at 9 a.m. on Friday.", "2026-12-04 09:00"),
        ("The two-hour window opens at 5 p.m. Friday and closes at 6:30 p.m.", "2026-12-04 18:30"),
        ("The polls open at 7 a.m. on Friday.", "2026-12-04 07:00"),
    ],
)
def test_a_window_of_stated_length_is_due_at_its_close(text: str, want: str) -> None:
    assert due(text) == want


# -- 5. the record's formula before a motion's words tells nothing of its times (misread) --------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Motion made, and Question proposed, That this House at its rising tomorrow do"
            " adjourn till Monday 11th January.",
            "2027-01-11 23:59",
        ),
        (
            "Motion made, and Question proposed, That this House do adjourn till Monday 11th"
            " January.",
            "2027-01-11 23:59",
        ),
        (
            "Question put, That the Bill be now read a Second time on 11th January.",
            "2027-01-11 23:59",
        ),
        # guard: the same words with no formula
        (
            "That this House at its rising tomorrow do adjourn till Monday 11th January.",
            "2027-01-11 23:59",
        ),
    ],
)
def test_the_record_formula_is_no_past(text: str, want: str) -> None:
    assert due(text) == want


def test_a_motion_told_as_made_stays_past() -> None:
    assert refusal("The motion made that we sit on 11th January was defeated.") == "past"


# -- 6. a clock time set for the business a day owns is that day's (owned_day) --------------------

TUESDAY = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In relation to Wednesday's business, it is proposed that the Dáil shall sit at"
            " 9.30 a.m.",
            "2026-12-02 09:30",
        ),
        (
            "In relation to Thursday’s business, it is proposed that the Dáil shall sit at 9.30"
            " a.m. to take No. 39, financial motions by the Minister for Finance.",
            "2026-12-03 09:30",
        ),
        (
            "In relation to Thursday's business, it is proposed that the Dáil shall sit at 9.30"
            " a.m. and adjourn at 10 p.m.",
            "2026-12-03 22:00",
        ),
        # guards: a clock time of the next sentence with its own day; the end of a day's
        # business bounding an act
        (
            "In relation to Thursday's business, it is proposed to take No. 5. The Dáil shall sit"
            " at 9.30 a.m. on Friday.",
            "2026-12-04 09:30",
        ),
        ("The House will rise at the end of Friday's business.", "2026-12-04 23:59"),
    ],
)
def test_the_clock_time_of_a_days_business(text: str, want: str) -> None:
    assert due(text, TUESDAY) == want


# -- 7. a possessive's superlative reaches back as "the first ..." does (past_acts) --------------


@pytest.mark.parametrize(
    "text",
    [
        "He is pleased with the success of organizing Sudan's first democratic elections in 24"
        " years.",
        "He is pleased with the country’s first free elections in two decades.",
    ],
)
def test_a_possessives_first_in_years_is_no_time_ahead(text: str) -> None:
    assert refusal(text) == "event"  # as "the first democratic elections in 24 years"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: a future act of the thing, with no superlative, or a pronoun's
        ("The country's new plant will open in 5 years.", "2031-12-02 23:59"),
        ("Its first phase completes in two years.", "2028-12-02 23:59"),
    ],
)
def test_a_span_ahead_after_a_possessive_stays(text: str, want: str) -> None:
    assert due(text) == want


# -- 9. the sets' own cases ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh175", "The business this week shall be as set out in the first revised"),
        ("blind_fresh175", "motion made, and question proposed, That this House at its rising"),
        ("blind_fresh175", "In relation to Wednesday’s business, it is proposed that the Dáil"),
        ("blind_fresh178", "I think I would be able to promise two days' business next week"),
        ("blind_fresh178", "The two-hour window for liftoff opens 5:16 p.m. EDT Tuesday, June 25"),
        ("blind_fresh178", "The two-hour launch window opens at 5:16 p.m. EDT Tuesday, June 25"),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)


def test_the_sets_quarter_century_gives_no_date() -> None:
    """blind_fresh177 labels it refused as past; the bench scores the due alone (None), and
    the sentence holds no time phrase once "a quarter" is not read."""
    case = next(
        c
        for c in cases_of("blind_fresh177")
        if c.text.startswith("Sudanese voted in the impoverished country's first multiparty")
    )
    got = interpret_deadline(
        case.text, datetime.fromisoformat(case.said).replace(tzinfo=UTC), case.tz
    )
    assert not isinstance(got, Deadline), got
