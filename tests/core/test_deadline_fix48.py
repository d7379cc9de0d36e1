"""Issue 12, stop 48 (fix48): defects left by stop 47's review.

Said in London at 10:00 on the day each test gives.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import interpret_deadline
from bot.core.deadlines.model import Deadline, Refusal

_LONDON = "Europe/London"


def _said(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 10, 0, tzinfo=ZoneInfo(_LONDON))


def _day(got: Deadline | Refusal | None) -> date:
    assert isinstance(got, Deadline)
    return got.due.astimezone(ZoneInfo(_LONDON)).date()


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        ("Figures for the year ending 31 March show 300 cases.", 5, 10),
        ("Data for the period ending 30 June show 300 cases.", 8, 10),
        ("Accounts for the financial year ended 31 March are now available.", 5, 10),
    ],
)
def test_a_year_or_period_ending_on_a_date_just_gone_is_past(
    text: str, month: int, day: int
) -> None:
    got = interpret_deadline(text, _said(month, day), _LONDON)
    assert isinstance(got, Refusal)
    assert got.kind == "past"


def test_a_period_just_ended_leaves_the_day_of_its_figures() -> None:
    got = interpret_deadline(
        "Figures for the period ending 30 June will be published on Friday.", _said(8, 10), _LONDON
    )
    assert _day(got) == date(2026, 8, 14)


def test_a_year_ending_on_a_date_to_come_falls_due_then() -> None:
    got = interpret_deadline(
        "The council will cut waste in the year ending 31 March.", _said(3, 10), _LONDON
    )
    assert _day(got) == date(2026, 3, 31)


@pytest.mark.parametrize(
    "text",
    [
        "Work will take place overnight from 8pm to 6am, to be finished on Friday.",
        "Work will take place overnight from 8pm to 6am and will be completed on Friday.",
        "Work will take place overnight from 8pm to 6am, and is due to be finished on Friday.",
        "Works will take place overnight from 8pm to 6am, and are due to be finished on Friday.",
        "Works will take place overnight from 8pm to 6am and are expected to be completed on"
        " Friday.",
        "The road will close overnight between 8pm and 6am, with work expected to be finished"
        " on Friday.",
    ],
)
def test_nights_of_work_finished_on_a_day_fall_due_at_the_closing_time_that_day(text: str) -> None:
    got = interpret_deadline(text, _said(12, 1), _LONDON)
    assert isinstance(got, Deadline)
    want = datetime(2026, 12, 4, 6, 0, tzinfo=ZoneInfo(_LONDON))
    assert got.due.astimezone(ZoneInfo(_LONDON)) == want


def test_the_end_of_this_decade_is_its_last_day() -> None:
    got = interpret_deadline("We will do it by the end of this decade.", _said(3, 10), _LONDON)
    assert _day(got) == date(2029, 12, 31)


def test_within_this_decade_runs_from_now_to_its_last_day() -> None:
    got = interpret_deadline("We will do it within this decade.", _said(3, 10), _LONDON)
    assert isinstance(got, Deadline)
    assert got.earliest is not None
    assert _day(got) == date(2029, 12, 31)


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this decade, we built 300 homes.",
        "The current decade has seen 300 homes built.",
    ],
)
def test_this_decade_in_a_report_of_the_past_is_past(text: str) -> None:
    got = interpret_deadline(text, _said(3, 10), _LONDON)
    assert isinstance(got, Refusal)
    assert got.kind == "past"


@pytest.mark.parametrize(
    "text",
    [
        "I welcome, on your behalf, the Minister to the House today.",
        "I also welcome, Chair, the delegation to the committee this afternoon.",
    ],
)
def test_a_welcome_broken_by_commas_to_the_house_dates_the_gathering(text: str) -> None:
    got = interpret_deadline(text, _said(3, 10), _LONDON)
    assert isinstance(got, Refusal)
    assert got.kind == "past"


def test_an_act_ahead_in_the_year_ending_a_date_just_gone_is_next_years() -> None:
    # said in May: the current year ends next March, and the act is still to come
    got = interpret_deadline(
        "The council will cut waste in the year ending 31 March.", _said(5, 10), _LONDON
    )
    assert _day(got) == date(2027, 3, 31)


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        ("Figures for the 12 months ending 31 March show 300 cases.", 5, 10),
        ("Figures for the year to 31 March show a rise of 3%.", 5, 10),
        ("Figures for the three months to 30 June show 300 cases.", 8, 10),
        ("Figures for the week to 3 August show 300 cases.", 8, 10),
        ("Figures for the financial year to 31 March show 300 cases.", 5, 10),
    ],
)
def test_months_ending_or_a_period_to_a_date_just_gone_is_past(
    text: str, month: int, day: int
) -> None:
    got = interpret_deadline(text, _said(month, day), _LONDON)
    assert isinstance(got, Refusal)
    assert got.kind == "past"


def test_a_year_to_a_date_still_to_come_falls_due_then() -> None:
    got = interpret_deadline(
        "We will cut waiting lists in the year to 31 March.", _said(3, 10), _LONDON
    )
    assert _day(got) == date(2026, 3, 31)
