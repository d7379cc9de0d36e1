"""Stop 36 of issue 12: readings that gave a wrong date with no warning, and readings
that refused a right one. Said on Wednesday 2 December 2026 at 10:00, London time
(tests/core/reading.py); each shape is tried in sentences of its own."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due, read, refusal

EOD = "23:59"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the stop of "a.m."/"p.m." ends the sentence too: the next sentence's clock time,
        # about another thing, is not joined with the deadline (clock_stops.py)
        ("Closing date: 11 December 2026, 10 a.m. Helpline open until 8 p.m.", "2026-12-11 10:00"),
        (
            "Bids close on 14 December at 9 a.m. Staff leave the office at 5 p.m.",
            "2026-12-14 09:00",
        ),
        ("Entries are due on 9 January 2027, 11 a.m. Results follow at 6 p.m.", "2027-01-09 11:00"),
        (
            "Applications close on Friday 11 December 2026 at 10 a.m. The portal reopens at 4 p.m.",
            "2026-12-11 10:00",
        ),
        # a word that opens with a month's letters is no month: "Market", "Mayor"
        ("Bids close on 14 December at 9 a.m. Market stalls open until 5 p.m.", "2026-12-14 09:00"),
        ("Bids close on 14 December at 9 a.m. Mayor Jones speaks at 4 p.m.", "2026-12-14 09:00"),
        # the same when a line break follows the stop
        ("Bids close on 14 December at 9 a.m.\nThe portal reopens at 4 p.m.", "2026-12-14 09:00"),
        # a stop after a clock time in figures ends the sentence as well (sessions.py)
        (
            "Tenders close on Monday 14 December 2026 at 10:00. The office reopens at 16:00.",
            "2026-12-14 10:00",
        ),
    ],
)
def test_a_clock_time_of_the_next_sentence_is_not_joined(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # what follows the stop belongs to the time: a weekday, a zone, "Time"
        ("The vote closes on 14 December 2026 at 5 p.m. Eastern Time.", "2026-12-14 22:00"),
        ("The meeting starts at 10 a.m. Monday.", "2026-12-07 10:00"),
        ("Submit it by 9 a.m. Eastern Time on 5 May", "2027-05-05 13:00"),
        (
            "DATE & TIME: Monday, June 28, 2027, 10 a.m.--12 p.m. CDT (Morning Session), "
            "1-4 p.m. CDT (Afternoon Session)",
            "2027-06-28 21:00",
        ),
    ],
)
def test_what_goes_with_the_clock_time_stays_joined(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a dateline ahead of the reference, by two days at most: the words are read as
        # written on that day (stop 37 bounds the lag: see the next test)
        (
            "(Friday, 4 December 2026) - The council said bids are due within ten days.",
            "2026-12-14",
        ),
        ("LONDON, 4 December 2026 - The board says replies are due within a week.", "2026-12-11"),
        ("BATH (Thursday, 3 December 2026) - Residents will reply within a week.", "2026-12-10"),
    ],
)
def test_relative_words_count_from_a_dateline_ahead(text: str, when: str) -> None:
    got = read(text)
    assert isinstance(got, Deadline), got
    assert got.due.strftime("%Y-%m-%d %H:%M") == f"{when} {EOD}"
    assert "counted from the dateline" in got.reason


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # more than two days ahead of the words, a dateline is no day of writing: ignored
        ("(Monday, 7 December 2026) - The council said bids are due by Friday.", "2026-12-04"),
        ("LONDON, 12 March 2028 - The ministry will publish the plan within a week.", "2026-12-09"),
        ("BATH (Tuesday, 8 December 2026) - Residents will reply within ten days.", "2026-12-12"),
    ],
)
def test_a_dateline_far_ahead_is_ignored(text: str, when: str) -> None:
    got = read(text)
    assert isinstance(got, Deadline), got
    assert got.due.strftime("%Y-%m-%d %H:%M") == f"{when} {EOD}"
    assert "too far ahead" in got.reason


def test_a_dateline_far_ahead_alone_is_no_deadline() -> None:
    assert read("LONDON, 12 March 2028 - The ministry met.") is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a date labelled after a dash is no dateline: it keeps its reading
        ("(11 December 2026) - closing date for bids", "2026-12-11 23:59"),
        ("31 March - deadline for applications", "2027-03-31 22:59"),
        # a bracket naming its date with a deadline word labels the deadline
        ("(Deadline 14 December 2026) - Bids are due by Friday.", "2026-12-14 23:59"),
        ("(Due 14 December 2026) - Send bids by Friday.", "2026-12-14 23:59"),
    ],
)
def test_a_labelled_date_is_no_dateline(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a paper that tells now, in the present, of an act ahead: the act's date counts
        ("Today, the report says the scheme ends on 31 March.", "2027-03-31 22:59"),
        ("The letter states the consultation closes on 30 April.", "2027-04-30 22:59"),
        ("The statement confirms the register opens on 1 February.", "2027-02-01 23:59"),
    ],
)
def test_a_paper_telling_now_of_an_act_ahead(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # a paper given on a day, or one that told of a past act, stays the past
        "the Written Answer by Lord McNally on 11 May",
        "Today, the report says the scheme ended on 31 March.",
    ],
)
def test_a_paper_of_a_day_stays_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a time moved names its new day, ahead (governing.MOVED_FOR)
        ("The vote has been moved for the 20 June meeting.", "2027-06-20 22:59"),
        ("The hearing has been moved for the 14 January session.", "2027-01-14 23:59"),
        ("The ballot has been moved for the 2 March count.", "2027-03-02 23:59"),
        # a bracketed aside told in the past keeps its tense to itself
        ("The fund (launched on 1 May) closes on 30 June.", "2027-06-30 22:59"),
        ("The grant (paid on 2 May) is repaid on 30 June.", "2027-06-30 22:59"),
        # a past verb of saying before a clause without "that": the clause's verb governs
        ("Last week ministers confirmed the hearings start on 9 December.", "2026-12-09 23:59"),
        ("Yesterday the council announced the market opens on 12 December.", "2026-12-12 23:59"),
    ],
)
def test_a_time_ahead_told_beside_a_past(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        # the same shapes told as done stay past
        "The vote was held on the 20 June.",
        "Ministers confirmed the hearings started on 9 November.",
        "The minister announced the closure of the park on 30 November.",
    ],
)
def test_the_same_shapes_told_as_done_stay_past(text: str) -> None:
    assert refusal(text) == "past"
