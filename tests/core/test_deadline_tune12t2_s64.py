"""Readings decided from the clause-level reading (clause_reading.py), tuned at stop 64
(issue 12, tuner t2): each test of a fix failed before it; the guards passed before and after.

Read as tests/core/reading.py reads: said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline, clause_reading
from tests.core.reading import check_set_case, due, read, refusal


def dated(text: str) -> bool:
    return isinstance(read(text), Deadline)


def reading_of(text: str, phrase: str) -> clause_reading.ClauseReading:
    start = text.lower().index(phrase.lower())
    return clause_reading.read(text, start, start + len(phrase))


# 1. A state or a course that "may", "might" or "could" "be" at a time is only possible: no one
# undertakes it (CONVENTIONS 4.2), whoever the subject. Before, the time was the deadline, a
# silent misreading.


@pytest.mark.parametrize(
    "text",
    [
        "I understand that the final report may be ready by the spring.",
        "The road closure might be necessary until the end of January.",
        "Housing could well be the main subject for Thursday's debate.",
        "We hear the Senate may be sitting late within the next two weeks.",
        "The new figures might also be available in March.",
        "Officials say the bridge may still be open next week.",
    ],
)
def test_a_state_only_possible_at_a_time_is_no_deadline(text: str) -> None:
    assert not dated(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a passive tells an act's time, as labelled ("may be concluded in the course of ...")
        ("The Bill may be concluded in the course of tomorrow's sitting.", "2026-12-03 23:59"),
        # a passive of permission keeps its limit, whatever its participle
        ("Applications may be made until 31 March.", "2027-03-31 22:59"),
        ("Requests may be lodged up to 30 June.", "2027-06-30 22:59"),
        ("Entries could be accepted until Friday.", "2026-12-04 23:59"),
        # "be" before a preposition ("could be in a position to ...")
        ("The project could be in a position to start construction in March.", "2027-03-31 22:59"),
        # "may" the month, and a plain "will be"
        ("The report will be ready on 11 May.", "2027-05-11 22:59"),
        ("The consultation will be open until 31 January.", "2027-01-31 23:59"),
        # the possibility lies in another clause than the time's
        ("The costs may be high, but we will finish the works by Friday.", "2026-12-04 23:59"),
    ],
)
def test_an_act_or_another_clause_keeps_its_time(text: str, want: str) -> None:
    assert due(text) == want


def test_the_sets_possible_states() -> None:
    check_set_case("blind_fresh144", "I understand that the Report may be ready by the autumn.")
    check_set_case("blind_fresh173", "The closure may be necessary until Jan. 2015.")


# 2. The reading itself.


def test_the_clause_reading_reports_modal_condition_question_and_role() -> None:
    text = "If the statements end early, the House shall suspend until 10.30 a.m."
    found = reading_of(text, "until 10.30 a.m.")
    assert (found.modal, found.conditional, found.question) == ("shall", True, False)
    found = reading_of("Will the Minister publish it by Friday?", "by Friday")
    assert found.question
    found = reading_of("We will publish it by Friday if possible.", "by Friday")
    assert not found.conditional  # a bare "if possible" is no condition
    assert reading_of("The works will take three weeks.", "three weeks").role == "length"
    assert reading_of("The report may be ready by June.", "by June").possible
    assert not reading_of("Comments may be made on or before 11 May.", "11 May").possible


# 3. A "would" in a clause that says what someone thought, believed or assumed in the past is
# a past belief: it undertakes nothing and may not hold (CONVENTIONS 4.2; the sets label it
# "past"). Before, its time was the deadline, a silent misreading. Only a "that" (or other
# subordinate) clause after the belief: "I thought the Minister would ..." with no "that",
# read so too, cost a right reading of the check sets and is left as it was.


@pytest.mark.parametrize(
    "text",
    [
        "We were under the impression that the House would return to normal hours next week.",
        "I thought that the Minister would make a statement tomorrow.",
        "They assumed that the vote would be taken on Friday.",
        "Members believed that the committee would report by the end of January.",
        "I thought you were in such a hurry that we would have to sit on Saturday.",
    ],
)
def test_a_past_belief_of_what_would_happen_is_no_deadline(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a report of what was announced or indicated stays what was undertaken
        ("The Minister announced that the scheme would open on Friday.", "2026-12-04 23:59"),
        ("She indicated that she would publish the report by Friday.", "2026-12-04 23:59"),
        # a belief with "will": the time is told as ahead
        ("I believe the Bill will be published on Friday.", "2026-12-04 23:59"),
        # "supposed to" is a plan
        ("The works were supposed to finish by Friday, and they will.", "2026-12-04 23:59"),
    ],
)
def test_a_report_or_a_present_belief_keeps_its_time(text: str, want: str) -> None:
    assert due(text) == want


def test_a_belief_with_no_clause_of_its_own_is_left_as_it_was() -> None:
    assert due("I thought the Minister would make a statement tomorrow.") == "2026-12-03 23:59"


def test_the_sets_past_beliefs() -> None:
    check_set_case("blind_fresh185", "We were under the impression that we would revert")
    check_set_case("blind_fresh162", "I thought you were in such a fearful hurry")
