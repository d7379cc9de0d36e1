"""Recall rules of stop 51's tuner a (issue 13). The texts are paraphrases written for the
test, so that a regression names the rule."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import Candidate, extract_pledges, same_speaker

_PUBLISHED = datetime(2025, 3, 3, 12, tzinfo=UTC)


def _holding(found: list[Candidate], words: str) -> Candidate:
    return next(candidate for candidate in found if words in candidate.quote)


_MOTIONS = (
    "House of Lords Business\n\n"
    "Tuesday 4 March 2025 at 2.30pm\n\n"
    "*Lord Ashby of Fenton to ask His Majesty’s Government what steps they are taking "
    "to reduce waiting times for hearing tests.\n\n"
    "Baroness Corran of Leith to move that this House takes note of the case for better "
    "rural bus services. (Balloted debate, 2½ hours)\n\n"
    "Lord Dunmore to move that the draft Regulations laid before the House on 3 February "
    "be approved.\n\n"
    "The Earl of Wexcombe to move to resolve that this House regrets the Order."
)


def test_a_business_paper_s_motions_are_the_members_scheduled_acts() -> None:
    found = extract_pledges(_MOTIONS, _PUBLISHED)
    for words, member in (
        ("Corran of Leith to move", "Baroness Corran of Leith"),
        ("Dunmore to move", "Lord Dunmore"),
        ("Wexcombe to move", "The Earl of Wexcombe"),
    ):
        motion = _holding(found, words)
        assert same_speaker(motion.speaker, member), (words, motion.speaker)


def test_a_motion_told_in_prose_or_moved_already_is_no_business() -> None:
    for text in (
        "Lord Dunmore rose to move that this House takes note of the report.",
        "Lord Dunmore moved that the draft Regulations be approved.",
        "In the pub, Lord Dunmore to move that the House rise early was the joke of the night.",
        "Hansard\n\nLord Dunmore to move that this House takes note of the report.\n\n"
        "The Minister replied that the Government welcome the debate.",
    ):
        assert not [c for c in extract_pledges(text, _PUBLISHED) if "move" in c.quote], text


_ORDER_OF_BUSINESS = (
    "Seanad debates\n\nThursday, 6 March 2025\n\nOrder of Business.\n\n"
    "It is proposed to take Nos. 1, 2 and 3 in that order.\n\n"
    "It is proposed, notwithstanding anything in Standing Orders, that No. 1 shall be taken "
    "without debate.\n\n"
    "No. 2 is statements on rural broadband to be taken at 12.45 p.m. and to conclude at "
    "2.30 p.m.\n\n"
    "Private Members' business shall be No. 33, motion re school transport.\n\n"
    "Item No. 7 is a very important matter for farmers.\n"
)


def test_an_order_of_business_items_are_the_government_s_proposals() -> None:
    found = extract_pledges(_ORDER_OF_BUSINESS, datetime(2025, 3, 6, 10, 30, tzinfo=UTC))
    for words in ("take Nos. 1, 2 and 3", "without debate", "rural broadband", "No. 33"):
        item = _holding(found, words)
        assert same_speaker(item.speaker, "the Government"), (words, item.speaker)
    broadband = _holding(found, "rural broadband")
    assert broadband.deadline is not None and broadband.deadline.due.day == 6
    assert not [c for c in found if "Item No. 7" in c.quote]


def test_it_is_proposed_outside_an_order_of_business_is_no_item() -> None:
    text = "Council minutes\n\nIt is proposed to take Nos. 1, 2 and 3 in that order.\n"
    assert not extract_pledges(text, _PUBLISHED)


def test_a_member_s_postnominal_is_not_the_speaker() -> None:
    text = (
        "Health Minister Jane Roe, MLA has announced that a new clinic will open in November.\n\n"
        "Sarah Smith, MP has pledged to build a new school by 2027.\n\n"
        "Enterprise Minister Alan Ford and Finance Minister Sam Hale, MSP have announced that "
        "a new loan scheme will be open for business in November."
    )
    found = extract_pledges(text, _PUBLISHED)
    for words, members in (
        ("clinic", ("Jane Roe",)),
        ("school", ("Sarah Smith",)),
        ("loan", ("Alan Ford", "Sam Hale")),  # either of the two who announced it
    ):
        pledge = _holding(found, words)
        assert any(same_speaker(pledge.speaker, member) for member in members), pledge.speaker


def test_a_postnominal_set_off_by_commas_is_not_the_speaker() -> None:
    """The final review of stop 51: the letters between two commas, as an apposition is
    written ("Simon Hamilton, MLA, has announced"), were still taken for the speaker."""
    text = (
        "Finance Minister Simon Hamilton, MLA, has announced that the scheme will open by "
        "March 2027.\n\n"
        "Sarah Smith, MP, has pledged to build a new school by 2027."
    )
    found = extract_pledges(text, _PUBLISHED)
    for words, member in (("scheme", "Simon Hamilton"), ("school", "Sarah Smith")):
        pledge = _holding(found, words)
        assert same_speaker(pledge.speaker, member), pledge.speaker


def test_an_order_of_business_item_after_its_readers_label_is_the_readers() -> None:
    """The final review of stop 51: a transcript writes the reader's label on the item's
    own line ("Senator Lisa Chambers: It is proposed to take ..."), and the item's form was
    looked for before the label, so the line was no item (or kept no speaker)."""
    text = (
        "Seanad debates\n\nOrder of Business.\n\n"
        "Senator Lisa Chambers: It is proposed to take Nos. 1, 2 and 3 in that order.\n\n"
        "Senator Lisa Chambers: No. 2 is statements on rural broadband to be taken at "
        "12.45 p.m.\n"
    )
    found = extract_pledges(text, datetime(2025, 3, 6, 10, 30, tzinfo=UTC))
    for words in ("Nos. 1, 2 and 3", "rural broadband"):
        item = _holding(found, words)
        assert same_speaker(item.speaker, "Lisa Chambers"), (words, item.speaker)
