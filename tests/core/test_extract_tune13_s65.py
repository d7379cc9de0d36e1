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
