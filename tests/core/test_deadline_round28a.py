"""Issue 12, round 28a: one reader of the verb that governs a time phrase (governing.py),
with sentences of our own making. Said on Wednesday 2 December 2026 at 10:00, London time,
unless a test gives another moment."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline, governing, past_verdict
from bot.core.deadlines.choose import reading_context
from bot.core.deadlines.context import Res
from tests.core.reading import LONDON, SAID, read, refusal
from tests.core.reading import due as _due

# -- 1. a past told as done, its verb far from the time words --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the verb well before the time, a participle clause after it, the time naming a noun
        "The lower valley got less rain than usual in October, leaving the main lakes well "
        "short of their 1 November targets.",
        # an adverb and an object between the verb and the time
        "After a long review, the board finally approved the revised charter on 14 November.",
        # a fronted time, a relative clause between the subject and its verb
        "In October, the authority, which manages the harbour, widened its inspections.",
        # fronted clock times and days, the verb after the subject (a passive too)
        "At nearly 4.30 pm, I listened to the fine speech of the noble Baroness.",
        "At 19:00 local time today, the polls closed in the regional election.",
        "During Tuesday's sitting of the Assembly, a motion was tabled on the housing bill.",
        # a date as the object of a past verb
        "The notice set 30 November as the last day for applications.",
    ],
)
def test_a_time_governed_by_a_past_told_as_done_is_past(text: str) -> None:
    assert refusal(text) == "past"


# -- 2. what the reader must leave alone ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a reported future: the time is the "that" clause's, whose verb is "will"
        ("The ministry announced that the bridge will reopen on Friday.", "2026-12-04 23:59"),
        # a participle in the subject, its noun's verb still to come
        ("Applications received by 5 March will be considered.", "2027-03-05 23:59"),
        # a past verb that moved the time: the time a deadline word's object, ahead
        ("The deadline was extended to 30 January.", "2027-01-30 23:59"),
        # a past clause, then "and" and a new finite verb that holds the time
        ("The committee met in November and will report on 18 December.", "2026-12-18 23:59"),
        # a past relative clause in the subject, the main verb a future
        (
            "The agency, which reviewed the plans in October, will decide on 18 December.",
            "2026-12-18 23:59",
        ),
        # a plan word between the past verb and the time
        (
            "The minister launched a survey in November, with a second round planned for "
            "15 December.",
            "2026-12-15 23:59",
        ),
        # a past act that fixed a date: the date it fixed lies ahead (lead's fix at merge)
        (
            "The council set a December 16 date for the vote on the harbour plan.",
            "2026-12-16 23:59",
        ),
        # (guard: a year given)
        ("The council fixed 20 December 2026 as the closing date.", "2026-12-20 23:59"),
        # a reported future without "that": the modal between the past verb and the time
        ("It was agreed the office would reopen on 4 January.", "2027-01-04 23:59"),
        # a past relative clause under a future main clause holds the main clause's time
        (
            "The airmen will discuss the mission that ended in this award at 11 a.m. Monday.",
            "2026-12-07 11:00",
        ),
    ],
)
def test_a_time_not_governed_by_a_past_act_stays_due(text: str, due: str) -> None:
    assert _due(text) == due


def test_a_heading_day_before_a_dash_is_no_past() -> None:
    got = read("Tuesday 8 December\u2014Second reading of the Harbours Bill, followed by a debate.")
    assert isinstance(got, Deadline)


# -- 3. the reader itself: clause, verb, tense --------------------------------------------------


def _reading(text: str, words: str) -> governing.Reading:
    start = text.index(words)
    return governing.reading(text, start, start + len(words))


@pytest.mark.parametrize(
    ("text", "words", "tense", "verb"),
    [
        (
            "The ministry announced that the bridge will reopen on Friday.",
            "Friday",
            "future",
            "will",
        ),
        ("In May, the board, which meets monthly, approved the plan.", "May", "past", "approved"),
        (
            "Today, Chief Engineer Ann Roe, CEng, announced the result.",
            "Today",
            "past",
            "announced",
        ),
        ("We have today published the code.", "today", "perfect", "have"),
        ("The report covers the year to 31 March.", "31 March", "present", "covers"),
        ("Please submit your comments by 31 March.", "31 March", "imperative", "please"),
        ("The hearing had been scheduled for 9 December.", "9 December", "future", "had"),
        ("If it were ready on Friday, we would say so.", "Friday", "future", "were"),
        ("Annual figures for 2025 by region and sector of activity.", "2025", "none", ""),
    ],
)
def test_the_reader_finds_the_governing_verb_and_its_tense(
    text: str, words: str, tense: str, verb: str
) -> None:
    got = _reading(text, words)
    assert (got.tense, got.verb) == (tense, verb)


def test_an_infinitive_between_the_verb_and_the_time_is_a_plan() -> None:
    got = _reading("The council voted to close the road on Friday.", "Friday")
    assert got.tense == "past" and got.plan


def test_a_past_clause_under_a_future_one_is_marked() -> None:
    text = "The airmen will discuss the mission that ended in this award at 11 a.m. Monday."
    assert _reading(text, "11 a.m. Monday").under_future


# -- 4. the verdict's exceptions, asked of the phrase alone ------------------------------------
# Older modules refuse most of these sentences before governing.py is reached; the verdict is
# asked here directly, with the phrase's own reading, so that each exception has a test.


def _verdict(text: str, words: str) -> str | None:
    start = text.index(words)
    got = read(words)
    assert isinstance(got, Deadline), got
    res = Res(got.due, got.precision)
    ctx = reading_context(SAID, LONDON, True, False)
    kind = "weekday" if words.endswith("day") else "date_dmy"
    found = past_verdict.verdict(text, start, start + len(words), "", kind, res, ctx)
    return None if found is None else found[0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Residents were given until 14 January to reply.", "14 January"),  # a deadline word
        ("The hearing was rescheduled for 14 January.", "14 January"),  # a move
        ("The court released details of its 14 January hearing.", "14 January"),  # an event
        ("The ministry announced the closure of the park on 30 January.", "30 January"),  # said
        ("The hearing has now been fixed for Friday.", "Friday"),  # a perfect, ahead
    ],
)
def test_the_verdict_keeps_a_time_its_exceptions_name(text: str, words: str) -> None:
    assert _verdict(text, words) is None


def test_the_verdict_refuses_the_same_times_told_as_done() -> None:  # the other side
    assert _verdict("The board met the residents on 14 January.", "14 January") == "past"
    assert _verdict("The hearing was fixed on Friday.", "Friday") == "past"
