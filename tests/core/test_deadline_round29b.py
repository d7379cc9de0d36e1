"""Round 29b (issue 12, stop 36): look-alikes of time words that gave wrong dates with no
warning (bot/core/deadlines/misread.py): the modal "may", a place named after a feast, a wire
service's tag inside a dateline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import parse_deadline

_REF = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def _due(text: str, ref: datetime = _REF) -> str | None:
    found = parse_deadline(text, ref, "UTC")
    return None if found is None else found.due.strftime("%Y-%m-%d")


@pytest.mark.parametrize(
    "text",
    [
        "This may lead to a large number of shops closing their doors over a short time.",
        "This may help the council decide.",
        "Next may be harder for the smaller firms.",
        "Tensions over the swearing-in may result in rallies and protests.",
        "The sit-in may go on for some time.",
        "The ferry will then sail to Christmas Island to land its passengers.",
        "Volunteers will fly to Easter Island to survey the statues.",
    ],
)
def test_look_alikes_are_no_deadline(text: str) -> None:
    assert _due(text) is None


def test_wire_tag_dateline_is_when_the_story_was_written() -> None:
    text = (
        "BOSTON, Mar. 2, 2026 /PRNewswire-USNewswire/ \u2014 The board said at its meeting "
        "on February 20, 2026 that it voted to publish the findings."
    )
    assert _due(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("This May we will decide.", "2026-05-31"),
        ("We will decide this May.", "2026-05-31"),
        ("THIS MAY WE WILL DECIDE", "2026-05-31"),
        ("The review may take place in may.", "2026-05-31"),
        ("It is due by may 5.", "2026-05-05"),
        ("The walk-in clinic opens in May.", "2026-05-31"),
        ("The ferry will sail to Christmas Island by Friday.", "2026-03-06"),
        ("Shops will close for Christmas.", "2026-12-25"),
    ],
)
def test_real_months_and_feasts_still_read(text: str, due: str) -> None:
    assert _due(text) == due
