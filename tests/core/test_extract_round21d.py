"""Issue 13, round 21 (due dates, stop 31): the time a found pledge falls due, read from
its sentence where the clause the extractor reads holds another time or cuts one off
(`bot.core.extract.act_time`). The texts are written for the test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges


def _due(text: str, key: str, published: datetime) -> date | None:
    found: list[Candidate] = [c for c in extract_pledges(text, published, "UTC") if key in c.quote]
    assert found, extract_pledges(text, published, "UTC")
    deadline = found[0].deadline
    return deadline.due.date() if deadline is not None else None


def test_a_time_inside_the_subjects_participle_phrase_does_not_date_the_act() -> None:
    # "this June", said in November, is the month the towns were flooded.
    text = (
        "Spokesperson Lind: From December 3-7, at the invitation of the Government of Canada, "
        "a group of 12 teachers from three towns (Alder, Birch, and Cedar) flooded by the "
        "storms in the north this June are scheduled to visit Ottawa."
    )
    due = _due(text, "are scheduled to visit Ottawa", datetime(2020, 11, 10, 9, tzinfo=UTC))
    assert due == date(2020, 12, 7)


def test_acts_joined_by_and_or_then_fall_due_with_the_last() -> None:
    text = (
        "The 2021 autumn scallop season opens at 6 a.m., local time, on September 2, 2021, "
        "and closes at 6 a.m., local time, on September 9, 2021; then reopens at 6 a.m., "
        "local time, on September 20, 2021, and closes at 6 a.m., local time, on September 26, "
        "2021, unless changed by a later notice."
    )
    due = _due(text, "scallop season opens", datetime(2021, 5, 1, 12, tzinfo=UTC))
    assert due == date(2021, 9, 26)


def test_a_trailing_duration_counts_from_the_start_not_from_today() -> None:
    text = "Resurfacing work is scheduled to begin mid-March, taking several months to finish."
    due = _due(text, "Resurfacing work", datetime(2022, 1, 10, 12, tzinfo=UTC))
    assert due is not None and (due.year, due.month) == (2022, 3)


def test_a_range_cut_at_its_spaced_dash_ends_on_its_later_day() -> None:
    text = "The Foreign Secretary will travel to Nairobi March 14 – March 17 to meet ministers."
    due = _due(text, "will travel to Nairobi", datetime(2023, 3, 1, 12, tzinfo=UTC))
    assert due == date(2023, 3, 17)


def test_an_aside_does_not_hide_the_place_and_time_after_it() -> None:
    text = (
        "The Trade Minister will host talks with trade ministers from the region, including "
        "the Director-General of the WTO, in Geneva on 21 June 2024."
    )
    due = _due(text, "will host talks", datetime(2024, 6, 1, 12, tzinfo=UTC))
    assert due == date(2024, 6, 21)


@pytest.mark.parametrize(
    ("entry", "day"),
    [
        ("On Tuesday, the President will host an Easter Prayer Breakfast at the White House.", 31),
        (
            "On Thursday, the President will speak to the Clean Energy Forum, where he will "
            "renew his commitment to halving emissions in ten years.",
            2,
        ),
    ],
)
def test_a_week_programmes_fronted_weekday_dates_its_entry(entry: str, day: int) -> None:
    # Published on Friday 27 March 2015; Easter fell on Sunday 5 April.
    text = (
        "The schedule for the week of March 30, 2015:\n\n"
        "On Monday, the President will travel to Boston to deliver remarks on jobs.\n\n" + entry
    )
    due = _due(text, entry[:30], datetime(2015, 3, 27, 16, tzinfo=UTC))
    assert due is not None and due == date(2015, 3 if day > 20 else 4, day)
