"""Issue 13, round 32a (stop 37, precision): when in its day and where an announced event
is held, told in a sentence after the one that announced it, is the event's detail, not a
pledge of its own (`occasions`; CONVENTIONS 2.5).

The texts are written for the test (the kind comes from blind58's and blind60's false
candidates: "The first meeting will be from 8:00 a.m. until noon at the ... Center", "The
meeting will convene at the ... Post"); the contrasts name what the rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import candidate, only_set_aside

HEARING = "The Water Board will hold a public hearing on the reservoir plan in Dunmore on 12 June. "


def test_hours_of_announced_hearing_are_its_detail() -> None:
    only_set_aside(
        HEARING,
        "The hearing will be from 6:00 p.m. until 9:00 p.m. at the Grange Hall.",
        "describes",
    )


def test_place_of_announced_hearing_is_its_detail() -> None:
    only_set_aside(HEARING, "The hearing will convene at the Dunmore Fire Station.", "describes")


def test_start_of_a_session_of_it_is_its_detail() -> None:
    only_set_aside(HEARING, "The public session will start at 2:00 p.m.", "describes")


def test_a_day_of_its_own_stays() -> None:
    assert candidate(HEARING, "A second hearing will be held at the Grange Hall on 19 June.")
    assert candidate(HEARING, "The hearing will then be held at the Grange Hall on 19 June.")


def test_a_new_event_stays() -> None:
    assert candidate(HEARING, "A second hearing will be held at the Grange Hall.")
