"""Issue 13, stop 65 (tuner 1): the time of an act joined to another by "and" or "then"
(`bot.core.extract.judging.read_deadline`). The texts are written for the test, in words of
their own, after blind150's "launches ... today (31st January) and will meet with members
throughout the year".
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges

_PUBLISHED = datetime(2024, 1, 31, 12, tzinfo=UTC)


def _due(text: str, key: str) -> date | None:
    found: list[Candidate] = [c for c in extract_pledges(text, _PUBLISHED) if key in c.quote]
    assert found, extract_pledges(text, _PUBLISHED)
    deadline = found[0].deadline
    return deadline.due.date() if deadline is not None else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the first act's "today" is not the second act's time
        (
            "The Prime Minister opens the new hospital today and will return to the site "
            "later this year.",
            date(2024, 12, 31),
        ),
        (
            "The Mayor unveils the plaque today and will then publish the full plan by the "
            "end of June.",
            date(2024, 6, 30),
        ),
        (
            "The council chair signed the lease this morning and will hand the keys to the "
            "tenants in March.",
            date(2024, 3, 31),
        ),
    ],
)
def test_a_joined_act_falls_due_with_its_own_time(text: str, want: date) -> None:
    assert _due(text, "will") == want


def test_a_joined_act_without_a_time_of_its_own_takes_the_fronted_one() -> None:
    text = "On Friday the envoy will meet the mayor and will sign the agreement."
    assert _due(text, "will") == date(2024, 2, 2)


# A trip told as a state, with a time ahead: a present plan (`futurate._ON_TRIP`).
_TRIP_PUBLISHED = datetime(2024, 3, 12, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "who", "due"),
    [
        (
            "Under Secretary Nkemelu is on travel to Ohio and Kentucky from March 14-16, 2024.",
            "Nkemelu",
            date(2024, 3, 16),
        ),
        (
            "The Trade Minister is on a five-day tour of West Africa next week.",
            "Trade Minister",
            date(2024, 3, 24),
        ),
        (
            "Ambassador Ferro is also on an official visit to Chile on Thursday, meeting "
            "farmers' groups.",
            "Ferro",
            date(2024, 3, 14),
        ),
    ],
)
def test_a_trip_told_as_a_state_with_a_time_ahead_is_a_plan(text: str, who: str, due: date) -> None:
    found = extract_pledges(text, _TRIP_PUBLISHED)
    assert len(found) == 1, found
    assert who in (found[0].speaker or "")
    assert found[0].deadline is not None and found[0].deadline.due.date() == due


@pytest.mark.parametrize(
    "text",
    [
        "He is on a trip to Paris.",  # where he is, no time ahead
        "The Trade Minister was on a tour of West Africa last week.",
        "The ambassador is on the record as opposing the deal.",
    ],
)
def test_a_trip_without_a_time_ahead_is_where_someone_is(text: str) -> None:
    assert extract_pledges(text, _TRIP_PUBLISHED) == []
