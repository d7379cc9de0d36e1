"""Stop 42, review r42 (issue 13): the futurate check asked once a cue (fix42 item 3).
_Dating hands `futurate.needs_own_time`'s answer to `neighbours.dated_before`, which lends
a present plan the time of the sentence before it; no test held the hand-off, so a
dropped answer (the sentence before lending its time to any progressive) passed them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import extract_pledges

PUBLISHED = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)  # a Tuesday


def _quotes(text: str) -> list[str]:
    return [c.quote for c in extract_pledges(text, PUBLISHED, "UTC", set_aside=True)]


@pytest.mark.parametrize(
    "text",
    [
        "The summit opens in Cairo next week.\nArab countries are stepping up their efforts"
        " to end the war, the Foreign Minister said.",
        "The Foreign Minister said the summit opens in Cairo next week. Arab countries are"
        " stepping up their efforts to end the war, he said.",
    ],
)
def test_a_futurate_progressive_takes_no_time_from_the_sentence_before(text: str) -> None:
    quotes = _quotes(text)
    assert quotes and not any("stepping up" in quote for quote in quotes)


def test_a_listed_present_plan_still_takes_the_time_of_the_sentence_before() -> None:
    found = extract_pledges(
        "Talks resume on Monday. The Minister is travelling to Rome to meet the mayor, her"
        " office said.",
        PUBLISHED,
        "UTC",
        set_aside=True,
    )
    assert [c.quote[:27] for c in found] == ["The Minister is travelling "]
    assert found[0].deadline is not None
    assert found[0].deadline.due == datetime(2026, 3, 9, 23, 59, 59, tzinfo=UTC)
