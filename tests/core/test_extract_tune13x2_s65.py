"""Issue 13, stop 65, tuner x2 (precision and speakers): a named thing is no speaker.

A name before an object's noun ("White House Easter Egg Roll tickets", "all Wikinews
editions", "the existing High Commission buildings") does not make the object an actor:
its "will" is the act of whoever runs it, and a later sentence's pronoun or bare event is
not given to it. Paraphrases written for these tests, not the corpus's sentences.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import extract_pledges
from bot.core.extract.actors import is_actor

PUBLISHED = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)


def _speaker(text: str, quote_start: str) -> str | None:
    found = [c for c in extract_pledges(text, PUBLISHED) if c.quote.startswith(quote_start)]
    assert found, text
    return found[0].speaker


def test_named_objects_are_not_actors() -> None:
    assert not is_actor("White House Easter Egg Roll tickets")
    assert not is_actor("all Riverside Gazette editions")
    assert not is_actor("the existing Town Hall buildings")
    assert not is_actor("the 2027 Riverside Marathon")  # a year's edition of an event
    assert is_actor("U.S. Coast Guard units")  # a body's units act
    assert is_actor("Self Assessment customers")


def test_editions_of_a_paper_go_to_the_board_that_closes_them() -> None:
    text = (
        "The Board of Trustees announced the change.\n\n"
        "All Riverside Gazette editions will move to print-only on 4 January."
    )
    assert _speaker(text, "All Riverside Gazette") == "The Board of Trustees"


def test_a_lottery_closing_is_not_given_to_the_tickets() -> None:
    text = (
        "The Parks Department Announces Dates for the Winter Fair\n\n"
        "Riverside Winter Fair tickets are free to the public and may be requested through "
        "an online lottery starting today, Monday, December 7, 2026\n\n"
        "The annual event is open to families. The public lottery will close on Monday, "
        "December 14, 2026, at noon."
    )
    speaker = _speaker(text, "The public lottery")
    assert speaker is None or "tickets" not in speaker


# A commitment told about, not made (stop 64's note, kind 2): "talked about the UK's
# commitment to helping", "highlighted how the Agency's commitment ... is", "given" as a
# preposition: set aside under "Maybe" (`spoken`), as a commitment named in a frame is; a
# commitment given ("has also given a commitment to") stays a candidate.
def _only_aside(text: str) -> bool:
    listed = extract_pledges(text, PUBLISHED, set_aside=True)
    return bool(listed) and all(c.doubt is not None for c in listed)


def test_a_commitment_talked_about_is_set_aside() -> None:
    assert _only_aside(
        "Writing in the Times, Minister for Asia Jane Doe talked about the UK’s commitment "
        "to helping Nepal’s people."
    )


def test_a_commitment_shown_how_is_set_aside() -> None:
    assert _only_aside(
        "Partners further highlighted how the Agency’s commitment to local ownership is "
        "making a difference."
    )


def test_given_as_a_preposition_after_an_adjective_is_set_aside() -> None:
    assert _only_aside(
        "The scheme supports growers, which is important given our commitment to cutting "
        "emissions from farming."
    )


def test_a_commitment_given_stays() -> None:
    for text in (
        "I know that she has also given a commitment to reflect on the advice.",
        "The Prime Minister reiterated the UK’s commitment to supporting Ukraine.",
    ):
        assert extract_pledges(text, PUBLISHED), text
