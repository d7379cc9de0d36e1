"""Issue 13, round 23e: a statement of coming business (`business`).

Each dated line ("Monday 9 March—Second Reading of the Harbour Bill.") is a pledge of
whoever reads the statement out, not of the item it names nor of the text's body; a
line whose dash was lost ("Monday 9 MarchSecond Reading ...") is read at the date; in
a day's paragraph "It will be followed by ..." is one more item of the reader's, and an
Opposition day's own debate is that day's content. The statements are written for the
test (the kinds come from blind33's two Commons business statements).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.core.extract import Candidate, extract_pledges, same_speaker

PUBLISHED = datetime(2026, 3, 5, 11, 30, tzinfo=UTC)  # a Thursday

# A copy that names nobody: only its heading says whose statement it is.
HEADED = (
    "Business of the House\n\n"
    "The business for the week commencing 9 March will be:\n\n"
    "Monday 9 March—Second Reading of the Harbour Dues Bill.\n\n"
    "Tuesday 10 March—Opposition day (3rd allotted day). There will be a debate on the closure"
    " of coastal ferry routes. This debate will arise on an Opposition motion. It will be"
    " followed by a motion relating to lighthouse maintenance.\n\n"
    "Wednesday 11 March—Motions relating to the fisheries grant reports.\n\n"
    "The provisional business for the week commencing 16 March will include:\n\n"
    "Monday 16 March—A debate on river flooding.\n\n"
    "I thank the Leader of the House for the business. The Government have still not published"
    " the ferry review the Government commissioned last spring.\n"
)

# A reproduction that prints the reader's name before the office, and lost the dashes.
NAMED = """Business of the House

Tomasz Albright The Leader of the House of Commons

The business for next week will be as follows:

Monday 9 MarchSecond Reading of the Coastal Access Bill.

Tuesday 10 MarchRemaining stages of the Coastal Access Bill.

THURSDAY 12 MARCH—Until 4 o'clock, motions on the harbour levy orders.
"""

# A transcript: the reader's turn, under a questioner's.
TURNS = """Ruth Okafor (Northfield) (Lab)

Will the Leader of the House give us the forthcoming business?

The Leader of the House of Commons (Daniel Fenwick)

The business for next week will include:
Monday 9 March—Second Reading of the Marine Licensing Bill.
Tuesday 10 March—Consideration in Committee of the Marine Licensing Bill.
"""


def _found(text: str, published: datetime = PUBLISHED) -> dict[str, Candidate]:
    return {c.quote: c for c in extract_pledges(text, published, "UTC")}


def test_dated_lines_are_the_reader_s_under_a_business_heading():
    found = _found(HEADED)
    for line in (
        "Monday 9 March—Second Reading of the Harbour Dues Bill.",
        "Tuesday 10 March—Opposition day (3rd allotted day).",
        "Wednesday 11 March—Motions relating to the fisheries grant reports.",
        "Monday 16 March—A debate on river flooding.",
    ):
        assert line in found, list(found)
        assert same_speaker(found[line].speaker, "the Leader of the House"), found[line]
    deadline = found["Monday 16 March—A debate on river flooding."].deadline
    assert deadline is not None and deadline.due.date() == date(2026, 3, 16)


def test_a_further_item_of_the_day_is_the_reader_s():
    found = _found(HEADED)
    followed = found.get("It will be followed by a motion relating to lighthouse maintenance.")
    assert followed is not None, list(found)
    assert same_speaker(followed.speaker, "the Leader of the House")
    assert followed.deadline is None  # no day of its own (CONVENTIONS 4.2)


def test_an_opposition_day_s_own_debate_is_no_pledge():
    found = _found(HEADED)
    assert "This debate will arise on an Opposition motion." not in found
    assert "There will be a debate on the closure of coastal ferry routes." not in found


def test_lines_that_lost_their_dash_are_read_at_the_date_and_named_reader():
    found = _found(NAMED)
    for line, day in (
        ("Monday 9 MarchSecond Reading of the Coastal Access Bill.", 9),
        ("Tuesday 10 MarchRemaining stages of the Coastal Access Bill.", 10),
        ("THURSDAY 12 MARCH—Until 4 o'clock, motions on the harbour levy orders.", 12),
    ):
        assert line in found, list(found)
        assert same_speaker(found[line].speaker, "Tomasz Albright"), found[line]
        deadline = found[line].deadline
        assert deadline is not None and deadline.due.date() == date(2026, 3, day)
    assert found["Monday 9 MarchSecond Reading of the Coastal Access Bill."].promise.startswith(
        "Second Reading"
    )


def test_the_turn_s_speaker_reads_the_lines():
    found = _found(TURNS)
    for line in (
        "Monday 9 March—Second Reading of the Marine Licensing Bill.",
        "Tuesday 10 March—Consideration in Committee of the Marine Licensing Bill.",
    ):
        assert line in found, list(found)
        assert same_speaker(found[line].speaker, "Daniel Fenwick"), found[line]


def test_a_statement_of_days_gone_by_and_a_single_dated_line_are_no_programme():
    later = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)
    assert "Monday 9 MarchSecond Reading of the Coastal Access Bill." not in _found(NAMED, later)
    single = "Business of the House\n\nMonday 9 MarchSecond Reading of the Coastal Access Bill.\n"
    assert _found(single) == {}
    # ... while the statement read on its day is one (the contrast).
    assert "Monday 9 MarchSecond Reading of the Coastal Access Bill." in _found(NAMED)
