"""Issue 12, round 15 review: readings of round 15 that reached too far, each shown with the
reviewer's probe sentences. Said on Wednesday 2 December 2026 at 10:00, London time."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline

LONDON = "Europe/London"
SAID = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo(LONDON))  # a Wednesday


def _read(text: str) -> Deadline | Refusal | None:
    return interpret_deadline(text, SAID, LONDON)


def _due(text: str) -> str | None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    return got.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def _refusal(text: str) -> str | None:
    """The refusal's kind, None when the text has no time at all (every caller compares it
    with the exact kind expected)."""
    got = _read(text)
    assert not isinstance(got, Deadline), got
    return None if got is None else got.kind


# -- 2. a recent year-less date is past only when its sentence looks back at it -------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("I pledge to deliver the report on 30 November.", "2027-11-30 23:59"),
        ("I promise to have it done on 30 November.", "2027-11-30 23:59"),
        ("We undertake to reply on 30 November.", "2027-11-30 23:59"),
        ("We need to finish the audit on 30 November.", "2027-11-30 23:59"),
        ("The new rules take effect on 1 November.", "2027-11-01 23:59"),
        ("Registration opens on 15 October.", "2027-10-15 22:59"),
        ("Ahead of the summit on 20 November, we are setting out our plans.", "2027-11-20 23:59"),
        ("Due: end of October", "2027-10-31 23:59"),
        ("Completion date: 30 November", "2027-11-30 23:59"),
        ("The referendum takes place on Friday 19 November.", "2027-11-19 23:59"),
        ("We can finish the work on 20 November.", "2027-11-20 23:59"),
        ("Elections are held in October.", "2027-10-31 23:59"),
    ],
)
def test_a_recent_date_told_with_no_look_back_rolls_ahead(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "I can report now on the position at the end of the payment window on 30 November.",
        "Turnout in the by-election on 26 November was low.",
        "The committee met in private on 20 November.",
        "The report, published on 20 November, sets out the options.",
    ],
)
def test_a_recent_date_its_sentence_looks_back_at_is_the_past(text: str) -> None:
    assert _refusal(text) == "past"


# -- 3. only the time of the plan called off is denied, not the new time it is given --------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The council postponed the vote, which is now scheduled for Thursday.",
            "2026-12-03 23:59",
        ),
        ("The meeting was postponed and is now scheduled for Friday.", "2026-12-04 23:59"),
        ("The postponed election is scheduled for 5 May.", "2027-05-05 22:59"),
        (
            "We deferred the decision, and a new hearing is timetabled for 14 January.",
            "2027-01-14 23:59",
        ),
        ("The inquiry, deferred from last year, is due in March.", "2027-03-31 22:59"),
    ],
)
def test_a_new_time_given_after_a_postponement_counts(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "The Leader has postponed the business previously scheduled for next week.",
        "The council has postponed the meeting scheduled for Thursday.",
    ],
)
def test_the_time_of_the_plan_called_off_is_still_denied(text: str) -> None:
    assert _refusal(text) == "negated"


# -- 4. "no <thing> is planned" denies only its own clause, and only a real "no" ------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("There is no doubt action will be taken by March.", "2027-03-31 22:59"),
        ("There is no question the vote will be held on Thursday.", "2026-12-03 23:59"),
        ("No fewer than five inquiries are planned by March 2027.", "2027-03-31 22:59"),
        ("No more than ten staff are expected to leave by March 2027.", "2027-03-31 22:59"),
        ("No shortcuts will be taken: the bridge will open on 1 March.", "2027-03-01 23:59"),
        (
            "No risks will be taken with safety, so the line will reopen on Monday.",
            "2026-12-07 23:59",
        ),
        (
            "No questions were taken, but the Prime Minister will make a statement by Friday.",
            "2026-12-04 23:59",
        ),
        ("No decision was taken today, and ministers will decide by Friday.", "2026-12-04 23:59"),
        (
            "No action was taken in 2025, which is why we will act by March 2027.",
            "2027-03-31 22:59",
        ),
    ],
)
def test_an_affirming_no_or_a_new_clause_keeps_the_time(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "No action, though, will be taken on the request today.",
        "No decision, in any case, will be taken this week.",
        "No sittings are planned next week, and none will be held in January.",
    ],
)
def test_a_denial_across_an_aside_or_a_denying_clause_holds(text: str) -> None:
    assert _refusal(text) == "negated"


# -- 5. a clock time beside "each"/"every" is one-off only for a day's business items -------


@pytest.mark.parametrize(
    "text",
    [
        "Each shift starts at 7 a.m.",
        "Every pub must close by 11 p.m.",
        "Every bus will run until midnight.",
        "Each ward will be cleaned by 6 a.m.",
    ],
)
def test_a_clock_time_for_each_of_a_class_is_a_standing_rule(text: str) -> None:
    assert _refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The proceedings on each motion shall be brought to a conclusion at 7 p.m.",
            "2026-12-02 19:00",
        ),
        (
            "Questions end at 4 p.m., with each spokesperson limited to five minutes.",
            "2026-12-02 16:00",
        ),
    ],
)
def test_a_clock_time_for_each_item_of_the_days_business_is_one_off(text: str, due: str) -> None:
    assert _due(text) == due


# -- 6. a change "from <date>" made in the past is past; a change denied is no deadline -----


@pytest.mark.parametrize(
    "text",
    [
        "We introduced a 10% increase in the minimum wage from 1 April.",
        "Last year's budget brought a 2% rise in council tax from April.",
        "The increase in the pension from 6 April was paid in full.",
    ],
)
def test_a_change_made_in_the_past_is_past(text: str) -> None:
    assert _refusal(text) == "past"


def test_a_change_denied_is_no_deadline() -> None:
    assert _refusal("We will freeze fares, with no increase from 1 January.") == "negated"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "I was pleased to announce a 12 euro increase in weekly payment rates from next"
            " January.",
            "2027-01-31 23:59",
        ),
        (
            "The Chancellor announced a 5% rise in the state pension from April 2027.",
            "2027-04-30 22:59",
        ),
        ("A rise in fares from 2 January will hit commuters.", "2027-01-02 23:59"),
    ],
)
def test_a_change_announced_for_a_time_named_ahead_takes_effect_then(text: str, due: str) -> None:
    assert _due(text) == due


# -- 7. "for a period of <span> beginning ..." ends after a start only when a date follows ---


@pytest.mark.parametrize(
    "text",
    [
        "Notices apply for a period of 28 days beginning on the day the notice is served.",
        "The order lasts for a period of 12 months beginning with the day on which it is made.",
        "Support will continue for a period of six months starting from the date of discharge.",
        "For a period of 90 days beginning when the notice is served, no eviction may take place.",
    ],
)
def test_a_period_from_an_undated_event_stays_an_event(text: str) -> None:
    assert _refusal(text) == "event"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The licence is granted for a period of ten years beginning on 1 April.",
            "2037-04-01 22:59",
        ),
        (
            "For a period of two weeks beginning on Monday, the road will be closed.",
            "2026-12-21 23:59",
        ),
    ],
)
def test_a_period_from_a_dated_start_ends_after_it(text: str, due: str) -> None:
    assert _due(text) == due


# -- 8. ruling out going past a time keeps that time as the limit ----------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Any delay beyond June 2027 is no longer an option.", "2027-06-30 22:59"),
        (
            "A slip past 31 March, no longer possible under the contract, would cost millions.",
            "2027-03-31 22:59",
        ),
    ],
)
def test_going_past_a_time_ruled_out_keeps_the_limit(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "A completion date of March 2027 is no longer achievable.",
        "Putting it off until next year is no longer possible.",
    ],
)
def test_a_time_given_up_is_still_negated(text: str) -> None:
    assert _refusal(text) == "negated"


# -- 10. a move's size with its object between verb and particle, then the new time ---------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We have brought the vote forward by a week, to Friday.", "2026-12-04 23:59"),
        ("We will bring the plan forward by two weeks, to Friday.", "2026-12-04 23:59"),
        ("We will bring the bill forward by June.", "2027-06-30 22:59"),
    ],
)
def test_the_size_of_a_move_with_its_object_leaves_the_new_time(text: str, due: str) -> None:
    assert _due(text) == due
