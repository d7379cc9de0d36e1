"""Issue 13, stop 61, recall helper f2 (branch issue13f1-s61): wrong speakers of blind145
and blind144.

Parallel Parliament's copy of a written statement puts the photo's caption between the
member's name and the office ("Owen Paterson Portrait The Secretary of State for ..."): the
"I" of the statement is the member, not "Owen Paterson Portrait".

A media release whose heading lines give the office alone ("G20 Leaders Summit / Media
release / 29 Nov 2018 / Prime Minister") and then runs in the first person: "I will travel"
is the office holder's, not the body the text names most. The texts are written for the
test, after the kinds of the misses."""

from __future__ import annotations

from tests.core.releases import found, quoted

STATEMENT = (
    "Written Statements\n\n"
    "Jane Marlowe Portrait The Secretary of State for Rural Affairs (Jane Marlowe)\n\n"
    "- Hansard - - - Excerpts\n\n"
    "The next Fisheries Council is on Monday 13 May in Brussels. I will be representing the "
    "UK on the quota items.\n"
)
RELEASE = (
    "Pacific Leaders Meeting\n\n"
    "Media release\n\n"
    "12 Mar 2019\n\n"
    "Prime Minister\n\n"
    "I will travel to Fiji from 14 to 16 March to attend the Pacific Leaders Meeting in Suva.\n\n"
    "The Pacific Islands Forum has a long record of bringing the region together.\n\n"
    "The Forum meets every year, and the Forum sets the region's agenda.\n"
)


def _speaker_of(text: str, words: str) -> str | None:
    hit = quoted(found(text), words)
    assert hit is not None, found(text)
    return hit.speaker


def test_a_portrait_caption_is_not_part_of_the_members_name() -> None:
    assert _speaker_of(STATEMENT, "I will be representing the UK") == "Jane Marlowe"


def test_a_releases_office_line_is_the_voice_of_its_first_person() -> None:
    assert _speaker_of(RELEASE, "I will travel to Fiji") == "the Prime Minister"


def test_without_the_release_line_an_office_line_is_not_read() -> None:
    text = RELEASE.replace("Media release\n\n", "")
    assert _speaker_of(text, "I will travel to Fiji") != "the Prime Minister"
