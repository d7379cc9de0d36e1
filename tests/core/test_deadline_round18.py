"""Issue 12, round 18: general kinds of the twenty-fifth fresh set's first-run misses, each
shown with sentences of our own making. Said on Wednesday 2 December 2026 at 10:00, London
time."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due as _due
from tests.core.reading import read as _read

# -- 1. a day scheduled in the past tense: the act of scheduling is past, the day ahead -----


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the decision to schedule, the item its object: any day ahead
        (
            "The committee agreed to schedule the debate on the petition for Thursday 10 December.",
            "2026-12-10 23:59",
        ),
        ("It was agreed to timetable the second reading for 9 December.", "2026-12-09 23:59"),
        ("The board agreed to schedule the hearing for 11 January 2027.", "2027-01-11 23:59"),
        ("Members agreed to schedule the motion for Tuesday.", "2026-12-08 23:59"),
        # the pluperfect of reported speech: "has been scheduled" told back
        (
            "The clerk noted that two further statements had been scheduled for Tuesday 8 "
            "December.",
            "2026-12-08 23:59",
        ),
        (
            "The chair reported that, besides the business already agreed, a statement from "
            "the Minister for Transport on the review of rail franchising in the northern "
            "region and its effect on passengers had been scheduled for Monday 14 December.",
            "2026-12-14 23:59",
        ),
    ],
)
def test_a_day_scheduled_in_the_past_tense_is_still_ahead(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        # a pluperfect plan on its own: the plan as it was (it may not stand)
        "The hearing had been scheduled for 9 December.",
        # a bare weekday after the participle may be the one gone
        "The meeting had been scheduled for Tuesday and was held as planned.",
        # no scheduling: nothing falls due
        "Members noted that no further business had been scheduled for Tuesday 8 December.",
        # a plan's own verb after the participle, told in the past: the plan as it was
        "On 2 November the council announced a consultation that was scheduled to close on "
        "9 December.",
        "The committee had scheduled the vote for Tuesday 8 December.",
        # the day scheduled is gone
        "The committee agreed to schedule the debate for Monday 23 November.",
    ],
)
def test_a_scheduling_without_a_day_ahead_stays_no_deadline(text: str) -> None:
    assert not isinstance(_read(text), Deadline)


# -- 2. a possibility told with "may" or "might": no undertaking (CONVENTIONS 4.2) --------


@pytest.mark.parametrize(
    "text",
    [
        "There may be an extended sitting on Thursday afternoon, depending on progress.",
        "I told the committee that there might well be a late sitting on Monday.",
        "We may need to sit on Friday.",
        "I did indicate that we might hold a short debate on Tuesday morning.",
    ],
)
def test_a_possibility_with_may_is_no_deadline(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # another clause holds an undertaking of its own
        (
            "The report will be published on Friday, but we might hold a debate on Monday.",
            "2026-12-04 23:59",
        ),
        (
            "There may be a statement tomorrow, and the report will follow on Friday.",
            "2026-12-04 23:59",
        ),
        # a "that" clause with its own future
        ("I may say that the House will rise on Thursday.", "2026-12-03 23:59"),
        # a time after a deadline word is a limit, whoever may meet it
        ("We may finish the audit by Friday.", "2026-12-04 23:59"),
        # (a pronoun's "might" was left as it was here until stop 59: relabels.py corrected the
        # labelled case it followed under CONVENTIONS 4.2 at stop 58, so it is now a
        # possibility; see test_deadline_tune12t2_s59.py) a noun's "may" is still the time
        ("The Third Reading, which may take place on Monday, is next.", "2026-12-07 23:59"),
    ],
)
def test_a_time_outside_the_possibility_stands(text: str, due: str) -> None:
    assert _due(text) == due


# -- 3. a year inside the name of a bill or act --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We will pass the Appropriation (2026/27 Estimates) Bill.",
        "The Appropriation (2027/28 Supplementary Estimates) Bill will be introduced.",
        "We will bring in the Finance (2026-27 Budget Measures) Act.",
    ],
)
def test_a_year_in_a_bills_name_is_no_time(text: str) -> None:
    assert not isinstance(_read(text), Deadline)


def test_a_bills_name_leaves_the_sentences_own_time() -> None:
    assert _due("The Appropriation (2026/27 Estimates) Bill will be debated on Tuesday.") == (
        "2026-12-08 23:59"
    )


def test_a_year_in_brackets_after_a_time_word_is_still_read() -> None:
    # not a name: the bracket closes on no title
    assert _due("Funding will be paid in (2026/27) through the scheme.") == "2027-03-31 22:59"


# -- 4. the week beginning a day other than Monday: to that week's Sunday ------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Bills will be considered in the week beginning Tuesday, 8 December.", "2026-12-13 23:59"),
        ("The debate is set for the week commencing Wednesday 16 December.", "2026-12-20 23:59"),
        # a week that begins on Monday or Sunday runs six days on, as before
        ("The debate is set for the week commencing Monday 14 December.", "2026-12-20 23:59"),
        ("The vote is set for the week starting Sunday 13 December.", "2026-12-19 23:59"),
    ],
)
def test_the_week_beginning_a_day_ends_on_its_sunday(text: str, due: str) -> None:
    assert _due(text) == due
