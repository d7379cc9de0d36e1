"""Due-date rule of stop 40's tuner d (issue 13): a pledge is dated from its own sentence
when the clause read for its cue names no time (`sentence_time`). The texts are
paraphrases written for the test, so that a regression names the rule."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.extract import extract_pledges

_PUBLISHED = datetime(2026, 6, 1, 12, tzinfo=UTC)  # a Monday


def _due(text: str) -> date | None:
    (found,) = extract_pledges(text, _PUBLISHED)
    return found.deadline.due.date() if found.deadline else None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # an aside dash cuts the clause before the summit's day
        (
            "The Commissioner will lead the delegation at the Ports – Harbours Summit "
            "starting on 4 June in Lisbon.",
            date(2026, 6, 4),
        ),
        # a relative clause dates the meeting the act is held at
        (
            "The Foreign Secretary will discuss support for the region at the ministers' "
            "meeting, which takes place in Vilnius this week (Wednesday 3 and Thursday 4 "
            "June).",
            date(2026, 6, 4),
        ),
    ],
)
def test_a_time_the_clause_cut_off_dates_the_act(text: str, due: date) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        # the parser refuses a past day itself
        "The Mayor will continue the programme, which the council approved on 12 May.",
        # the parser reads the day of publication: not after it, so no time for the act
        "The Mayor will continue the programme, which was announced on Monday 1 June.",
    ],
)
def test_a_past_day_in_the_sentence_dates_nothing(text: str) -> None:
    (found,) = extract_pledges(text, _PUBLISHED)  # the pledge is found, and left undated
    assert found.deadline is None, found.deadline


def test_a_vague_time_the_clause_did_not_claim_is_left_alone() -> None:
    text = (
        "The head of each agency shall, as soon as practicable, review the rules that the "
        "agency has issued."
    )
    (found,) = extract_pledges(text, _PUBLISHED)
    assert found.deadline is None, found.deadline


def test_a_report_is_dated_by_what_was_reported() -> None:
    text = (
        "The Government have today announced they are investing £40 million in 2027-28, "
        "matched by £8 million from the league, to create a new youth fund."
    )
    assert _due(text) == date(2028, 12, 31)  # read in UTC: the split year's calendar end
