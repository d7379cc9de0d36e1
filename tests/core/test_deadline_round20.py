"""Issue 12, round 20: general kinds of the remaining misses of the fresh sets, each shown
with sentences of our own making, then the sets' own cases. Said on Wednesday 2 December
2026 at 10:00, London time, unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

# -- 1. a day/month heading an agenda line before a colon ---------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("14/12: Council to adopt its position on the budget", "2026-12-14 23:59"),
        ("9-10/12: Summit of heads of state", "2026-12-10 23:59"),
        ("Next week's diary:\n8/12: visit to Cork\n11/12: Council meeting", "2026-12-11 23:59"),
        ("- 21/1: the Commission presents its work programme", "2027-01-21 23:59"),
        ("Monday is quiet; 17/12: the report is published", "2026-12-17 23:59"),
    ],
)
def test_a_day_heading_an_agenda_line_is_that_day(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        # a ratio, a score, a fraction or the idiom: not at a line's head, or no colon
        "The motion passed with a 3/4 majority: a clear result.",
        "The final score was 3/1: a comfortable win.",
        "24/7: our helpline never closes.",
        "14/12 Council to adopt its position",
        "9-10/12 Summit of heads of state",
    ],
)
def test_a_short_numeric_pair_elsewhere_is_no_date(text: str) -> None:
    assert _refusal(text) is None


# -- 2. how long an event lasts, told in the present or as a stay ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The capsule will spend about three weeks docked at the station.",
        "The crew spends about six months aboard the station.",
        "After separation the engine fires once, a burn which lasts up to 12 minutes.",
        "It takes about 40 minutes for the probe to reach the surface.",
        "Each orbit lasting roughly 90 minutes, the crew sees many sunsets.",
    ],
)
def test_how_long_an_event_lasts_is_no_deadline(text: str) -> None:
    assert _refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a stay counted from now names its start (CONVENTIONS 1.1)
        ("We will spend the next two weeks consulting on the plan.", "2026-12-16 23:59"),
        # "takes" of something else, the span its own phrase
        ("The new chair takes over in two weeks.", "2026-12-16 23:59"),
    ],
)
def test_a_stay_from_now_or_another_take_keeps_its_time(text: str, due: str) -> None:
    assert _due(text) == due


# -- 3. a time moved: the new time ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The hearing has been moved from 7th to 21st December.", "2026-12-21 23:59"),
        ("The summit was postponed from 8 to 15 January.", "2027-01-15 23:59"),
        (
            "The Commission has moved its press conference from 9 to 16 December.",
            "2026-12-16 23:59",
        ),
        ("The hearing was moved from Monday to Friday.", "2026-12-04 23:59"),
        ("We will move the vote from Monday to Friday.", "2026-12-04 23:59"),
    ],
)
def test_a_time_moved_falls_due_at_the_new_time(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a year-less day moved that lies over half a year ahead is the one gone
        ("The meeting was moved from 7th to 21st November.", "past"),
        # no moving: a range from a start, and a week of opening days
        ("The exhibition ran from 8th to 15th January.", "earliest"),
        ("The office is open Monday to Friday.", "recurring"),
    ],
)
def test_a_range_not_moved_stays_as_it_was(text: str, kind: str) -> None:
    assert _refusal(text) == kind


# -- 4. a lead-in and the event it leads to, with no day: the event's time ----------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Coverage begins at 10:30 a.m., with the launch scheduled at 11 a.m.", "2026-12-02 11:00"),
        ("Doors open at 6.30pm and the concert starts at 8pm.", "2026-12-02 20:00"),
        # said at 10:00, 9:45 a.m. next comes tomorrow: the latest time of day, 11 a.m. today
        (
            "The stream starts at 9:45 a.m., with the walk set to begin at 11 a.m.",
            "2026-12-02 11:00",
        ),
        # a deadline word marks the one that counts
        ("We will meet at 3pm and report by 1pm.", "2026-12-02 13:00"),
    ],
)
def test_times_with_no_day_fall_due_at_the_latest(text: str, due: str) -> None:
    assert _due(text) == due


# -- 5. a month naming an owner's gathering -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("At their December meeting, EU leaders will address migration.", "2026-12-31 23:59"),
        ("The Council will decide at its March session.", "2027-03-31 22:59"),
        ("The plan goes to the Council's February meeting.", "2027-02-28 23:59"),
        ("The January sitting will consider the bill.", "2027-01-31 23:59"),
        ("Ministers will settle it at the board's May meeting.", "2027-05-31 22:59"),
    ],
)
def test_a_month_naming_an_owners_gathering_is_that_month(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        # a month word with no gathering after it, or a word month that is a verb
        "Their march through the city was peaceful.",
        "It may rain before the meeting.",
    ],
)
def test_a_month_word_without_a_gathering_is_no_time(text: str) -> None:
    assert _refusal(text) is None


# -- 6. a "not" in a relative clause with a subject of its own ----------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Points on which we do not vote will be settled by 9 December.", "2026-12-09 23:59"),
        ("The rooms that we do not need will be let by Friday.", "2026-12-04 23:59"),
        (
            "Claims for which they did not submit evidence must be refiled by 15 January.",
            "2027-01-15 23:59",
        ),
    ],
)
def test_a_not_in_a_relative_clause_with_its_own_subject_stops_there(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        # the main verb denied, or a verb of thinking whose complement holds the time
        "Issues on which they do not expect a ruling will be decided by May.",
        "We will not publish the report by Friday.",
    ],
)
def test_a_not_on_the_main_verb_or_a_thought_still_denies(text: str) -> None:
    assert _refusal(text) == "negated"


# -- the sets' own cases fixed by these rules ---------------------------------------------

_FIXED = (
    ("blind_fresh23", "28/4: Commission to adopt"),
    ("blind_fresh23", "29/4: The Commission adopts"),
    ("blind_fresh23", "5/5: The Commission publishes"),
    ("blind_fresh23", "6/5: Commission to unveil"),
    ("blind_fresh23", "6-7/5: European Civil Protection Forum"),
    ("blind_fresh23", "26/5: International Conference"),
    ("blind_fresh23", "22/4: Meeting of the African Union"),
    ("blind_fresh23", "The Dragon spacecraft will spend approximately one month"),
    ("blind_fresh23", "The spacecraft will spend about five days attached"),
    ("blind_fresh23", "About five hours after Dragon leaves the station"),
    ("blind_fresh23", "It takes about 30 minutes for Dragon to re-enter"),
    ("blind_fresh23", "The press conference with Vice-President Jacques Barrot"),
    ("blind_fresh22", "NASA TV coverage will begin at 6:30 a.m. ET"),
    ("blind_fresh22", "NASA TV coverage will begin at 5:45 a.m."),
    ("blind_fresh26", "The parties' expert reports on issues on which they do not bear"),
)


@pytest.mark.parametrize(("module", "opening"), _FIXED)
def test_the_sets_cases_of_this_round(module: str, opening: str) -> None:
    check_set_case(module, opening)
