"""Issue 12, round 26e: acts told "today (date)" in a release, changes made from a day, and
dated stamps of a talk page, each shown with sentences of our own making, then the sets'
own cases. Said on Wednesday 2 December 2026 at 10:00, London time (GMT)."""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import check_set_case
from tests.core.reading import due as _due
from tests.core.reading import read as _read
from tests.core.reading import refusal as _refusal

# -- 1. an act told "today (<the day again>)" with a past verb: done, no deadline ----------


@pytest.mark.parametrize(
    "text",
    [
        "The Minister for Transport today (2nd December 2026) announced the opening of a new"
        " rail line.",
        "The Minister for Health today (Wednesday) launched a national screening plan.",
        "The Minister for Housing today (Wednesday 2 December) welcomed the new figures.",
        "The Minister of State, today (2 December) formally opened the new library.",
    ],
)
def test_an_act_told_today_with_the_day_in_brackets_is_past(text: str) -> None:
    assert _refusal(text) == "past"


# test_set_cases_of_acts_told_today read five MerrionStreet cases of blind_fresh39: removed with
# them by the licence audit of stop 49 (lic49b); the text-level tests above keep the behaviour.


@pytest.mark.parametrize(
    "text",
    [
        "At the Cabinet meeting today, the Government gave approval to the Minister to act.",
        "At its meeting today, the board approved the new budget.",
        "Today, the Honourable Jane Doe, Minister of Culture, Sport, and Heritage, announced"
        " that the museum has reopened.",
        "The Minister for Trade, Jane Doe TD, travelled to Paris this morning for meetings.",
    ],
)
def test_an_act_of_today_told_in_a_fronted_phrase_or_after_going_is_past(text: str) -> None:
    assert _refusal(text) == "past"


def test_a_plan_told_of_today_stays_ahead() -> None:
    got = _read("At the meeting today, the council will decide.")
    assert isinstance(got, Deadline)
    got = _read("The minister asked officials to report this morning.")
    assert isinstance(got, Deadline)


# test_set_cases_of_acts_told_of_today read two MerrionStreet cases of blind_fresh39: removed with
# them by the licence audit of stop 49 (lic49b).


# -- 2. a change put in place from a day, the day in front: due that day (CONVENTIONS 3.1) --


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("From 11 January, three new parking rules will be implemented:", "2027-01-11 23:59"),
        ("Also from 1 February 2027 new fee settings will be put in place.", "2027-02-01 23:59"),
        (
            "The minister says that from the end of January, cafés will be freed from the"
            " licence rules.",
            "2027-01-31 23:59",
        ),
    ],
)
def test_a_change_put_in_place_from_a_fronted_day_falls_due_then(text: str, due: str) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "From 11 January, visitors can apply online.",
        "From 11 January we will publish the lists each week.",
        "From 11 January the hall will be open on Sundays.",
    ],
)
def test_an_open_activity_from_a_day_stays_a_start(text: str) -> None:
    assert not isinstance(_read(text), Deadline)


# (The three blind_fresh39 cases once checked here were New Zealand Government releases, removed
# from the set by the licence audit of stop 48 (beehive.govt.nz: personal or in-house use only).)


# -- 3. dated stamps of a talk page or a log ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dec 9 update: Please vote in the naming poll.", "past"),
        ("Update (Dec 9): Please read the new draft.", "past"),
        ("Wikiuser42 December 9th. I agree with the proposal.", "past"),
        ("The notes are at Wikinews/Weekly meeting Dec 9", None),
        (
            "Round 2: Bids accepted between 1 January and 30 June. Results given by September.",
            "recurring",
        ),
    ],
)
def test_a_dated_stamp_is_no_deadline(text: str, kind: str | None) -> None:
    assert _refusal(text) == kind


@pytest.mark.parametrize(
    "text",
    ["Deadline December 10th. Please apply.", "Update: the vote is on 9 December."],
)
def test_a_day_beside_a_stamp_word_stays_a_deadline(text: str) -> None:
    assert isinstance(_read(text), Deadline)


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh39", "Oct 26 update: Please participate"),
        ("blind_fresh39", "Oct 27 update: There was a discussion session"),
        ("blind_fresh39", "The log is at Wikinews/IRC meeting Oct 27"),
        ("blind_fresh39", "Punboy November 10th."),
        ("blind_fresh39", "• Round 1: Applications accepted"),
    ],
)
def test_set_cases_of_stamps(module: str, opening: str) -> None:
    check_set_case(module, opening)


# -- a term begun now: a window from now, due at its end (CONVENTIONS 1.1) -----------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Both members are on three-year terms, beginning today.", "2029-12-02 23:59"),
        ("She was appointed to a two-year term starting today.", "2028-12-02 23:59"),
    ],
)
def test_a_term_begun_now_falls_due_at_its_end(text: str, due: str) -> None:
    assert _due(text) == due


def test_a_term_with_no_start_names_a_thing() -> None:
    assert not isinstance(_read("Both members are on three-year terms."), Deadline)


# (The blind_fresh39 case of a term begun today was a New Zealand Government release, removed by
# the licence audit of stop 48.)


@pytest.mark.parametrize(
    "text",
    [
        "The minister leaves for a three day programme of meetings in Rome.",
        "The minister leaves for a three-day visit to Rome.",
    ],
)
def test_a_trip_set_off_on_now_falls_due_on_its_last_day(text: str) -> None:
    assert _due(text) == "2026-12-05 23:59"


def test_a_trip_not_set_off_on_now_counts_from_an_event() -> None:
    assert _refusal("The minister will hold a three day programme of meetings.") == "event"


# -- review: what the stamps and the terms above leave alone ---------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # "and/or" is no page path, nor a path before a day with its lead-in
        ("Send comments and/or objections by Dec 9.", "2026-12-09 23:59"),
        ("Apply at example.org/grants by Dec 9.", "2026-12-09 23:59"),
        # a call to act by a day is no signature
        ("Register December 10th. Late entries are refused.", "2026-12-10 23:59"),
    ],
)
def test_a_deadline_beside_a_path_or_a_verb_is_no_stamp(text: str, due: str) -> None:
    assert _due(text) == due


def test_terms_from_now_on_begin_no_window() -> None:
    assert _refusal("Members serve two-year terms from today onward.") == "earliest"


def test_moved_to_a_verb_is_no_going() -> None:
    # "moved to confirm" takes a verb: the clock time of the sentence stays its deadline
    text = "Officials moved to confirm that bids are due by 5 p.m. this afternoon."
    assert _due(text) == "2026-12-02 17:00"


@pytest.mark.parametrize(
    "text",
    [
        "Return today (Wednesday) completed forms to the front desk.",
        "Bring today (Wednesday) signed copies of the lease.",
    ],
)
def test_a_bidding_with_the_day_in_brackets_stays_today(text: str) -> None:
    assert _due(text) == "2026-12-02 23:59"
