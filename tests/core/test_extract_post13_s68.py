"""Issue 13, stop 68, post-run of blind158/159: speakers in a notice's own wording.

"Comments for section IV.B are due on or before 6 October" names a part of a document,
not who sets the date: the speaker is the body that issues the notice. "The Grid Access
Bureau (Bureau) extends the deadline": the short form defined after the name does not hide
the subject. Paraphrases written for these tests, not the corpus's sentences.
"""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import extract_pledges
from bot.core.extract.actors import is_actor
from bot.core.extract.speakers import walk_back

PUBLISHED = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def test_a_section_number_is_not_an_actor() -> None:
    assert not is_actor("IV.B")
    assert not is_actor("II.A.3")
    assert not is_actor("section IV.B")
    assert not is_actor("Part 2")
    assert is_actor("J. R. Smith")


def test_comments_due_for_a_section_are_the_issuers() -> None:
    text = (
        "FEDERAL ENERGY AGENCY\n\n"
        "Grid Access Proceeding; Comment Deadline Extended\n\n"
        "SUMMARY: The Energy Agency extends the deadline for comments on section IV.B of "
        "its notice.\n\n"
        "DATES: Comments for section IV.B are due on or before October 6, 2026.\n"
    )
    found = [c for c in extract_pledges(text, PUBLISHED) if c.quote.startswith("DATES")]
    found = found or [c for c in extract_pledges(text, PUBLISHED) if "IV.B are due" in c.quote]
    assert found
    assert found[0].speaker != "IV.B"


def test_a_short_form_after_the_name_is_passed_over() -> None:
    assert walk_back("the Grid Access Bureau (Bureau)") == "the Grid Access Bureau"
    assert walk_back("the Federal Maritime Commission (the Commission)") == (
        "the Federal Maritime Commission"
    )
    text = (
        "By this Order, the Grid Access Bureau (Bureau) extends the deadline for filing "
        "comments until September 17, 2026."
    )
    found = extract_pledges(text, PUBLISHED)
    assert found
    assert found[0].speaker == "the Grid Access Bureau"


def test_an_unlabelled_reply_to_i_beg_to_ask_is_the_one_asked() -> None:
    text = (
        "HC Deb 09 May 1892 vol 4 cc359-61\nMR. GRANT (Leith, W.)\n\n"
        "I beg to ask the President of the Board of Trade whether the Report of the Committee "
        "on Harbour Lights will be made public?\n\n"
        "The Committee to which the hon. Member refers has been appointed to inquire into the "
        "lights. I propose to lay the Report upon the Table for publication as a Parliamentary "
        "Paper.\n\n"
        "Will the cost of the lights be included?\n\n"
        "No, Sir.\n\n"
        "MR. TIMOTHY HEALY (Longford, N.)\n\n"
        "Does the inquiry extend to Ireland?\n"
    )
    found = [c for c in extract_pledges(text, PUBLISHED) if "I propose to lay" in c.quote]
    assert found
    assert found[0].speaker == "the President of the Board of Trade"
