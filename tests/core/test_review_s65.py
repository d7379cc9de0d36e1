"""Review of stop 65's round (issues 12 and 13): faults proven on main 0ab29680, each with
a sentence a member could write, its reference reading and the wrong one main gave."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import extract_pledges
from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        # main: refused as "past" (courtesy._SPEECH read "I say" as the speech being made,
        # before the act ahead was looked for); the day is the publishing's (2.1)
        "As I say, we will publish the report today.",
        "I would say that the new clinic will open today.",
        "I say we publish the report today.",
        # main: refused ("before you" read as the matter before the gathering)
        "I will lay the report before you today.",
        "The Minister will bring the order before us today.",
    ],
)
def test_an_act_told_after_a_verb_of_speaking_keeps_its_day(text: str) -> None:
    assert due(text) == "2026-12-02 23:59"


@pytest.mark.parametrize(
    "text",
    [
        "All I will say today is that the scheme is bad for carers.",
        "Nor do I intend to say anything more about it today.",
        "The question that is before us today is a grave one.",
    ],
)
def test_the_speech_itself_is_still_no_deadline(text: str) -> None:
    assert refusal(text) in (None, "past")


@pytest.mark.parametrize(
    "text",
    [
        # main: a present plan of the minister due 31 March 2027 (futurate._ON_TRIP took
        # "on a travel" of "a travel ban" for a trip)
        "The Russian foreign minister is on a travel ban until March 2027.",
        "The Russian foreign minister is on the EU travel ban list until March 2027.",
    ],
)
def test_a_travel_ban_is_no_trip(text: str) -> None:
    assert extract_pledges(text, datetime(2026, 12, 7, 15, 0, tzinfo=UTC)) == []


# -- the lead's re-read: a statement still to come keeps its time (courtesy._speech) --


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("I will say more about this tomorrow.", "2026-12-03 23:59"),
        ("I will say more about the budget this afternoon.", "2026-12-02 18:00"),
        ("I shall say something about the timetable later today.", "2026-12-02 23:59"),
        ("We will express our concerns to the Minister today.", "2026-12-02 23:59"),
    ],
)
def test_a_statement_still_to_come_keeps_its_time(text: str, when: str) -> None:
    assert due(text) == when
