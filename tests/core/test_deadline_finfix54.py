"""Issue 12, stop 54, finfix: silent misreadings of the deadline parser. Said on Wednesday
2 December 2026 at 10:00, London time (GMT), unless a test gives another moment
(tests/core/reading.py)."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal

# -- a zoned time, its day, then a bracket restating it in another zone ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 9 a.m. Eastern is 14:00 UTC; the bracket's 2 p.m. was read in Eastern (19:00)
        ("The vote is at 9 a.m. Eastern on Friday (2 p.m. London).", "2026-12-04 14:00"),
        # 10 a.m. PST is 18:00 UTC; the bracket's 1 p.m. was read in PST (21:00)
        ("The briefing will begin at 10 a.m. PST on Friday (1 p.m. EST).", "2026-12-04 18:00"),
        ("The call is at 11 a.m. Pacific on Thursday (2 p.m. Eastern).", "2026-12-03 19:00"),
        ("The vote is at 9 a.m. ET on Friday (1400 GMT).", "2026-12-04 14:00"),
        ("The vote is at 9 a.m. Eastern on Friday (2 p.m. in London), she said.",
         "2026-12-04 14:00"),
        ("The vote is at 9 a.m. Eastern time on Friday, December 4 (2 p.m. GMT).",
         "2026-12-04 14:00"),
        ("The launch is at 9 a.m. Eastern tomorrow (2 p.m. London).", "2026-12-03 14:00"),
        # noon as the first time (the bracket's 5 p.m. was read in Eastern, 22:00)
        ("The deadline is noon Eastern on Friday (5 p.m. GMT).", "2026-12-04 17:00"),
        ("The deadline is noon ET Friday (1700 GMT).", "2026-12-04 17:00"),
        # restated in two zones (the 2 p.m. was read in Pacific, 22:00)
        ("The call is at 11 a.m. Pacific on Thursday (2 p.m. Eastern / 7 p.m. London).",
         "2026-12-03 19:00"),
        ("The call is at 11 a.m. Pacific (2 p.m. Eastern, 7 p.m. London) on Thursday.",
         "2026-12-03 19:00"),
        # the bracket with a day of its own is read as before
        ("Polls close at 8 p.m. EST on Tuesday (0100 GMT Wednesday).", "2026-12-09 01:00"),
    ],
)  # fmt: skip
def test_a_restatement_after_the_day_leaves_the_first_time(text: str, expected: str) -> None:
    assert due(text) == expected


# -- the same restatement set off by a comma or a dash, ending its clause ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 9 a.m. Eastern is 14:00 UTC; the restatement's 2 p.m. was read in Eastern (19:00)
        ("The vote is at 9 a.m. Eastern on Friday, 2 p.m. GMT.", "2026-12-04 14:00"),
        ("The vote is at 9 a.m. Eastern on Friday - 2 p.m. London.", "2026-12-04 14:00"),
        ("The vote is at 9 a.m. Eastern on Friday, which is 2 p.m. in London.",
         "2026-12-04 14:00"),
        ("The webinar is on Friday at 9 a.m. Eastern, 2 p.m. GMT.", "2026-12-04 14:00"),
        # the first zone again: a list of times, the later counts (6.1)
        ("Sessions are on Friday at 9 a.m. Eastern time, 2 p.m. Eastern time.",
         "2026-12-04 19:00"),
    ],
)  # fmt: skip
def test_a_restatement_after_a_comma_or_a_dash_leaves_the_first_time(
    text: str, expected: str
) -> None:
    assert due(text) == expected


# -- a plan's aside giving the day of a clock time said before it ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the aside gives the act's own day; the 5 p.m. was dropped (due Friday 23:59)
        ("The vote will go ahead at 5 p.m., as planned on Friday.", "2026-12-04 17:00"),
        ("The vote will go ahead at 5 p.m., as planned, on Friday.", "2026-12-04 17:00"),
        ("The vote will be held at 5 p.m., as scheduled on Friday.", "2026-12-04 17:00"),
        ("The vote will be held at 5 p.m., as planned for Friday.", "2026-12-04 17:00"),
        ("The debate will start at 3 p.m., as expected on Thursday.", "2026-12-03 15:00"),
        # the day was dropped as well (due today, 17:00)
        ("The vote will go ahead at 5 p.m., as originally planned on Friday.", "2026-12-04 17:00"),
    ],
)
def test_a_plan_aside_gives_the_day_of_the_time_before_it(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act has its day before the aside: the aside's date is the planning's (it was
        # read as the act's day, Monday 7 December, 23:59)
        ("The vote will go ahead on Friday at 5 p.m., as planned on Monday.", "2026-12-04 17:00"),
        ("The vote will go ahead on 9 December at 5 p.m., as scheduled on Monday.",
         "2026-12-09 17:00"),
    ],
)  # fmt: skip
def test_a_plan_aside_after_the_acts_own_day_dates_the_planning(text: str, expected: str) -> None:
    assert due(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision's aside closed by a comma: the day after it is the act's, and joins the
        # time before (the 5 p.m. was dropped, due Friday 23:59)
        ("The vote will go ahead at 5 p.m., as agreed, on Friday.", "2026-12-04 17:00"),
        ("The vote will go ahead at 5 p.m., as promised, on Friday.", "2026-12-04 17:00"),
        ("The motion will be taken at 4.15 p.m., as agreed by the House, on Thursday.",
         "2026-12-03 16:15"),
        # a plan's aside with its agent
        ("The vote will go ahead at 5 p.m., as planned by the Government on Friday.",
         "2026-12-04 17:00"),
    ],
)  # fmt: skip
def test_a_closed_aside_leaves_the_day_to_the_time_before(text: str, expected: str) -> None:
    assert due(text) == expected


def test_a_decision_aside_still_dates_no_act() -> None:
    assert due("The vote will be held at 5 p.m., as agreed on Monday.") == "2026-12-02 17:00"


# -- a "today" that dates the saying: no deadline, no refusal word (CONVENTIONS 2.2) -------


@pytest.mark.parametrize(
    "text",
    [
        # refused as "past" before
        "Speaking today, the Minister said: 'We will publish the report.'",
        'Speaking today, the Minister said: "We will publish the report."',
        "Speaking to reporters today, the Minister said: 'We will publish the report.'",
        "The Minister said today that we will publish the report.",
        'The Minister said today: "We will publish the report."',
        "He told reporters today: 'We will publish the report.'",
        "She said today the report would follow.",
        "The Minister told the BBC today that the report will follow.",
    ],
)
def test_a_today_dating_the_saying_is_no_refusal(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act's own time still counts
        ("The Minister said today that the report will be published by Friday.",
         "2026-12-04 23:59"),
        ("Speaking today, the Minister said: 'We will publish the report by Friday.'",
         "2026-12-04 23:59"),
        ("The Minister said the report will be published today.", "2026-12-02 23:59"),
    ],
)  # fmt: skip
def test_the_act_keeps_its_own_time_beside_a_saying_today(text: str, expected: str) -> None:
    assert due(text) == expected


def test_a_past_act_today_is_still_refused() -> None:
    assert refusal("The Minister has today published the report.") == "past"


# -- a dateless decision's aside ending the sentence ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the aside's participle made the act's day past (refused as "past")
        ("The vote will be held on Friday, as agreed.", "2026-12-04 23:59"),
        ("The vote will be held at 5 p.m. on Friday, as agreed by the House.",
         "2026-12-04 17:00"),
        ("The deadline is 5 p.m. on Friday, as agreed on Monday.", "2026-12-04 17:00"),
    ],
)  # fmt: skip
def test_a_decision_aside_ending_the_sentence_leaves_the_acts_day(text: str, expected: str) -> None:
    assert due(text) == expected


def test_a_past_act_with_a_decision_aside_is_still_past() -> None:
    assert refusal("The vote took place on Monday, as agreed.") == "past"
