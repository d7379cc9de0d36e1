"""Speakers, twelfth session: "they" after one person stands for the pair named before,
not for that person; a thing an actor owns ("its Dragon spacecraft") is no actor."""

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


def test_a_thing_an_actor_owns_is_not_an_actor():
    from bot.core.extract.actors import is_actor

    assert not is_actor("its Dragon spacecraft")
    assert not is_actor("their Model 3 cars")
    assert is_actor("its Board")  # a body of the actor, capitalised as a name
    assert is_actor("their governments")


def test_a_briefing_after_a_thing_owned_gets_no_wrong_speaker():
    found = speakers(
        "The launch is now scheduled for Friday, Dec. 19. Both the rocket and its Dragon "
        "spacecraft are in good health.\n\n"
        "The first briefing of the day will air at noon on Thursday, Dec. 18."
    )
    assert found["The first briefing of the day will air at noon on Thursday, Dec. 18."] is None
