"""Issue 12, round 20: general kinds of the remaining misses of the fresh sets, each shown
with sentences of our own making, then the sets' own cases. Said on Wednesday 2 December
2026 at 10:00, London time, unless a test gives another moment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal
from tests.data.deadlines.relabels import cases_of, conventional

# -- 1. a day/month heading an agenda line before a colon ---------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("14/12: Council to adopt its position on the budget", "2026-12-14 23:59"),
        ("9-10/12: Summit of heads of state", "2026-12-10 23:59"),
        ("Next week's diary:\n8/12: visit to Cork\n11/12: Council meeting", "2026-12-11 23:59"),
        ("- 21/1: the Commission presents its work programme", "2027-01-21 23:59"),
        ("Monday is quiet; 17/12: the report is published", "2026-12-17 23:59"),
    ],
)
def test_a_day_heading_an_agenda_line_is_that_day(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        # a ratio, a score, a fraction or the idiom: not at a line's head, or no colon
        "The motion passed with a 3/4 majority: a clear result.",
        "The final score was 3/1: a comfortable win.",
        "24/7: our helpline never closes.",
        "14/12 Council to adopt its position",
        "9-10/12 Summit of heads of state",
    ],
)
def test_a_short_numeric_pair_elsewhere_is_no_date(text: str) -> None:
    assert _refusal(text) is None


# -- the sets' own cases fixed by these rules ---------------------------------------------

_FIXED = (
    ("blind_fresh23", "28/4: Commission to adopt"),
    ("blind_fresh23", "29/4: The Commission adopts"),
    ("blind_fresh23", "5/5: The Commission publishes"),
    ("blind_fresh23", "6/5: Commission to unveil"),
    ("blind_fresh23", "6-7/5: European Civil Protection Forum"),
    ("blind_fresh23", "26/5: International Conference"),
    ("blind_fresh23", "22/4: Meeting of the African Union"),
)


@pytest.mark.parametrize(("module", "opening"), _FIXED)
def test_the_sets_cases_of_this_round(module: str, opening: str) -> None:
    case = next(c for c in conventional(module, cases_of(module)) if c.text.startswith(opening))
    got = interpret_deadline(
        case.text,
        datetime.fromisoformat(case.said).replace(tzinfo=UTC),
        case.tz,
        day_first=case.day_first,
    )
    if case.due is None:
        assert isinstance(got, Refusal) and got.kind == case.refusal, got
    else:
        assert isinstance(got, Deadline), got
        assert got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") == case.due
