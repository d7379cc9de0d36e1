"""Issue 12, round 24b: general kinds of the thirty-first set's misses ("this morning" of a
past act or of the gathering itself, a month naming a past meeting, the size of an increase,
a limit given to all the cases of a class), each shown with sentences of our own making,
then the set's own cases. Said on Wednesday 2 December 2026 at 10:00, London time (GMT),
unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import refusal as _refusal

# -- 1. "this morning" of a past act or of the present gathering ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a thanks or a welcome for the act going on as the words are spoken
        "Thanks everyone for coming in this morning.",
        "Thank you all for joining us this morning.",
        "Welcome to everyone here this morning.",
        "Thank you for being with us this afternoon.",
        # a past verb whose object or place stands between it and the part of the day
        "I read in The Times this morning that the plan is dead.",
        "We read in the Guardian this morning that the scheme has been scrapped.",
        "He read the report this morning.",
        "Polls opened at 7 a.m. (local time) this morning across the state.",
        "The ministry issued a statement at 9:00 (Paris time) this morning.",
    ],
)
def test_part_of_today_of_a_done_act_is_past(text: str) -> None:
    assert _refusal(text) == "past"


@pytest.mark.parametrize(
    "text",
    [
        "I will make a statement this morning.",
        "The report will be published this morning.",
        "Thanks for coming in; I will make a statement this morning.",
        "Thank you for agreeing to publish the figures this morning.",
        "I will be coming in this morning.",
        # "thanks to" a cause, no thanks for the gathering
        "Thanks to the council, the bridge reopens this morning.",
    ],
)
def test_part_of_today_of_an_act_ahead_keeps_its_time(text: str) -> None:
    assert _due(text) == "2026-12-02 12:00"


def test_a_clock_time_this_morning_ahead_keeps_it() -> None:
    assert _due("Polls will open at 11 a.m. (local time) this morning.") == "2026-12-02 11:00"


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh31", "Thanks everyone for coming in this morning."),
        ("blind_fresh31", "I read in The Times this morning"),
        ("blind_fresh31", "Polling places opened at 13:00 UTC"),
    ],
)
def test_part_of_today_set_cases(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- 3. the size of an increase is an amount, no span from now ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Unpaid carers' leave will increase by a further three weeks to 16 weeks.",
        "Paid leave will rise by two weeks to 18 weeks.",
        "Annual leave will go up by five days.",
        "The notice period will be lengthened by another four weeks.",
        "The waiting time has been cut by three weeks to nine weeks.",
        "Maternity pay will increase by six weeks.",
    ],
)
def test_the_size_of_a_change_is_no_deadline(text: str) -> None:
    got = _refusal(text)
    assert got == "event", got  # the size counts from the change, an event with no date


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Prices will rise by 5% within two weeks.", "2026-12-16 23:59"),
        ("Pay will increase by two per cent by 30 June.", "2027-06-30 22:59"),
        ("Leave will increase in two weeks.", "2026-12-16 23:59"),
    ],
)
def test_a_change_with_a_time_of_its_own_keeps_it(text: str, due: str) -> None:
    assert _due(text) == due


# (The blind_fresh31 case of an increase's size was a New Zealand Government release, removed by
# the licence audit of stop 48.)


# -- 3b. a limit given to all the cases of a class is a standard kept for each --------------


@pytest.mark.parametrize(
    "text",
    [
        "Will the Minister ensure that all suspected stroke patients are seen within three days?",
        "Under the new rules, all asylum applications will be decided within six months.",
        "The policy is that all new referrals are assessed within two weeks.",
    ],
)
def test_a_limit_for_all_cases_is_recurring(text: str) -> None:
    assert _refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("All applications received by 30 June will be processed.", "2027-06-30 22:59"),
        ("All cases will be reviewed by 30 June.", "2027-06-30 22:59"),
        ("We will clear all the backlog within three days.", "2026-12-05 23:59"),
        # a set fixed now, cleared once: one act
        ("We will ensure all outstanding cases are cleared within three days.", "2026-12-05 23:59"),
    ],
)
def test_a_dated_limit_for_all_cases_keeps_its_date(text: str, due: str) -> None:
    assert _due(text) == due


def test_all_cases_set_case() -> None:
    check_set_case("blind_fresh31", "Baroness Gardner of Parkes to ask")


# -- 2. a month naming a meeting, in a phrase opening a sentence told in the past -----------


@pytest.mark.parametrize(
    "text",
    [
        "Following talks at the March summit, ministers agreed a new plan.",
        "Following the debate at the January ECOFIN, Ministers adopted the reports.",
        "After the vote at the October conference, delegates elected a new leader.",
    ],
)
def test_a_month_naming_a_past_meeting_is_past(text: str) -> None:
    assert _refusal(text) == "past"


def test_a_month_naming_a_meeting_ahead_keeps_it() -> None:
    assert _due("At the January meeting, the board will decide.") == "2027-01-31 23:59"


def test_month_meeting_set_case() -> None:
    check_set_case("blind_fresh31", "Following the orientation debate")
