"""Issue 13, stop 63 recall tuner (branch issue13t1-s63): the failure kinds stop 62's note
named from blind146-147's first run, read by the grammar of commitment rather than by genre."""

from __future__ import annotations

import pytest

from bot.core.extract import Candidate
from tests.core.releases import found, quoted

_AGENCY = "The Maritime Safety Agency published its revised guidance on ferry checks.\n\n"


def _read(sentence: str) -> Candidate | None:
    """The candidate for `sentence` read after a paragraph that names the Agency."""
    return quoted(found(_AGENCY + sentence), sentence[-25:])


# -- kind 3: a conditional commitment whose commitment is stated (judging._condition_penalty) ---


@pytest.mark.parametrize(
    "sentence",
    [
        # undated, and the actor only "it" or "we": set aside as weak before the rule
        "If the Agency receives an adverse comment, it will publish a notice withdrawing "
        "the guidance.",
        "If we receive an objection, we will withdraw the order.",
        "Unless the ports raise an objection, we will close the consultation early.",
        "We will seek further evidence only if the operators dispute the findings.",
        "If the trial succeeds, it will extend the checks to every ferry route.",
    ],
)
def test_a_stated_act_under_a_condition_is_a_commitment(sentence: str) -> None:
    hit = _read(sentence)
    assert hit is not None, found(_AGENCY + sentence)


# Each of these is found if the rule waives the condition's penalty for any "will".
@pytest.mark.parametrize(
    "sentence",
    [
        # a state, not an act: what the speaker will be, or will not be able to do
        "If the ferry is late again, it will be impossible to finish the checks.",
        "If I stay for the whole debate I will be an hour late for the next meeting.",
        "If we are delayed, we will not be able to report.",
        "If the ferry sinks, we will have failed.",
        # what there will be, and the "will" of an indirect question
        "If the vote is delayed, there will be two more days of debate.",
        "If he will make a statement on ferry safety.",
    ],
)
def test_a_state_or_a_question_under_a_condition_is_no_commitment(sentence: str) -> None:
    assert _read(sentence) is None


# -- due dates: a start named without "on" (timeframe._BEGINNING_ON) ---------------------------


@pytest.mark.parametrize(
    ("sentence", "month", "day"),
    [
        ("The Secretary will travel to the Gulf region beginning July 14, 2026.", 7, 14),
        ("Inspectors will tour twelve ports in a ten-day programme beginning August 3.", 8, 3),
        ("Beginning Monday, September 7, 2026, every office will open at 8 a.m.", 9, 7),
        ("The Agency will run the new checks starting October 6.", 10, 6),
    ],
)
def test_a_start_named_without_on_is_the_due_day(sentence: str, month: int, day: int) -> None:
    hit = _read(sentence)
    assert hit is not None and hit.deadline is not None, found(_AGENCY + sentence)
    assert (hit.deadline.due.month, hit.deadline.due.day) == (month, day), hit.deadline


def test_beginning_before_the_modal_may_is_no_date() -> None:
    from bot.core.extract.timeframe import plain_words

    assert plain_words("the beginning may be delayed") == "the beginning may be delayed"


def test_a_meeting_s_two_weekdays_before_its_dates_leave_the_dates_to_say_when() -> None:
    sentence = (
        "The committee will meet on Monday-Tuesday, April 13-14, 2026, 9 a.m. to 5 p.m. each day."
    )
    hit = _read(sentence)
    assert hit is not None and hit.deadline is not None, found(_AGENCY + sentence)
    assert (hit.deadline.due.month, hit.deadline.due.day) == (4, 14), hit.deadline


# -- a plan or an agreement under a condition costs what a "will" does -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Unless the ports object, the Agency intends to publish the inspection results.",
        "If the pilot works, the Agency plans to add three more routes.",
        "If the trial succeeds, the operators have agreed to fit the new alarms.",
        "The Agency aims to inspect every ferry if funding allows.",
    ],
)
def test_a_plan_or_an_agreement_under_a_condition_is_still_stated(sentence: str) -> None:
    hit = _read(sentence)
    assert hit is not None, found(_AGENCY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If the talks fail, the Agency may consider new rules for the ports.",
        "If the Agency had the staff, it would inspect every ferry twice a year.",
    ],
)
def test_a_reserved_right_or_a_hypothetical_under_a_condition_is_none(sentence: str) -> None:
    assert _read(sentence) is None


# -- kind 1: a perfect of commitment with a phrase before its "to" (commit_phrases) ------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We have committed under the new plan to 40 harbour upgrades over the next two years.",
        "The Agency committed in its annual budget to hiring 60 more inspectors by 2027.",
        "The operators have committed through the charter to fitting alarms on every ferry "
        "by June 2026.",
    ],
)
def test_a_phrase_between_committed_and_its_to_keeps_the_pledge(sentence: str) -> None:
    hit = _read(sentence)
    assert hit is not None, found(_AGENCY + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Offences committed in the harbour area to date have fallen by a third.",
        "The sums committed in the year to March 2026 rose by five per cent.",
        "Thefts committed in the period to 31 January fell sharply.",
    ],
)
def test_a_period_s_end_after_committed_is_no_pledge(sentence: str) -> None:
    assert _read(sentence) is None
