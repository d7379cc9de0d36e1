"""Issue 12, round 24a: clock times heading the lines of a log told in the past, and ranges
of dates across two months whose year comes only after the end; each kind shown with
sentences of our own making, then the sets' own cases. Said on Wednesday 2 December 2026 at
10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import LONDON, SAID, check_set_case, read
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

# -- 1. a clock time heading a line whose clause is told in the past ----------------------


@pytest.mark.parametrize(
    "text",
    [
        # a log of the day, each line the time an act was done
        "7:12 p.m. The committee rose.",
        "3:45 p.m. Councillor Hart moved the amendment on parking charges.",
        "11:05 a.m. The motion was carried by 41 votes to 12.",
        "2:50 pm The Speaker suspended the sitting.",
        "2.40pm Oral questions began with a question on rail fares.",
        # a lead word before the time, and a comma or dash after it
        "At 4:15 p.m., the chamber voted on the second reading.",
        "8:20 p.m. - The Lords agreed the amendment without a division.",
        # a modal of a relative clause is not the line's
        "5:40 p.m. Mr Reyes spoke about a bill that would cap rents.",
        # a line in the middle of a log
        "Business resumed after lunch.\n4:30 p.m. Ms Okafor spoke on housing.",
    ],
)
def test_a_logged_time_told_in_the_past_is_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a future, a modal or a plan in the sentence keeps the time
        ("4:30 p.m. The committee will vote on the amendment.", "2026-12-02 16:30"),
        ("5 p.m. The vote is expected to be held.", "2026-12-02 17:00"),
        ("6:15 p.m. The chamber was scheduled to rise.", "2026-12-02 18:15"),
        ("At 5 p.m. the minister speaks.", "2026-12-02 17:00"),
        # a programme line in the present
        ("11:00 a.m. The Mayor receives the briefing on flooding.", "2026-12-02 11:00"),
        ("2:00 p.m. The Secretary meets with union leaders, closed press.", "2026-12-02 14:00"),
        # a past participle further on, describing, is no past verb of the line
        (
            "3:00 p.m. The President delivers remarks to the press at the newly opened depot.",
            "2026-12-02 15:00",
        ),
        # a time in its own clause after the logged line keeps its reading
        ("6:29 p.m. The House adjourned until 11:00 a.m. tomorrow.", "2026-12-03 11:00"),
        # a past form in a clause inside the subject: the line's own verb is a present
        ("At 5 p.m. the names we received go on the website.", "2026-12-02 17:00"),
    ],
)
def test_a_time_ahead_or_of_a_programme_keeps_its_deadline(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh30", "6:36 p.m. The Senate adjourned."),
        ("blind_fresh30", "6:33 p.m. Majority Leader McConnell wrapped up"),
        ("blind_fresh30", "6:32 p.m. Cloture was invoked"),
        ("blind_fresh30", "5:30 p.m. Roll call vote began"),
        ("blind_fresh30", "6:24 p.m. ML McConnell did wrapup."),
        ("blind_fresh30", "4:10 p.m Senator Sanders spoke"),
        ("blind_fresh30", "5:01 p.m. Senator Klobuchar spoke about a bill that would"),
        ("blind_fresh30", "4:28 p.m. Senator Ayotte spoke in favor"),
        ("blind_fresh30", "6:29 p.m. The Senate adjourned until"),
        ("blind_fresh30", "At 5:30 p.m., there will be a cloture vote"),
        ("blind_fresh24", "10:55 AM The President delivers remarks"),
        ("blind_fresh27", "2:20 p.m. Secretary Clinton tapes"),
        ("blind_fresh6", "At 6:26p.m. EDT, the hatch closed"),
    ],
)
def test_the_sets_logged_times(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- 2. a range of dates across two months, its year written after the end ----------------

JUNE = datetime(2026, 6, 15, 10, 0, tzinfo=ZoneInfo(LONDON))  # inside the ranges below
OCTOBER = datetime(2026, 10, 1, 10, 0, tzinfo=ZoneInfo(LONDON))
MARCH = datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo(LONDON))  # before them
DECEMBER = datetime(2026, 12, 20, 10, 0, tzinfo=ZoneInfo(LONDON))  # inside the last


@pytest.mark.parametrize(
    ("text", "said", "due"),
    [
        # the year at the end is the start's too: the start is not next year's April
        ("Fieldwork runs April 8–November 30, 2026.", JUNE, "2026-11-30 23:59"),
        ("Fieldwork runs April 8-November 30, 2026.", JUNE, "2026-11-30 23:59"),
        ("Fieldwork runs from April 8 to November 30, 2026.", JUNE, "2026-11-30 23:59"),
        ("Fieldwork runs 8 April–30 November 2026.", JUNE, "2026-11-30 23:59"),
        ("Fieldwork runs from 8 April to 30 November 2026.", JUNE, "2026-11-30 23:59"),
        ("Fieldwork runs January 1 through December 31, 2026.", JUNE, "2026-12-31 23:59"),
        ("The survey vessel sails September 26–October 7, 2026.", OCTOBER, "2026-10-07 22:59"),
        # a range into the new year: the start is in the year before the end's
        ("Sampling continues December 15–January 15, 2027.", DECEMBER, "2027-01-15 23:59"),
        # no year at all: the range lies where its end falls
        ("Fieldwork runs April 8–November 30.", JUNE, "2026-11-30 23:59"),
    ],
)
def test_a_range_across_months_falls_due_at_its_end(text: str, said: datetime, due: str) -> None:
    assert _due(text, said) == due


@pytest.mark.parametrize(
    ("text", "said", "earliest"),
    [
        ("Sampling takes place April 8–November 30, 2026.", MARCH, "2026-04-07 23:00"),
        ("Sampling takes place 8 April to 30 November 2026.", MARCH, "2026-04-07 23:00"),
        ("Sampling continues December 15–January 15, 2027.", SAID, "2026-12-15 00:00"),
    ],
)
def test_a_range_across_months_starts_at_its_start(
    text: str, said: datetime, earliest: str
) -> None:
    got = read(text, said)
    assert isinstance(got, Deadline), got
    assert got.earliest is not None
    assert got.earliest.astimezone(UTC).strftime("%Y-%m-%d %H:%M") == earliest


def test_a_range_across_months_gone_by_is_past() -> None:
    assert _refusal("Fieldwork ran April 8–November 30, 2026.") == "past"
    assert _refusal("Fieldwork: April 8–November 30, 2026.") == "past"


@pytest.mark.parametrize(
    "opening",
    [
        "Carmel River, California",
        "Cape Cod, Massachusetts: Collect water samples",
        "Cape Cod, Massachusetts: Examine",
        "Dry Tortugas National Park",
        "Elwha River, Washington",
    ],
)
def test_the_sets_ranges_across_months(opening: str) -> None:
    check_set_case("blind_fresh30", opening)
