"""Stop 37 of issue 12, tuner a: a feast named as an occasion (a noun of its clause, not
the object of a time preposition) and governed by no future sets no time (occasions.py).
Said on Wednesday 2 December 2026 at 10:00, London time (tests/core/reading.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.reading import check_set_case, due, refusal
from tests.data.deadlines.relabels import cases_of


@pytest.mark.parametrize(
    "text",
    [
        # the feast is the subject, an object, or names the noun after it
        "As Christmas approaches, the shelters are busier than ever.",
        "The Easter weekend marks the start of the sailing season on the lake.",
        "The volunteers we honor this Christmas answered the call in the floods.",
        "The parades, which are the heart of Boxing Day events in many towns, draw crowds.",
        "The busiest days during the Christmas shopping period are usually Fridays.",
    ],
)
def test_a_feast_named_as_an_occasion_sets_no_time(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # guards (passing before the change too): a time preposition or a future places it
        ("The libraries will be closed on Christmas Day.", "2026-12-25 23:59"),
        ("The repairs will be finished by the Christmas weekend.", "2026-12-25 23:59"),
        ("Christmas will bring the first payments to families.", "2026-12-25 23:59"),
        ("The reservoirs will be at summer levels by Easter.", "2027-03-28 22:59"),
    ],
)
def test_a_feast_placed_by_a_preposition_or_a_future_is_kept(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh36", "Let me give you an update ont President's day"),
        ("blind_fresh46", "“As Thanksgiving and the holiday travel seasons arrive"),
        ("blind_fresh46", "“Those fallen heroes we honor this Memorial Day"),
        ("blind_fresh46", "The programs, which are the focus of Memorial Day events"),
    ],
)
def test_the_sets_feasts_named_as_occasions(module: str, opening: str) -> None:
    check_set_case(module, opening)


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh45", "The Memorial Day weekend marks the start"),
        ("blind_fresh46", "The three busiest days during the Thanksgiving travel period"),
    ],
)
def test_the_sets_feasts_named_as_occasions_read_no_deadline(module: str, opening: str) -> None:
    """Labelled "earliest" and "recurring"; read now as no time at all."""
    case = next(c for c in cases_of(module) if c.text.startswith(opening))
    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
    assert not isinstance(interpret_deadline(case.text, said, case.tz), Deadline)
