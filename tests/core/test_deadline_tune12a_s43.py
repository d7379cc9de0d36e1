"""Stop 43, tuner a (issue 12): times that date nothing anyone undertakes. Sentences of our
own making first (with guards that must not change), then the sets' own cases. Said on
Wednesday 2 December 2026 at 10:00, London time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from tests.core.reading import check_set_case, due, refusal
from tests.data.deadlines.relabels import cases_of, conventional

# -- 1. a question asking leave or a favour (wh_questions.asked) -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "May I begin by wishing everyone a happy new year?",
        "Would the Leader of the House kindly state what the business is for next week?",
        "Might we have a statement on the flooding before the recess?",
        "Would the Minister tell us whether the report arrived on Monday?",
        "  “May I take this opportunity to thank staff for their work this year?",
    ],
)
def test_a_question_asking_leave_or_a_favour_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (the other yes/no questions once guarded here are no deadline since stop 58,
        # CONVENTIONS 4.3: test_deadline_asked58.py)
        # a reason inside the question dates an act of its own
        (
            "Would the Speaker say whether arrangements are in place, given that the vote "
            "will be held on Friday?",
            "2026-12-04 23:59",
        ),
        # a statement, not a question; and "would" not opening the sentence ("We would ask
        # that responses are sent by Friday", once here, asks it of others: no deadline since
        # stop 58, CONVENTIONS 4.3, test_deadline_tune12a_s58.py)
        ("The Minister said she would publish it by Friday, would she not?", "2026-12-04 23:59"),
    ],
)
def test_other_questions_and_statements_keep_their_reading(text: str, want: str) -> None:
    assert due(text) == want


def test_set_cases_of_questions_asking_leave() -> None:
    check_set_case("blind_fresh72", "Would the Lord Privy Seal kindly state")
    # labelled "past" (the new year gone by): any reading without a deadline scores
    case = next(
        c
        for c in conventional("kinds_real15", cases_of("kinds_real15"))
        if c.text.startswith("May I begin by wishing everybody")
    )
    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
    assert case.due is None
    assert not isinstance(interpret_deadline(case.text, said, case.tz), Deadline)


# -- 2. "today" closing the subject of a present "be" (no_time_set._today_subject) ----------


@pytest.mark.parametrize(
    "text",
    [
        "My remarks today are intended to focus on the policy context.",
        "The message I want to leave with you today is that the system has flaws.",
        "Our focus today is on how the Bill will operate.",
        "Today is about making sure that families are supported.",
        "And today is all about the people who keep our hospitals running.",
    ],
)
def test_today_in_the_subject_of_a_present_be_is_no_deadline(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards: an act named today, a day owed, a time set for the day
        ("What we are announcing today is a £50 million package.", "2026-12-02 23:59"),
        ("Today is the deadline for applications.", "2026-12-02 23:59"),
        ("The vote today is expected to pass.", "2026-12-02 23:59"),
        ("The report published today is due to be debated tomorrow.", "2026-12-03 23:59"),
        ("I am today publishing the response.", "2026-12-02 23:59"),
    ],
)
def test_today_owed_or_named_by_an_act_keeps_its_reading(text: str, want: str) -> None:
    assert due(text) == want


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        # two NI Assembly cases of blind_fresh52 were here: removed by the licence audit of stop 50
        ("blind_fresh38", "Perhaps the most important message"),
        ("blind_fresh76", "And today is about making sure"),
    ],
)
def test_set_cases_of_today_in_a_subject(module: str, opening: str) -> None:
    check_set_case(module, opening)
