"""Issue 12, round 24a: clock times heading the lines of a log told in the past, and ranges
of dates across two months whose year comes only after the end; each kind shown with
sentences of our own making, then the sets' own cases. Said on Wednesday 2 December 2026 at
10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case
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
