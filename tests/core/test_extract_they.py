""" "They" after one person stands for the pair named before, not for that person."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import extract_pledges

PUBLISHED = datetime(2025, 8, 18, 10, tzinfo=UTC)


def speakers(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in extract_pledges(text, PUBLISHED, "UTC")}


def test_they_after_a_lone_person_is_the_pair_named_before():
    found = speakers(
        "The President and First Lady will travel to London on Monday.\n\n"
        "The Queen will host a state banquet in their honour on Monday evening.\n\n"
        "They will also visit Westminster Abbey on Tuesday."
    )
    assert found["They will also visit Westminster Abbey on Tuesday."] == (
        "the President and First Lady"
    )


def test_they_after_a_body_is_still_the_body():
    found = speakers(
        "The Council will meet in Brussels next week. They will adopt the budget by 30 June."
    )
    assert found["They will adopt the budget by 30 June."] == "the Council"


def test_they_with_no_pair_before_keeps_the_last_actor():
    found = speakers(
        "Minister Ana Diaz will chair the session on Friday. "
        "They will publish a joint plan by the end of the month."
    )
    assert found["They will publish a joint plan by the end of the month."] == "Ana Diaz"
