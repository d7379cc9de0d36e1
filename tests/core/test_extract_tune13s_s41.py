"""Speaker rule of stop 41's tuner s (issue 13): a release's opening sentence that says
who announces ("Internal Affairs Minister Tracey Martin today announced ...") names the
body behind its impersonal lines, a titled person too (`announcer`). The texts are
paraphrases written for the test, so that a regression names the rule."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import extract_pledges, same_speaker
from bot.core.extract.announcer import announcer
from bot.core.extract.passages import Sentence

_PUBLISHED = datetime(2026, 6, 1, tzinfo=UTC)

_RELEASE = (
    "Applications open for Harbour Heritage Fund\n\n"
    "Published: Mon 1 Jun 2026\n\n"
    "{opening} the 2026/27 round of the Harbour Heritage Fund.\n\n"
    "This year, the Harbour Heritage Fund has $12 million available for grants to restore "
    "wharves and sheds of regional significance.\n\n"
    "To be considered for a grant, projects have to cost $2 million or more. Applications "
    "can be made for projects from a number of areas: heritage; tourism. Applications close "
    "21 August 2026, and funding decisions will be announced in November.\n\n"
    "The Minister said the fund stands apart from other capital works funds.\n\n"
    "The last round supported the Napier Wharf Trust, which received $700,000 towards a new "
    "shed. The Trust will open the shed to visitors next year."
)


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("Heritage Minister Aroha Tane today announced the opening of", "Aroha Tane"),
        ("WELLINGTON – Heritage Minister Aroha Tane has launched", "Aroha Tane"),
        ("The Department of Harbour Affairs has today opened", "the Department of Harbour Affairs"),
    ],
)
def test_announcer_stands_behind_impersonal_lines(opening: str, name: str) -> None:
    text = _RELEASE.format(opening=opening)
    found = [c for c in extract_pledges(text, _PUBLISHED) if "Applications close" in c.quote]
    assert found and same_speaker(found[0].speaker, name)


def _sentences(*texts: str) -> list[Sentence]:
    return [
        Sentence(start=0, text=text, paragraph=n, headline=False) for n, text in enumerate(texts)
    ]


def test_who_only_met_opens_no_release() -> None:
    # Meeting or speaking is no announcement: the lines after it are not the person's.
    opening = "Heritage Minister Aroha Tane met harbour boards in Napier on Tuesday."
    assert announcer(_sentences(opening, "Grants will open in May."), opening) is None


def test_a_thing_announced_is_no_announcer() -> None:
    # "The fund announced" would make a programme the actor: it is none.
    opening = "The 2026 round opened on Monday with $12 million available."
    assert announcer(_sentences(opening), opening) is None
