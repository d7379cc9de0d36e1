"""Issue 12, round 13's review: readings the round's rules (bot/core/deadlines/conventions.py)
got wrong, pinned before their fix.

- a postponement anywhere later in the sentence, or in the next one, called off an
  unrelated deadline ("We will report by Friday on why the hearing was postponed until
  further notice"): only a postponement said of the date itself, right after it, does;
- a stated length after an effective date was dropped ("implement the pilot from 1 October
  for six weeks" fell due on 1 October; CONVENTIONS 1.1 puts it at the window's end);
- "comes into effect from" and "applies from" were starts while "takes effect from" and
  "will apply from" were deadlines;
- "then have N weeks to" counted from an undated event even when the sentence before "then"
  dates it ("Ministers met today and will then have two weeks to respond");
- "Once a year, the council has eight weeks to decide" is a standing rule, not an event;
- a year in words ("from next year") was a deadline where the same year in digits ("from
  2026") is a start, and the other way round.

Said on Monday 18 August 2025 at 10:00 UTC on a UTC server.
"""

from __future__ import annotations

import pytest

from tests.core.test_deadline_kinds import due_of, refusal_of, utc


@pytest.mark.parametrize(
    "text",
    [
        "We will report by Friday on why the hearing was postponed until further notice.",
        "The bill must pass by Friday, or the vote will be postponed indefinitely.",
        "We will publish the report by Friday although the launch event is postponed indefinitely.",
    ],
)
def test_a_postponement_of_something_else_leaves_the_deadline(text: str) -> None:
    assert due_of(text) == utc("2025-08-22 23:59:59")


def test_a_postponement_in_the_next_sentence_leaves_the_deadline() -> None:
    text = "We will report by 30 June 2026. The vote is postponed indefinitely."
    assert due_of(text) == utc("2026-06-30 23:59:59")


def test_a_time_postponed_right_after_it_is_still_called_off() -> None:
    text = "The closure planned for today is being postponed to a later date."
    assert due_of(text) is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will implement the pilot from 1 October for six weeks.", "2025-11-12 23:59:59"),
        ("The new fees take effect from 1 April 2026 for 12 months.", "2027-04-01 23:59:59"),
    ],
)
def test_a_length_after_an_effective_date_is_the_window(text: str, due: str) -> None:
    assert due_of(text) == utc(due)


@pytest.mark.parametrize(
    "text",
    [
        "The new law comes into effect from 1 April 2026.",
        "The ban applies from 1 April 2026.",
    ],
)
def test_other_words_of_taking_effect(text: str) -> None:
    assert due_of(text) == utc("2026-04-01 23:59:59")


def test_then_after_a_dated_sentence_counts_from_now() -> None:
    assert due_of("Ministers met today and will then have two weeks to respond.") == utc(
        "2025-09-01 23:59:59"
    )


def test_then_after_an_undated_event_still_waits_for_it() -> None:
    text = "Member States will then have up to four weeks to respond."
    assert refusal_of(text) == "event"


def test_once_a_year_is_no_event() -> None:
    assert refusal_of("Once a year, the council has up to eight weeks to decide.") != "event"


@pytest.mark.parametrize(
    "text",
    [
        "We will introduce the scheme from 2026.",
        "We will introduce the scheme from next year.",
    ],
)
def test_a_year_after_from_reads_alike_in_digits_and_words(text: str) -> None:
    assert refusal_of(text) == "earliest"


# -- the final review of the stop -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Once Mr. Smith has reported, the council has up to two months to decide.",
        "Once the U.S. has signed, the council has up to two months to decide.",
    ],
)
def test_an_abbreviation_does_not_end_the_once_clause(text: str) -> None:
    assert refusal_of(text) == "event"


def test_a_newly_elected_office_holder_is_not_the_past_next_year() -> None:
    said = utc("2026-12-02 11:00:00")
    text = "The newly elected mayor takes office on 5 January."
    assert due_of(text, reference=said) == utc("2027-01-05 23:59:59")


def test_no_events_scheduled_for_a_day_denies_it() -> None:
    assert due_of("The President has no public events scheduled for tomorrow.") is None
    assert refusal_of("The President has no public events scheduled for tomorrow.") == "negated"


def test_a_called_off_closure_says_why() -> None:
    text = (
        "The scheduled closure of the road, from 7:00 a.m. to 5:30 p.m today, is being"
        " postponed to a later date."
    )
    assert refusal_of(text) == "negated"
