"""Issue 12, round 23b: general kinds of the twenty-ninth set's misses (standing hours, two
acts given in turn, four-digit clock times), each shown with sentences of our own making,
then the set's own cases. Said on Wednesday 2 December 2026 at 10:00, London time (GMT),
unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

# -- 1. standing opening times: a day named as an exception or instance of every day, and
#       hours kept on weekdays joined by "and" -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The museum is open daily except Christmas Day.",
        "The library is open each day except 1 January.",
        "The park is open every day of the year except Christmas.",
        "Our helpline is available any time of the year, even on Christmas Day.",
        "The pool is open all year round, including on Boxing Day.",
        "The reading rooms are open to the public Monday and Wednesday, 8:45 A.M.- 5 P.M.",
        "The shop opens Tuesday and Thursday from 10 a.m. to 4 p.m.",
        "Visitors are welcome Tue, Thu and Sat, 10 a.m. to 4 p.m.",
    ],
)
def test_standing_opening_times_are_recurring(text: str) -> None:
    assert _refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a one-off event on named days keeps its (last) day
        ("The hearing will be held Monday and Wednesday.", "2026-12-09 23:59"),
        ("The hearing will be held Monday and Wednesday from 9 a.m. to 5 p.m.", "2026-12-09 17:00"),
        # open every day up to a date: kept going to that date (CONVENTIONS 3.3)
        ("The exhibition is open every day until 10 January.", "2027-01-10 23:59"),
        # a deadline beside a standing habit is not the exception
        (
            "We will work every day except Sundays to finish the bridge by 30 June.",
            "2027-06-30 22:59",
        ),
    ],
)
def test_one_off_days_keep_their_deadline(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "opening",
    [
        "The Exhibition Hall is open every day except",
        "The Microfilm and Central Research Rooms",
        "Make sure you give yourself plenty of time",
    ],
)
def test_fresh29_standing_hours(opening: str) -> None:
    check_set_case("blind_fresh29", opening)

