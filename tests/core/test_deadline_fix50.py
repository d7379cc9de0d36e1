"""Issue 12, stop 50, fixer: silent misreadings left by stop 49's final review. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py), unless a case says.

- after_start.py: a start given as "next Monday" or as a date ("Monday 7 December") put an
  end weekday of the same sentence before the start. CONVENTIONS 6.4: "'finishing on',
  'ending on', 'complete by' <day> name the day the work ends"; the end is the first such
  weekday on or after the start.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, parse_deadline
from tests.core.reading import LONDON, SAID, due, read, refusal


def _said(day: int, month: int = 12, year: int = 2026) -> datetime:
    return datetime(year, month, day, 10, 0, tzinfo=ZoneInfo(LONDON))


# CONVENTIONS 6.4: "finishing on", "ending on", "complete by" <day> name the day the work ends
# (not a day before the work began). Said Wednesday 2 December: Monday 7, Friday 11 December.
@pytest.mark.parametrize(
    ("text", "said", "when"),
    [
        ("Work starts on Monday 7 December and will be completed on Friday.", 2, "2026-12-11"),
        ("Work starts on Monday 7 December and will be completed on Friday.", 5, "2026-12-11"),
        ("Work starts next Monday and ends on Friday.", 2, "2026-12-11"),
        ("Work starts this coming Monday and will finish on Friday.", 2, "2026-12-11"),
        ("Work will begin on Monday, 7th December, to be completed on Thursday.", 2, "2026-12-10"),
        # said on Monday 30 November: "next Monday" is 7 December, its Friday the 11th
        ("Work starts next Monday and ends on Friday.", 30, "2026-12-11"),
    ],
)
def test_an_end_weekday_counts_from_a_dated_or_next_start(text: str, said: int, when: str) -> None:
    s = _said(said) if said != 30 else _said(30, 11)
    assert due(text, s)[:10] == when


# a move to an earlier day is no end of a run: "brought forward to Friday" is this Friday
# (Wednesday 2 December: 4 December), and other starts stay as they were
@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The vote, due to open on Monday, has been brought forward to Friday.", "2026-12-04"),
        ("Work will start on Monday to replace the roof.", "2026-12-07"),
        ("Work starts on Monday and ends on Friday.", "2026-12-11"),
        ("Work started on Monday and will be completed on Friday.", "2026-12-04"),
    ],
)
def test_other_starts_and_ends_stay(text: str, when: str) -> None:
    assert due(text)[:10] == when


# waits.py: equivalent openings alike. CONVENTIONS 5.2: "The same words hung on an undated
# event ('as soon as it is possible to meet', 'without delay once the inquiry reports', 'as
# soon as it is ready') are refusal='event'": "When"/"As soon as" open such an event as "Once"
# does. The speaker's own election in words is the one-word "If elected," (round 17: "If
# elected, we would immediately scrap the tax" keeps its window), so it keeps it too.
@pytest.mark.parametrize(
    "text",
    [
        "When the bill passes, we will act immediately.",
        "As soon as the bill passes, we will act immediately.",
        "When the inquiry reports, the Government will respond without delay.",
    ],
)
def test_an_opening_event_by_when_waits_as_once_does(text: str) -> None:
    assert refusal(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "If we are elected, we will act immediately.",
        "If I am re-elected, I will immediately scrap the tax.",
        "When we are elected, we will act immediately.",
        "If we win the election, we will act immediately.",
        "If elected, we will act immediately.",
        "When asked, he said the department would act immediately.",
        # final review of stop 50: the same in a contraction, or after "in the event that"
        "If we're elected, we will act immediately.",
        "If I’m re-elected, I will immediately scrap the tax.",
        "In the event that we are elected, we will act immediately.",
    ],
)
def test_the_speakers_election_in_words_keeps_the_window_as_if_elected(text: str) -> None:
    assert due(text) == "2026-12-09 23:59"


# A dated start with an end weekday after it: CONVENTIONS 6.4 ("'finishing on', 'ending on'
# ... <day> name the day the work ends") and 3.4 ("When a start ... and a deadline ... both
# belong to the act, the deadline counts"): the date is the start only, not the deadline
# (it outranked the end weekday as an explicit date). Said Wednesday 2 December.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Work starts Monday, December 7 and ends on Friday.", "2026-12-11"),
        ("Work starts on 7 December and ends on Friday.", "2026-12-11"),
        ("Roadworks start on the 7th December and end on Friday.", "2026-12-11"),
        ("The bridge closes on Saturday 12 December and reopens on Monday.", "2026-12-14"),
        ("The road will close on Monday 7th December and reopen on Thursday.", "2026-12-10"),
    ],
)
def test_a_dated_start_gives_way_to_its_end_weekday(text: str, when: str) -> None:
    assert due(text)[:10] == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Work starts on 7 December.", "2026-12-07"),
        ("Work starts on 7 December; the report ends on Friday.", "2026-12-07"),
        ("The consultation closes on 14 December.", "2026-12-14"),
    ],
)
def test_a_dated_start_alone_stays(text: str, when: str) -> None:
    assert due(text)[:10] == when


# A "When" opening of the past dates a meeting or a statement gone, no event still awaited
# (CONVENTIONS 5.2 is about words hung on an undated event still to come): the window stays
# as it was before "when" opened events.
@pytest.mark.parametrize(
    "text",
    [
        "When we met last week, the minister promised to act immediately.",
        "When I was in Brussels, I said we would act immediately.",
    ],
)
def test_a_when_of_the_past_waits_for_nothing(text: str) -> None:
    assert due(text) == "2026-12-09 23:59"


# final review of stop 50: a "When" opening that names no event at all (a topic, a question
# put, an idiom) keeps the window as before "When" opened events
@pytest.mark.parametrize(
    "text",
    [
        "When it comes to housing, we will act immediately.",
        "When asked about the delay, the minister said it would be fixed immediately.",
        "When pressed on the matter, the minister said it would be fixed immediately.",
        "When in doubt, we will act immediately.",
        "When all is said and done, we will act immediately.",
        "When you look at the figures, we will act immediately.",
    ],
)
def test_a_when_that_names_no_event_waits_for_nothing(text: str) -> None:
    assert due(text) == "2026-12-09 23:59"


# final review of stop 50: a dated start gives way to every end word a weekday start gives
# way to ("closes on", "runs until"), as "opens on Monday and closes on Friday" does (11 Dec)
@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The consultation opens on 7 December and closes on Friday.", "2026-12-11"),
        ("The exhibition opens on 7 December and will close on Friday.", "2026-12-11"),
        ("The consultation opens on 7 December and runs until Friday.", "2026-12-11"),
    ],
)
def test_a_dated_start_gives_way_to_a_closing_weekday(text: str, when: str) -> None:
    assert due(text)[:10] == when


# Final check of stop 50 (lead): a numeric start ("14/12/2026") was not read by after_start.py,
# so the end weekday counted from today, before the work began: "Work starts on 14/12/2026 and
# ends on Friday", said Wednesday 2 December, was due on Friday 4 December. CONVENTIONS 6.4: the
# end is the Friday after the start (18 December); a number above 12 is the day, else the
# day_first order, as the date reader reads it.
@pytest.mark.parametrize(
    ("text", "day_first", "when"),
    [
        ("Work starts on 14/12/2026 and ends on Friday.", True, "2026-12-18"),
        ("Work starts on 14/12/2026 and ends on Friday.", False, "2026-12-18"),
        ("Work starts on 12/14/2026 and ends on Friday.", False, "2026-12-18"),
        ("Work starts on 07.12.2026 and will be completed on Friday.", True, "2026-12-11"),
        ("Work starts on 12/07/2026 and will be completed on Friday.", False, "2026-12-11"),
        ("Work starts on 14 December 2026 and ends on Friday.", True, "2026-12-18"),
    ],
)
def test_an_end_weekday_counts_from_a_numeric_start(text: str, day_first: bool, when: str) -> None:
    got = parse_deadline(text, SAID, LONDON, day_first=day_first)
    assert isinstance(got, Deadline), got
    assert got.due.date().isoformat() == when, got


# a start that has gone by, or is no date, is not taken as a start: the end weekday is not
# moved before it ("Work started on 30/11/2026" is read by the past rules, not here)
@pytest.mark.parametrize(
    "text",
    [
        "Work starts on 31/11/2026 and ends on Friday.",
        "Work starts on 14/13/2026 and ends on Friday.",
        "Work starts on 14 December 2025 and ends on Friday.",
    ],
)
def test_an_impossible_numeric_start_moves_nothing(text: str) -> None:
    got = read(text, SAID)
    assert not isinstance(got, Deadline) or got.due.date().isoformat() >= "2026-12-04", got


# Stop 51 (lead): a start given as a day of the month alone ("the 14th", "Monday the 14th") was
# not read by after_start.py, so "Work starts on the 14th and ends on Friday", said Wednesday 2
# December, was due on the 14th, the day the work begins, with the Friday counted from today
# set aside. CONVENTIONS 6.4: the end is the Friday after the start. "The 14th" is its next
# occurrence, as the date reader reads it ("the 1st" said on 2 December is 1 January).
@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Work starts on the 14th and ends on Friday.", "2026-12-18"),
        ("Work starts on Monday the 14th and ends on Friday.", "2026-12-18"),
        ("The road will close on Monday the 7th and reopen on Thursday.", "2026-12-10"),
        ("Work begins on the 7th and will be completed on Thursday.", "2026-12-10"),
        # the 31st is a Thursday, the 1st (of January) a Friday: each the end's own week
        ("Work starts on the 31st and ends on Friday.", "2027-01-01"),
        ("Work starts on the 1st and ends on Friday.", "2027-01-01"),
    ],
)
def test_an_end_weekday_counts_from_a_start_named_by_its_day(text: str, when: str) -> None:
    assert due(text)[:10] == when


# a weekday the day of the month is not ("Tuesday the 14th" of a December whose 14th is a
# Monday) names no start: the end weekday is not counted from it
def test_a_start_whose_weekday_disagrees_moves_nothing() -> None:
    got = read("Work starts on Tuesday the 14th and ends on Friday.")
    assert not isinstance(got, Deadline) or got.due.date().isoformat() != "2026-12-18", got
