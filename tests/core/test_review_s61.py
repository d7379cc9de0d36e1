"""Review of stop 61's change (issues 12 and 13, 62032a4a..94bc6420): each test is a fault
proven on main 94bc6420 with a sentence a member could write, failing there.

Deadlines read as tests/core/reading.py reads (said on Wednesday 2 December 2026 at 10:00,
London); extraction as tests/core/releases.py reads, inside a council's release."""

from __future__ import annotations

import pytest

from tests.core.reading import due
from tests.core.releases import found, listed, quoted

_COUNCIL = "Leeds City Council\n\nPress release\n\n"


# 1. valued.py: "the importance of" reached across a comma into the next clause, so the
# speaker's own undertaking after it was read as only valued and lost (its docstring says
# "in its clause").


def test_a_pledge_after_a_clause_on_importance_keeps_its_window() -> None:
    text = "Recognising the importance of this, we will repair the lifts as soon as possible."
    assert due(text) == "2027-01-31 23:59"  # main: no time at all
    text = "The importance of this cannot be overstated, so we will act immediately."
    assert due(text) == "2026-12-09 23:59"


# 2. asked_of.py: the new "ask(s|ed|ing) / request(s|ed|ing) <anyone> to" shape took the noun
# ("requests from tenants to act") and a thing asked for the asker's own act ("requesting
# planning permission to start") as urgency pressed on another: the pledge was lost.


def test_a_request_received_or_a_thing_requested_is_no_request_of_another() -> None:
    text = (
        "After requests from tenants to act, the landlord has promised to fix the boiler as"
        " soon as possible."
    )
    assert due(text) == "2027-01-31 23:59"  # main: no time at all
    assert due("We are requesting planning permission to start the works immediately.") == (
        "2026-12-09 23:59"
    )
    text = "We are requesting extra funding to complete the works as soon as possible."
    assert due(text) == "2027-01-31 23:59"


# 3. day_names.py: "a named day heading its sentence before a long dash" took any capitalised
# time opening a sentence, a month's part or a time of day in a timetable line.


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Midday \u2014 all entries must be in.", "2026-12-02 12:00"),
        ("Noon \u2014 all entries must be in.", "2026-12-02 12:00"),
        ("End of March \u2014 all returns are due.", "2027-03-31 22:59"),
        ("Early January \u2014 the new rules come into force.", "2027-01-10 23:59"),
    ],
)
def test_a_time_heading_a_timetable_line_is_no_named_day(text: str, when: str) -> None:
    assert due(text) == when  # main: no time at all


# 4. plain_present.py: the progressive passive of a plan ("is being organised") also took an
# act whose agent is named after "by": others' act became the body's plan, its speaker the
# sentence's subject.


def test_an_act_by_a_named_agent_is_no_plan_of_the_body() -> None:
    sentence = "Protests are being organised by residents against the council's plan."
    hit = quoted(found(_COUNCIL + sentence), sentence[:25])
    assert hit is None or hit.doubt is not None, hit  # main: undoubted, speaker "Protests"


# 5. cues.py: "will remain in place" was taken out of the forecasts for measures kept on, so a
# weather forecast became an undoubted commitment of the release's body. Fixed after the
# review (describing._WEATHER_SUBJECT): the weather named in the subject keeps it a forecast,
# and a weather word in an earlier clause does not ("Despite the snow, the depot will ...").


def test_a_forecast_of_what_remains_in_place_is_still_doubted() -> None:
    sentence = "The high pressure system will remain in place over the weekend."
    hit = quoted(listed(_COUNCIL + sentence), sentence[:25])
    assert hit is None or hit.doubt is not None, hit  # main: undoubted, the council's


# 6. fronted_done.py: after a gone day heading its sentence, `under_done_head` asks whether the
# rest of the sentence holds a past form, so a present clause joined by "and" after the past
# one lost its own time ahead (its docstring says "the rest of the sentence told as done").
# Fixed after the review (fronted_done._JOINED_NOW): a clause joined by "and" with a
# determiner-led subject and a present or future verb keeps its own time; joined nouns ("the
# applicability and effective dates of the rule from March 23 to May 22") are still gone.


def test_a_present_clause_joined_after_a_gone_head_keeps_its_time() -> None:
    text = (
        "On 1 December, the council published its plan and the consultation runs until 15 January."
    )
    assert due(text) == "2027-01-15 23:59"  # main: refused as past
    text = "On 1 December, the council published its plan and the survey will close on 15 January."
    assert due(text) == "2027-01-15 23:59"


def test_a_measure_that_remains_in_place_despite_the_weather_stays_a_pledge() -> None:
    """Guard: the weather in an earlier clause does not make the body's act a forecast."""
    sentence = "Despite the snow, the gritting rota will remain in place until 4 January."
    hit = quoted(listed(_COUNCIL + sentence), sentence[:25])
    assert hit is not None and hit.doubt is None, hit
