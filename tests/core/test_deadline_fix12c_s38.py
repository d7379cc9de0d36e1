"""Stop 38, fixer c (issue 12): times that commit nobody. A time inside a question asked of
someone or inside what the speaker thanks someone for telling, "today" on an act going on
as told or told done after a linking word, a penalty's length and an amount of time named
by a noun of time. Sentences of our own making first (with guards that must not change),
then the sets' own cases. Said on Wednesday 2 December 2026 at 10:00, London time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import Deadline, interpret_deadline
from bot.core.deadlines.no_time_set import asked_clause
from tests.core.reading import due as _due
from tests.core.reading import read
from tests.data.deadlines.relabels import cases_of, conventional

# -- questions and thanks (no_time_set.py) --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Can the Minister tell us when the report will be published next week?",
        "I ask the Minister whether the bill will come before the House on Tuesday.",
        "I wonder how soon the Government intend to bring the order forward.",
        "I thank her for that indication of what the House will be doing next week.",
    ],
)
def test_a_time_asked_about_commits_nobody(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the time is in the main clause, before the question word: kept
        ("I will tell you on Friday what we decide.", "2026-12-04 23:59"),
        # (a written question's heading, "To ask Her Majesty's Government what progress they
        # will have made by April 2027", once dated here, asks about its time: no deadline
        # since stop 58, CONVENTIONS 4.3, test_deadline_tune12a_s58.py)
        # "no indication of when": not what anyone was told
        (
            "The plan has slipped into 2027, with no indication of when in 2027.",
            "2027-12-31 23:59",
        ),
    ],
)
def test_times_outside_a_question_still_count(text: str, want: str) -> None:
    assert _due(text) == want


# -- "today" on an act going on or done (cues.py, clauses.py) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The commission is today urging voters to plan their vote.",
        "The council is today encouraging residents to check their bins.",
        "Also today, the ministers adopted new rules on broadcasting.",
        "And today, the board approved the budget.",
    ],
)
def test_today_on_an_appeal_or_a_done_act_is_no_deadline(text: str) -> None:
    assert not isinstance(read(text), Deadline)


def test_today_on_a_promised_act_still_counts() -> None:
    """A guard (CONVENTIONS 2.1): the act promised is due today."""
    assert _due("The Government is today laying regulations.") == "2026-12-02 23:59"
    assert _due("Also today, the ministers will adopt new rules.") == "2026-12-02 23:59"


# -- lengths that are no window (lengths.py, durations.py, cues.py) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Anyone breaking the order will be jailed for up to two years.",
        "Offenders could be banned for six months.",
        "Looters will be immediately arrested.",
        "Please allow an extra 30 minutes journey time.",
        "Allow at least two hours travel time.",
    ],
)
def test_a_penalty_or_an_amount_of_time_is_no_deadline(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The road will be closed for two weeks.", "2026-12-16 23:59"),
        ("We will reply in two weeks time.", "2026-12-16 23:59"),
        ("The Minister will decide immediately.", "2026-12-09 23:59"),
    ],
)
def test_windows_and_spans_from_now_still_count(text: str, want: str) -> None:
    assert _due(text) == want


# -- a done act placed before a time, a custom, a cause's time (no_act.py, fronted_done.py) ---


@pytest.mark.parametrize(
    "text",
    [
        "Ahead of Christmas, the minister met with the council leaders.",
        "Before the new year, the board approved the budget.",
        "It is our tradition to meet ahead of Christmas to review the year.",
        "It has become a custom for us to gather before the New Year.",
        "Due to a crash early this morning, the road is closed between the two towns.",
        "Following a fire overnight, the station is shut.",
    ],
)
def test_a_time_placing_a_done_act_a_custom_or_a_cause_is_no_deadline(text: str) -> None:
    assert not isinstance(read(text), Deadline)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ahead of Christmas, the minister will meet the council leaders.", "2026-12-25 23:59"),
        ("Before Christmas, we will publish the plan.", "2026-12-24 23:59"),
        ("After the vote this evening, we will publish the list.", "2026-12-02 23:59"),
    ],
)
def test_a_time_ahead_of_an_act_to_come_still_counts(text: str, want: str) -> None:
    assert _due(text) == want


# -- the sets' own cases --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh65", "My Lords, perhaps the noble Earl can tell us"),
        ("blind_fresh65", "I just ask him how soon he thinks"),
        ("blind_fresh65", "Can I ask the Deputy Leader of the House whether"),
        ("blind_fresh65", "I thank the Leader of the House for that indication"),
        ("blind_fresh65", "Also today, EU Member States"),
        ("blind_fresh66", "The Australian Electoral Commission is today urging"),
        ("blind_fresh66", "People who are found in violation of the curfew order"),
        ("blind_fresh66", "Ahead of the New Year, Vladimir Putin met"),
        ("blind_fresh66", "It has become a tradition for us to meet ahead"),
        ("kinds_real14", "I would now ask the Prime Minister if he will tell us"),
        ("kinds_real20", "I wonder if he might inform as to when progress"),
    ],
)
def test_set_cases(module: str, opening: str) -> None:
    """Labelled with no deadline (the bench's rule: no due; the refusal word is not scored)."""
    case = next(c for c in conventional(module, cases_of(module)) if c.text.startswith(opening))
    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
    assert case.due is None
    assert not isinstance(interpret_deadline(case.text, said, case.tz), Deadline)


def test_an_answer_takes_up_the_time_of_the_clause_asked() -> None:
    """The extractor reads an assent's time from the clause asked (neighbours.assent)."""
    question = "Mr. Brown asked the Minister whether she will publish it before Easter?"
    assert question[asked_clause(question) :] == " she will publish it before Easter?"
    assert asked_clause("The report will be published before Easter.") == 0
