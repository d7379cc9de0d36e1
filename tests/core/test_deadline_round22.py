"""Issue 12, round 22: general kinds of the twenty-eighth set's misses, each shown with
sentences of our own making, then the sets' own cases. Said on Wednesday 2 December 2026
at 10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.reading import check_set_case, read
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal
from tests.data.deadlines.relabels import cases_of

# -- 1. weekly hours: a clock range beside a range of weekdays ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The helpline takes calls from 8 a.m. to 6 p.m., Monday through Saturday.",
        "Opening times at the depot are Tue. thru Sat. from 10 a.m. to 4 p.m.",
        "Volunteers staff the desk Mon-Fri from 8am to 8pm.",
        "Advisers can be reached between 9 a.m. and 5 p.m. Eastern Time, Monday to Saturday.",
        "The archive lends maps 9:30 a.m.-4:30 p.m., Wed.-Sun.",
    ],
)
def test_hours_on_a_range_of_weekdays_are_a_standing_schedule(text: str) -> None:
    assert _refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # days alone are one stretch of days; hours on one day are that day's
        ("The bill will be debated Thursday through Saturday.", "2026-12-05 23:59"),
        ("Inspectors will visit the site from 10 a.m. to 4 p.m. on Thursday.", "2026-12-03 16:00"),
    ],
)
def test_days_or_hours_alone_keep_their_deadline(text: str, due: str) -> None:
    assert _due(text) == due


# -- 2. a day word or date on an act the sentence only reports ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an aside between "Today," and the subject does not hide the past verb
        "Today, during a long visit to the container port at Felixstowe, the Minister announced"
        " that exports are up 4%.",
        "Today, at a press conference in the town hall, the mayor signed the new charter.",
        # a verb whose past is its present, with its object: the date just gone by
        "We put out a press notice on November 27th about the strike.",
        "They cut the ribbon on November 28 in front of the new library.",
    ],
)
def test_an_act_only_reported_is_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the act reported gives a later time of its own (CONVENTIONS 2.3)
        (
            "Today, in a letter to members, the chair announced that the vote will be on Friday.",
            "2026-12-04 23:59",
        ),
        ("We will put out a statement on 30 December.", "2026-12-30 23:59"),
        ("Today, during the session, we will vote on the bill.", "2026-12-02 23:59"),
    ],
)
def test_a_time_still_ahead_keeps_its_deadline(text: str, due: str) -> None:
    assert _due(text) == due


# -- 3. an extension told in the past, with its new end; items dated in brackets ---------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the granting or moving is past; the new end, nearer ahead than behind, is not
        (
            "The extension from 4 January to 26 February was granted to help late applicants.",
            "2027-02-26 23:59",
        ),
        ("The deadline was extended to 15 January.", "2027-01-15 23:59"),
        ("An extension to 20 March was granted to the inquiry.", "2027-03-20 23:59"),
        ("The hearing was moved from 7 January to 9 February.", "2027-02-09 23:59"),
        # a list of items, each dated in its own bracket: the last day of the list
        (
            "The council is closing libraries in Leeds (14/12), York (18/12) and Hull (21/12).",
            "2026-12-21 23:59",
        ),
    ],
)
def test_a_new_end_or_a_bracketed_list_is_a_deadline(text: str, due: str) -> None:
    assert _due(text) == due


def test_a_new_end_nearer_behind_is_the_one_gone() -> None:
    # 10 October is two months gone and ten months ahead: the extension is over
    assert _refusal("The deadline was extended to 10 October.") == "past"


def test_fractions_in_brackets_are_no_dates() -> None:
    assert _refusal("The vote split (1/2) and (3/4) of the members.") is None


# -- 4. hours that measure a thing; a time of its own in what is announced today ----------


@pytest.mark.parametrize(
    "text",
    [
        "Parents can apply for 30 hours free childcare.",
        "Working parents may claim 15 hours of government-funded early education.",
        "Workers are owed ten days paid leave.",
    ],
)
def test_a_count_that_measures_a_thing_is_no_time(text: str) -> None:
    assert _refusal(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a window run from now is still one (CONVENTIONS 1.1)
        ("The site will stay open for 48 hours free of charge.", "2026-12-04 10:00"),
        # "today" dates the announcing; the announced act keeps its own day and hour
        (
            "The council announced today the closing of the depot at 5 p.m., Friday, 4 December.",
            "2026-12-04 17:00",
        ),
        (
            "The trust announced today the opening of the new wing at 10 a.m. on Monday 7"
            " December.",
            "2026-12-07 10:00",
        ),
        (
            "The board confirmed today the sale of the site on 18 December.",
            "2026-12-18 23:59",
        ),
    ],
)
def test_a_window_or_an_announced_time_keeps_its_deadline(text: str, due: str) -> None:
    assert _due(text) == due


def test_a_day_of_the_announcing_alone_stays_past() -> None:
    assert _refusal("The council announced the results on Monday.") == "past"


# -- the sets' own cases -------------------------------------------------------------------

_FIXED = (
    ("blind_fresh28", "Today, during his remarks on lowering costs for American families"),
    ("blind_fresh28", "We put out a Media Note on February 11th"),
    ("blind_fresh28", "The extension from January 11 to March 11 was granted"),
    ("blind_fresh28", "BATON ROUGE, La. -- The U.S. Department of Homeland Security's"),
    ("blind_fresh28", "Due to the decline in numbers of individuals seeking assistance"),
    ("blind_fresh28", "Recovery specialists are available to take calls from 8 a.m."),
    ("blind_fresh28", "Hours of operation at these locations are Mon. thru Sat."),
    ("blind_fresh28", "A toll-free FEMA Helpline, 1-800-525-0321, is also available"),
)


@pytest.mark.parametrize(("module", "opening"), _FIXED)
def test_the_sets_cases_of_this_round(module: str, opening: str) -> None:
    check_set_case(module, opening)


def test_the_childcare_case_has_no_deadline() -> None:
    # labelled past for "Since opening"; the parser finds no time at all, which the sets
    # score alike (no deadline)
    opening = "Since opening the childcare service, through which parents apply for"
    case = next(c for c in cases_of("blind_fresh28") if c.text.startswith(opening))
    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
    assert interpret_deadline(case.text, said, case.tz) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event held once over a run of days, with its daily hours: due on its last day
        ("The hearing will run from 9 a.m. to 5 p.m. Tuesday through Thursday.", "2026-12-10"),
        ("The committee will meet from 10 a.m. to 4 p.m., Tuesday to Thursday.", "2026-12-10"),
    ],
)
def test_an_event_held_once_over_days_keeps_its_last_day(text: str, expected: str) -> None:
    got = read(text)
    assert isinstance(got, Deadline), got
    assert got.due.astimezone(UTC).strftime("%Y-%m-%d") == expected
