"""Speaker rules of stop 43's tuner c (issue 13). The texts are paraphrases written for
the test, so that a regression names the rule.

A place a thing is tied to is no speaker: in "The new ferry terminal on the North Shore
will open", the North Shore stands after a preposition of place and only says where the
terminal is; the terminal is a thing, so the act is its owner's or the issuer's
(`actors.located_head`, `Extractor._unlocated`)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import extract_pledges, same_speaker
from bot.core.extract.actors import located_head

_PUBLISHED = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("prefix", "name", "head"),
    [
        (
            "Quarter-dollar coins honouring Mount Hood National Forest in Oregon",
            "Oregon",
            "Quarter-dollar coins",
        ),
        ("The new ferry terminal on the North Shore", "the North Shore", "The new ferry terminal"),
        ("Electrification of the line across Wales", "Wales", "Electrification of the line"),
        # "to" and "from" name a party, not a place: nothing is taken away from them
        (
            "A helicopter under contract to the U.S. Geological Survey",
            "the U.S. Geological Survey",
            None,
        ),
        ("Secretary Clinton", "Secretary Clinton", None),
    ],
)
def test_located_head(prefix: str, name: str, head: str | None) -> None:
    assert located_head(prefix, name) == head


def test_place_of_a_thing_is_no_speaker() -> None:
    text = (
        "The Harbour Board has announced its spring timetable for the coast.\n\n"
        "The new ferry terminal on the North Shore will open to passengers on 1 June.\n\n"
        "The Board will publish the full timetable next week.\n"
    )
    found = [c for c in extract_pledges(text, _PUBLISHED) if "ferry terminal" in c.quote]
    assert found and found[0].speaker is not None
    assert same_speaker(found[0].speaker, "the Harbour Board")
