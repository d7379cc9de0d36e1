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
        # guards: other yes/no questions, as before
        ("Will it be on Monday or Tuesday?", "2026-12-08 23:59"),
        ("Can the Minister say whether he hopes to make a statement today?", "2026-12-02 23:59"),
        # a reason inside the question dates an act of its own
        (
            "Would the Speaker say whether arrangements are in place, given that the vote "
            "will be held on Friday?",
            "2026-12-04 23:59",
        ),
        # a statement, not a question; and "would" not opening the sentence
        ("We would ask that responses are sent by Friday.", "2026-12-04 23:59"),
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
