"""Issue 13, stop 61, recall helper f2 (branch issue13f1-s61): a wrong speaker of blind145.

Parallel Parliament's copy of a written statement puts the photo's caption between the
member's name and the office ("Owen Paterson Portrait The Secretary of State for ..."): the
"I" of the statement is the member, not "Owen Paterson Portrait". The texts are written for
the test, after the kinds of the misses."""

from __future__ import annotations

from tests.core.releases import found, quoted

STATEMENT = (
    "Written Statements\n\n"
    "Jane Marlowe Portrait The Secretary of State for Rural Affairs (Jane Marlowe)\n\n"
    "- Hansard - - - Excerpts\n\n"
    "The next Fisheries Council is on Monday 13 May in Brussels. I will be representing the "
    "UK on the quota items.\n"
)


def test_a_portrait_caption_is_not_part_of_the_members_name() -> None:
    hit = quoted(found(STATEMENT), "I will be representing the UK")
    assert hit is not None, found(STATEMENT)
    assert hit.speaker == "Jane Marlowe", hit
