"""Issue 12, round 27c: dated acts told as done (datelines, a time heading its sentence),
denials and questions that set no time, and time words naming no act, each shown with
sentences of our own making, then the sets' own cases. Said on Wednesday 2 December 2026
at 10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.reading import check_set_case, read
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal
from tests.data.deadlines.relabels import cases_of

_SUMMER = datetime(2026, 7, 28, 10, 0, tzinfo=ZoneInfo("Europe/London"))

# -- 1. datelines and times heading a sentence told as done ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "LEEDS, West Yorkshire, Dec. 2 – The council continues to review the bus lanes.",
        "OTTAWA, Ontario, December 2, 2026 — The ministry continues to review the file.",
        "BRISTOL, Nov. 27 – The trust continues to monitor the ward closely.",  # days before
    ],
)
def test_dateline_with_region_or_long_dash_is_no_deadline(text: str) -> None:
    assert _refusal(text) == "past"


def test_dateline_leaves_the_deadline_after_it() -> None:
    """A guard (passing before the change too): the pledge's own date still counts."""
    text = "LEEDS, West Yorkshire, Dec. 2 – The council will publish its plan by 18 December."
    assert _due(text) == "2026-12-18 23:59"


@pytest.mark.parametrize(
    "text",
    [
        "This week, our reporter got a tour of the new depot.",
        "This week, as part of the regional visit, two ministers travelled to Hull.",
        "And this morning at 9:30 a.m., the Mayor opened the bridge.",
        "This week, you may have noticed a new logo on the site.",
    ],
)
def test_period_of_speaking_heading_a_past_sentence_is_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, the depots at Leeds, Bradford, and York, West Yorkshire, each added a "
        "late shift.",
        "Members will recall that on 14 February the Board and the Trust declared a major "
        "incident, closing two wards.",
    ],
)
def test_rolled_date_heading_a_past_clause_is_past(text: str) -> None:
    assert _refusal(text, _SUMMER) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # guards (passing before the change too): the same shapes, told ahead
        ("This week, the council will publish its budget.", "2026-12-06 23:59"),
        (
            "On March 3, the depots at Leeds, Bradford, and York will extend their hours.",
            "2027-03-03 23:59",
        ),
    ],
)
def test_heading_times_told_ahead_stay_due(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    ("text", "said", "due"),
    [
        # review (rev4): the past verb is a relative clause's, told of the subject; the
        # sentence's own verb is a present plan
        (
            "On April 1, the ports that expanded last year close for good.",
            _SUMMER,
            "2027-04-01 22:59",
        ),
        (
            "On April 1, the ports, which expanded last year, are closing.",
            _SUMMER,
            "2027-04-01 22:59",
        ),
        (
            "This week, the ministers who were appointed last year present their plan.",
            None,
            "2026-12-06 23:59",
        ),
    ],
)
def test_heading_time_with_a_past_relative_clause_stays_due(
    text: str, said: datetime | None, due: str
) -> None:
    assert (_due(text, said) if said else _due(text)) == due


# -- 2. denials and questions -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The strike planned for Friday 4 December will not go ahead.",
        "Industrial action notified for this Friday will not take place.",
        "We have no scheduled events for Thursday or Friday.",
    ],
)
def test_plan_that_will_not_happen_is_denied(text: str) -> None:
    assert _refusal(text) == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "The library is shut on Friday?",
        "Do you have any figures for the deficit forecast for next year?",
    ],
)
def test_questions_that_check_or_ask_a_forecast_set_no_time(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # review (rev4): an act owed by the time, asked back, is no fact checked; since stop 58
        # (CONVENTIONS 4.3) a question asked back is no deadline (test_deadline_asked58.py),
        # while a tag seeking assent to an instruction keeps it
        ("Reply by Friday, OK?", "2026-12-04 23:59"),
        ("Pay the fine by 31 December, right?", "2026-12-31 23:59"),
    ],
)
def test_question_about_an_act_owed_keeps_its_time(text: str, due: str) -> None:
    assert _due(text) == due


def test_question_asking_when_keeps_its_time() -> None:
    """A question word: the sentence asks of a time it names ahead (a guard)."""
    assert _due("That offer runs out at the end of this month, so when will we see it?") == (
        "2026-12-31 23:59"
    )


# -- 3. time words that set no time for an act -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Today is a proud day for the whole team.",
        "As we approach the end of this year, we are writing to thank our volunteers.",
        "The board agreed the timetable for the next seven day audit visits.",
    ],
)
def test_time_words_naming_no_act_are_no_deadline(text: str) -> None:
    assert not isinstance(read(text), Deadline)


def test_nearing_with_an_act_ahead_keeps_its_time() -> None:
    text = "As we approach the end of this year, we will publish the final report."
    assert _due(text) == "2026-12-31 23:59"


# -- the sets' own cases ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh43", "WASHINGTON, DC, June 22"),
        ("blind_fresh43", "This week, Wikinews editor"),
        ("blind_fresh43", "And this morning at 8:15 a.m."),
        ("blind_fresh44", "You will recollect that on 30 January"),
        ("blind_fresh44", "This week, as part of the Department"),
        ("blind_fresh43", "Following a meeting of drivers"),
        ("blind_fresh44", "At this point, we have no scheduled events"),
        ("blind_fresh43", "This office is closed on Monday?"),
        ("blind_fresh44", "Today is a bittersweet day"),
        ("blind_fresh44", "As we near the end of this year"),
        ("blind_fresh44", "Working with NHS England we've agreed the timetable"),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)


@pytest.mark.parametrize("opening", ["On April 1, the ports of entry", "On April 15, the Laurier"])
def test_set_cases_told_done_read_no_deadline(opening: str) -> None:
    """Labelled past; read now as no deadline ("by two hours" is then a service standard)."""
    case = next(c for c in cases_of("blind_fresh43") if c.text.startswith(opening))
    said = datetime.fromisoformat(case.said).replace(tzinfo=ZoneInfo("UTC"))
    assert not isinstance(interpret_deadline(case.text, said, case.tz), Deadline)
