"""Issue 12, stop 51, fixer: silent misreadings left by stop 50's review. Said on
Wednesday 2 December 2026 at 10:00, London (tests/core/reading.py).

- waits.py: equivalent conditions read alike. Only a vague word waits (CONVENTIONS 5.2); a
  window ("within a week") counts from now after any condition, so the pairs below use
  "immediately", where the two readings differ.
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Refusal
from tests.core.reading import due, read, refusal

_A_WEEK = "2026-12-09 23:59"  # "immediately": vague, 7 days (CONVENTIONS 5.1)


# CONVENTIONS 5.2: a vague word hung on an undated event is `event`. A win or a success the
# speaker hopes for is such an event, named or not ("If we win, ..." is "If we win the vote,
# ..."); only the speaker's own election, named, is the one-word "If elected," that round 17
# keeps at its window (waits.py).
@pytest.mark.parametrize(
    "text",
    [
        "If we win the vote, we will act immediately.",
        "If we win, we will act immediately.",
        "Should we win, we will act immediately.",
        "If I win, I will immediately scrap the tax.",
        "If we succeed, we will act immediately.",
        "When we win, we will act immediately.",
    ],
)
def test_a_win_or_a_success_waits_for_it_named_or_not(text: str) -> None:
    assert refusal(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "If we are re-elected, we will act immediately.",
        "If we win the election, we will act immediately.",
        "If we win the next general election, we will act immediately.",
        "Should we be elected, we will act immediately.",
        "Should we be re-elected, we will act immediately.",
        "If elected, we would immediately scrap the tax.",
    ],
)
def test_the_speakers_election_named_keeps_the_window(text: str) -> None:
    assert due(text) == _A_WEEK


# A window counts from now after a condition, whichever (a vague word only waits).
@pytest.mark.parametrize(
    "text",
    [
        "If we win the vote, we will act within a week.",
        "If we win, we will act within a week.",
    ],
)
def test_a_window_after_a_condition_counts_from_now_alike(text: str) -> None:
    assert due(text) == _A_WEEK


# A "When" opening waits for its event (fix50, CONVENTIONS 5.2) unless it tells of the past
# (a "When" of the past dates a meeting gone, and waits for nothing). A past word inside a
# relative clause describes the event's subject; the opening's own verb, after the relative
# clause, says whether the event is still to come.
@pytest.mark.parametrize(
    "text",
    [
        "When the bill that was introduced last week passes, we will act immediately.",
        "When the report which was due last month is published, we will respond without delay.",
        "When the minister who was here yesterday returns, we will act immediately.",
        "When the families who were evacuated last week return home, we will act immediately.",
        "When the rules that came in last year are scrapped, we will act immediately.",
    ],
)
def test_a_when_with_a_past_relative_clause_waits_for_its_event(text: str) -> None:
    assert refusal(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "When we met last week, the minister promised to act immediately.",
        "When I was in Brussels, I said we would act immediately.",
        "When I said that we were ready, I meant we would act immediately.",
        "When it was announced that the bill had passed, I said we would act immediately.",
        # the verb after the relative clause is past: told of the past (refused as such)
        "When the minister who was here last week spoke, she promised to act immediately.",
        # no verb of its own after the relative clause: read as before
        "When the minister who was here last week, I said we would act immediately.",
    ],
)
def test_a_when_of_the_past_still_waits_for_nothing(text: str) -> None:
    got = read(text)
    assert not isinstance(got, Refusal) or got.kind != "event", got


# A "When" opening whose own verb is past is of the past as one with "last week" is: "When
# we met, ..." reads as "When we met last week, ..." (fix50 keeps the latter's window).
@pytest.mark.parametrize(
    "text",
    [
        "When we met, the minister promised to act immediately.",
        "When I spoke to him, the minister promised to act immediately.",
        "When the bill passed, the minister promised to act immediately.",
    ],
)
def test_a_when_with_a_past_verb_waits_for_nothing(text: str) -> None:
    assert due(text) == _A_WEEK


@pytest.mark.parametrize(
    "text",
    [
        "When the report is published, we will respond without delay.",
        "When the plans are finalised, we will act immediately.",
        "When the bill has passed, we will act immediately.",
        "When the newly elected council meets, it will act immediately.",
        # a past form that is not the opening's verb: "arrives" is
        "When the money promised arrives, we will pay immediately.",
        "When the report requested by the committee arrives, we will respond without delay.",
        "Once the funding pledged arrives, we will act immediately.",
    ],
)
def test_a_when_of_a_passive_or_perfect_still_waits(text: str) -> None:
    assert refusal(text) == "event"


# "Once" and "As soon as" open an event as "When" does (fix50), and one of the past as "When"
# does: it waits for nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Once we met last week, the minister promised to act immediately.",
        "As soon as the bill was passed, the minister promised to act immediately.",
        "Once the bill passed, the minister promised to act immediately.",
    ],
)
def test_once_or_as_soon_as_of_the_past_waits_for_nothing(text: str) -> None:
    assert due(text) == _A_WEEK


@pytest.mark.parametrize(
    "text",
    [
        "Once the bill that was introduced last week passes, we will act immediately.",
        "As soon as the report is published, we will respond without delay.",
        "If the vote failed, we would act immediately.",
    ],
)
def test_once_as_soon_as_or_if_of_an_event_still_waits(text: str) -> None:
    assert refusal(text) == "event"


# The final review of stop 51: a past form right after its noun and before the opening's
# own verb describes the noun, whatever that verb's form ("the funds promised arrive",
# "the sums pledged come in", "the money promised comes through"): these were read as of
# the past and given a week from now, where stop 50 refused them as waiting for the event.
@pytest.mark.parametrize(
    "text",
    [
        "When the funds promised arrive, we will pay immediately.",
        "When the sums pledged come in, we will pay immediately.",
        "When the money promised comes through, we will pay immediately.",
        "Once the homes promised get built, we will act immediately.",
    ],
)
def test_a_past_form_describing_the_noun_before_any_verb_still_waits(text: str) -> None:
    assert refusal(text) == "event"


@pytest.mark.parametrize(
    "text",
    [
        "When the bill passed the Commons, the minister promised to act immediately.",
        "When the bill passed unanimously, the minister promised to act immediately.",
        "When the council voted to act, the minister promised to act immediately.",
        "When we met ministers, the minister promised to act immediately.",
    ],
)
def test_a_past_verb_before_its_object_or_adverb_waits_for_nothing(text: str) -> None:
    assert due(text) == _A_WEEK
