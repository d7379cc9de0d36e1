"""Stop 39, fixer i (issue 12): clock times of schedules and works at night.
"overnight" read as tonight, and the bare parts of the day that set no time for an act
(part_modifiers.py); more kinds below as they are fixed. Sentences of our own making first
(with guards that must not change), then the sets' own cases. Said on Wednesday 2 December
2026 at 10:00, London time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.reading import check_set_case, due, refusal
from tests.data.deadlines.relabels import cases_of, conventional

# -- "overnight" and the bare parts of the day (part_modifiers.py) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will remain closed overnight.",
        "Diversions will be in place overnight for heavy vehicles.",
        "Crews will close the highway overnight to protect road users.",
        "Overnight, the rain is expected to clear to the east.",
        "The pass was shut at 4pm and is expected to remain closed overnight.",
        # guard: "tonight" as before
        "The bridge will remain closed tonight.",
    ],
)
def test_overnight_is_tonight(text: str) -> None:
    assert due(text) == "2026-12-02 23:59"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part of the day modifying a noun: another time of the sentence counts
        ("Night closures are planned early next month on the bypass.", "2027-01-10 23:59"),
        ("Overnight closures will start next week.", "2026-12-13 23:59"),
        # guard: a night described, with an adverb after it, keeps its time
        ("It will be a colder night nationwide.", "2026-12-02 23:59"),
        # guard: "overnight" before its own window is the window's (overnight.py)
        (
            "The lane will be closed overnight, between 8pm and 6am, on Friday 4 December.",
            "2026-12-05 06:00",
        ),
    ],
)
def test_a_part_of_the_day_before_a_noun_is_no_time(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Night works are planned on the bypass.", "event"),
        ("The minister will remain overnight in Cardiff.", "event"),
        ("Staff were shaken by what occurred overnight.", "past"),
        ("The road was closed overnight after a crash.", "past"),
    ],
)
def test_overnight_that_sets_no_time_ahead(text: str, want: str) -> None:
    assert refusal(text) == want


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh71", "Roadside technology"),
        ("blind_fresh44", "Overnight, the band of cloud"),
        # guards: already right, and must stay so
        ("kinds_real9", "That evening, the President will travel to Tampa"),
        ("blind_fresh44", "It will be a cooler night nationwide"),
        # an NI Assembly case of blind_fresh67 was here: removed by the licence audit of stop 50
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- a bare clock window crossing midnight (overnight.py) ------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The road will close on Friday 4 December, 8pm to 5am.", "2026-12-05 05:00"),
        (
            "Closures are set for Thursday 3 and Friday 4 December, 9pm to 6am each night.",
            "2026-12-05 06:00",
        ),
        # guards: a window that does not cross midnight, and one with "from" as before
        ("The road will close on Friday 4 December, 9am to 5pm.", "2026-12-04 17:00"),
        ("The road will close on Friday 4 December from 10pm to 6am.", "2026-12-05 06:00"),
    ],
)
def test_a_bare_clock_window_crossing_midnight_ends_the_next_morning(text: str, want: str) -> None:
    assert due(text) == want


# (the set's bare-window case, an NZ Transport Agency release, was removed from blind_fresh70 by
# the licence audit of stop 48)


# -- plans called off or seen from the past, and "shortly after" with no object --------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a time owning the plan called off (called_off.py)
        ("Friday's hearing has been cancelled.", "negated"),
        ("Tonight's planned closure of the bridge has been postponed.", "negated"),
        # "was due to" is "was to": the plan seen from the past (called_off.py)
        ("The vote was due to take place on Thursday.", "negated"),
        # "shortly after" with no object is "shortly afterwards" (clauses.py)
        ("Results are posted online shortly after.", "event"),
    ],
)
def test_a_plan_called_off_or_told_from_the_past(text: str, want: str) -> None:
    assert refusal(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Friday's hearing will go ahead as planned.", "2026-12-04 23:59"),
        ("The vote is due to take place on Thursday.", "2026-12-03 23:59"),
        ("The results will be posted online shortly.", "2027-01-31 23:59"),
    ],
)
def test_plans_kept_are_read_as_before(text: str, want: str) -> None:
    assert due(text) == want


# (the set's two plans called off, NZ Transport Agency releases, were removed from blind_fresh70
# by the licence audit of stop 48)


def test_the_sets_shortly_after_is_no_deadline() -> None:
    assert refusal(
        "Rulings are released at 9.00am on the day concerned, then appear on the tribunal's "
        "website shortly after."
    ) in ("event", "recurring")


# -- a plan told with "was due to" / "was scheduled to" (told.py) ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The consultation was scheduled to close on 20 December.",
        "The comment period previously was scheduled to end on 18 December.",
        "The vote was due to be held on Thursday.",
    ],
)
def test_a_plan_told_as_it_was_is_no_deadline(text: str) -> None:
    assert refusal(text) is not None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: the plan still ahead, and one with a new time after it
        ("The consultation is scheduled to close on 20 December.", "2026-12-20 23:59"),
        (
            "The consultation was scheduled to close on 20 December but will now close on 31 "
            "December.",
            "2026-12-31 23:59",
        ),
    ],
)
def test_a_plan_still_ahead_is_read_as_before(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        (
            "blind_fresh37",
            "The public comment period for the consent agreement in the matter of Nielsen",
        ),
        ("blind_fresh50", "The original public comment period was scheduled"),
    ],
)
def test_the_sets_plans_as_they_were(module: str, opening: str) -> None:
    """Labelled with no time at all: any refusal leaves the pledge without a deadline."""
    case = next(c for c in conventional(module, cases_of(module)) if c.text.startswith(opening))
    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
    assert case.due is None
    assert not isinstance(interpret_deadline(case.text, said, case.tz), Deadline)
