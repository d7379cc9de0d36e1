"""Issue 12, round 14's review: readings the round's rules still got wrong, pinned with the
plain sentences that must keep their reading."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline

LONDON = "Europe/London"
SAID = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo(LONDON))  # a Wednesday


def _read(text: str) -> Deadline | Refusal | None:
    return interpret_deadline(text, SAID, LONDON)


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("Staff who are not vaccinated must be tested by Friday.", "by Friday"),
        ("Those who did not apply must reapply by 30 June.", "by 30 June"),
        ("Anyone who has not yet registered must do so by Friday.", "by Friday"),
    ],
)
def test_a_not_in_a_relative_clause_on_a_person_denies_nothing(text: str, matched: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert got.matched == matched


@pytest.mark.parametrize(
    "text",
    [
        "The staff who are tested will not be told by Friday.",
        "Those who applied must not reapply before 30 June.",
        "The committee, who are not meeting on Friday, have said so.",
    ],
)
def test_a_not_on_the_verb_that_carries_the_time_still_denies_it(text: str) -> None:
    got = _read(text)
    assert not isinstance(got, Deadline), got
