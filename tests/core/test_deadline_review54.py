"""Issue 12, stop 54, review: defects found in the stop's deadline changes. Said on Wednesday
2 December 2026 at 10:00, London time (GMT), unless a test gives another moment
(tests/core/reading.py)."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

# -- the date of a past decision in an "as agreed" aside ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the time belongs to the sitting day (the day of speaking); 25 November is the day
        # the House agreed it, not a day of the act to roll into next year
        "No. 2 shall be taken at 4.15 p.m., as agreed by the House on 25 November.",
        "The motion shall be taken at 4.15 p.m., as agreed on 25 November.",
        "The debate will be taken at 4.15 p.m., as decided by the Committee on 25 November.",
        "As agreed by the House on 25 November, the motion shall be taken at 4.15 p.m.",
        "The motion shall be taken at 4.15 p.m. (as agreed by the House on 25 November).",
    ],
)
def test_the_date_of_an_as_agreed_aside_is_no_day_of_the_act(text: str) -> None:
    assert due(text) == "2026-12-02 16:15"


def test_a_weekday_of_the_announcing_is_no_day_of_the_vote() -> None:
    assert due("The vote will be held at 5 p.m., as announced on Monday.") == "2026-12-02 17:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the aside holds no date of its own: the act's day counts as before
        ("The vote will be held on 9 December, as agreed.", "2026-12-09 23:59"),
        ("The law takes effect, as announced, on 1 April.", "2027-04-01 22:59"),
        # a plan's participle names the act's own day
        ("The vote will go ahead as scheduled on 9 December.", "2026-12-09 23:59"),
    ],
)
def test_an_aside_without_a_past_decision_date_keeps_the_day(text: str, expected: str) -> None:
    assert due(text) == expected


def test_an_aside_dating_the_decision_leaves_no_day_to_the_act() -> None:
    # the vote's own day is not given; Monday is the announcing
    assert refusal("The vote will be held, as announced on Monday.") is None


# -- "for the period until <date>" on a verb of lasting ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act runs or stays for the period: due at its end (CONVENTIONS 1.1, 3.3)
        ("The consultation will run for the period until 31 January.", "2027-01-31 23:59"),
        ("Applications are open for the period until 31 January.", "2027-01-31 23:59"),
        ("The scheme will be extended for the period until March 2027.", "2027-03-31 22:59"),
        ("The office will remain closed for the period until 9 December.", "2026-12-09 23:59"),
    ],
)
def test_a_period_an_act_lasts_for_is_still_its_time(text: str, expected: str) -> None:
    assert due(text) == expected


def test_a_period_a_programme_covers_still_names_it() -> None:
    # tune12c's reading stays for a noun before "for the period"
    assert refusal("A renovation programme for schools for the period until 2026.") is None


# -- "Speaking today," before an act of the day ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the day word dates a future act of the speaker's, not a saying told as done
        "Speaking today, the Minister will set out the plan.",
        "Speaking in the Dail today, the Taoiseach will announce the review.",
    ],
)
def test_speaking_today_before_a_future_act_is_due_today(text: str) -> None:
    assert due(text) == "2026-12-02 23:59"


def test_speaking_today_before_a_saying_stays_the_day_of_saying() -> None:
    # no refusal word (CONVENTIONS 2.2; "past" until stop 54's finfix)
    assert refusal("Speaking today, the Minister said the plan is ready.") is None


# -- a zoned time restated in brackets in another zone, ending the clause -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 10 a.m. PST is 18:00 UTC; the bracket's 1 p.m. was read in PST (21:00), 3 hours late
        ("The briefing will begin on Friday at 10 a.m. PST (1 p.m. EST).", "2026-12-04 18:00"),
        ("The call is on Friday at 10 a.m. Pacific time (1 p.m. Eastern time), she said.",
         "2026-12-04 18:00"),
        ("On Friday, the vote opens at 9 a.m. EST (2 p.m. GMT)", "2026-12-04 14:00"),
    ],
)  # fmt: skip
def test_a_restatement_in_another_zone_ending_the_clause_leaves_the_first(
    text: str, expected: str
) -> None:
    assert due(text) == expected


def test_a_local_time_restated_in_a_zone_is_read_in_the_zone() -> None:
    # "local time" is the place's, not the server's: the zoned bracket counts (told.py's
    # _RESTATED_LOCAL); tune12b's bracket blanking took "local time" for the first zone and
    # read 11 a.m. on the server's clock, 5 hours early
    text = "The ceremony will take place at 11 a.m. local time (1600 GMT) on Friday."
    assert due(text) == "2026-12-04 16:00"
    assert due("The ceremony will take place at 11 a.m. local time (1600 GMT).") == (
        "2026-12-02 16:00"
    )
