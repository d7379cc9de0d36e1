"""Issue 12, stop 55, dw55: a day word that dates a fact told in the past is no deadline
(bot/core/deadlines/fact_days.py). Said on Wednesday 2 December 2026 at 10:00, London
(tests/core/reading.py).

The day word closes a clause whose verb is past, with no future or obligation word in it:
the day is when it happened, past (CONVENTIONS 2.4), unless another time of the sentence
counts. A day word on an
act still owed ("will publish today", "is being laid today", "by 5 p.m. today") is kept.
"""

from __future__ import annotations

import pytest

from tests.core.reading import check_set_case, due, refusal


@pytest.mark.parametrize(
    "text",
    [
        "That is why the meeting with the mayor was arranged today.",
        "The agency is investigating and two inspectors departed for Cork this morning to begin"
        " the inquiry.",
        "I want to mention certain events that have unfolded today.",
    ],
)
def test_a_day_word_closing_a_past_clause_is_past(text: str) -> None:
    assert refusal(text) == "past"


def test_another_time_of_the_sentence_still_counts() -> None:
    text = (
        "The agency is investigating and two inspectors departed for Cork this morning to"
        " begin the inquiry, which is to report by 18 December."
    )
    assert due(text) == "2026-12-18 23:59"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The department will publish the figures today.", "2026-12-02 23:59"),
        ("Further regulations are being laid before the House today.", "2026-12-02 23:59"),
        ("Staff who missed the session must reply by 5 p.m. today.", "2026-12-02 17:00"),
        ("Their continued work over the course of this week is welcome.", "2026-12-06 23:59"),
        ("The chair said today is the last day for nominations.", "2026-12-02 23:59"),
    ],
)
def test_a_day_word_on_an_act_still_owed_is_kept(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh4", "In part, it turns out the two Presidents"),
        ("blind_fresh54", "The Australian Transport Safety Bureau (ATSB) is investigating"),
    ],
)
def test_the_development_cases_of_a_past_day(module: str, opening: str) -> None:
    check_set_case(module, opening)


def test_a_day_word_inside_a_past_clause_is_past() -> None:
    text = "The office issued a notice which listed changes to this week and the next."
    assert refusal(text) == "past"


def test_a_bidding_in_the_past_keeps_the_day_of_what_is_owed() -> None:
    assert due("The minister asked officials to report this morning.") == "2026-12-02 12:00"


def test_the_development_case_of_a_past_day_before_a_noun() -> None:
    check_set_case("blind_fresh145", "Following that decision, in consultation")
