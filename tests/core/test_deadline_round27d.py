"""Issue 12, round 27d: a release's day heading a named subject and its past act, and time
words that set no time for an act (a day that "marks", a time taken off, "day and night",
a span lasted until now), each shown with sentences of our own making, then the sets' own
cases. Said on Wednesday 2 December 2026 at 10:00, London time (GMT), unless a test gives
another moment."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, interpret_deadline, opening_subject
from tests.core.reading import check_set_case, read
from tests.core.reading import due as _due
from tests.data.deadlines.relabels import cases_of

# -- 1. the day of a release, a named subject with initials and titles, a past act ----------


@pytest.mark.parametrize(
    "text",
    [
        "Today, Surveyor of the Fabric John R. Smith, FRICS, RIBA AP, joined masons to set it.",
        "This morning, Surveyor of the Fabric John R. Smith (FRICS) welcomed the masons.",
        "LEEDS – Today, Cllr. R. Patel and Cllr. T. Moss (both Lab) praised the new bus lanes.",
        "Today, Director of Parks Ann Lee and Ranger (Ret.) Tom Fry convened volunteers.",
    ],
)
def test_release_day_before_a_named_subject_and_its_act_is_past(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Today, Jane Q. Doe, MP, will announce the plan.", "2026-12-02 23:59"),
        ("Today, Cllr. R. Patel (Lab) is to open the new bridge.", "2026-12-02 23:59"),
        # a past form after a future in the subject is no act of the day (the future check)
        ("Today, Mayor Jane Roe will present the plan recently approved.", "2026-12-02 23:59"),
    ],
)
def test_release_day_with_an_act_ahead_stays_due(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "today, all forms signed must be returned to the clerk.",
        "today, any grants awarded will be paid in full.",
    ],
)
def test_release_day_before_a_participle_and_its_own_verb_is_no_act(text: str) -> None:
    # other readers refuse these too, so the rule's own answer is pinned (review of 27d)
    assert not opening_subject.subject_done(text, 0, 5, "today")


# -- 2. time words that set no time for an act ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Today marks the fifth anniversary of the flood.",
        "The staff will take the afternoon off.",
        "Volunteers worked night and day to clear the road.",
        "She has been the council's treasurer for 12 years.",
        "We've been waiting for three months now.",
    ],
)
def test_time_words_setting_no_time_are_no_deadline(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The plan has been approved and will run for two years.", "2028-12-02 23:59"),
        ("Staff must take the leave by Friday.", "2026-12-04 23:59"),
        ("Submit the report by tonight.", "2026-12-02 23:59"),
        # a perfect passive of bidding: the span is the act's, still ahead (review of 27d)
        ("The council has been asked to run the trial for six months.", "2027-06-02 22:59"),
        ("He has been hired to run the service for two years.", "2028-12-02 23:59"),
    ],
)
def test_time_words_with_an_act_keep_their_time(text: str, due: str) -> None:
    assert _due(text) == due


# -- 3. the sets' own cases --------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "This morning, Architect of the Capitol",
        "Today, Architect of the Capitol",
        "We are just going to take the morning off",
        "Tradesmen and experts from historic",
        "I've been a press secretary for 22 years",
    ],
)
def test_set_cases(opening: str) -> None:
    check_set_case("blind_fresh45", opening)


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh45", "As you know, today marks"),
        ("blind_fresh17", "Today, Domestic Policy Advisor"),
        ("blind_fresh36", "WASHINGTON – Today, U.S. Sens."),
    ],
)
def test_set_cases_read_no_deadline(module: str, opening: str) -> None:
    case = next(c for c in cases_of(module) if c.text.startswith(opening))
    said = datetime.fromisoformat(case.said).replace(tzinfo=ZoneInfo("UTC"))
    assert not isinstance(interpret_deadline(case.text, said, case.tz), Deadline)
