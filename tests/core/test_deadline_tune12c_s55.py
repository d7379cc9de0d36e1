"""Issue 12, stop 55, tuner 12c: parliamentary business and talk, descriptive spans. Said on
Wednesday 2 December 2026 at 10:00, London time (GMT), unless a test gives another moment."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a standing order of business: the proceedings will be adjourned at that time
        (
            "If not previously concluded, proceedings on any Government Bill on Thursday will"
            " stand adjourned at 6 p.m.",
            "2026-12-03 18:00",
        ),
        (
            "Proceedings on the Bill shall stand adjourned at 10.30 p.m. tomorrow.",
            "2026-12-03 22:30",
        ),
        ("The debate will stand adjourned at 9 p.m. on Friday.", "2026-12-04 21:00"),
    ],
)
def test_a_sitting_that_will_stand_adjourned_at_a_time_falls_due_then(text: str, when: str) -> None:
    assert due(text) == when


def test_an_adjournment_told_as_done_stays_past() -> None:
    assert refusal("The House adjourned at 6 p.m.") == "past"


@pytest.mark.parametrize(
    "text",
    [
        "The data from it will help inform policy at a local and national level for years to come.",
        "These reforms will shape the service for many years to come.",
        "We will feel the effects for months to come.",
        "The new reservoir will serve the region for several decades to come.",
    ],
)
def test_for_years_to_come_sets_no_time(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # another time of the sentence still counts
        (
            "The plant will supply power for decades to come, and it will open by June 2027.",
            "2027-06-30 22:59",
        ),
        # "in the years to come" keeps the vague window of "the coming years" (3 years)
        ("We will build these homes in the years to come.", "2029-12-02 23:59"),
    ],
)
def test_another_time_or_in_the_years_to_come_stays_a_deadline(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    "text",
    [
        "We will introduce a new tariff for whiplash claims with an injury duration of up to two"
        " years.",
        "Callers can listen to others' comments and can provide comments up to 3 minutes.",
        "If funding is not exhausted, the grant period will remain open for up to 8 weeks.",
        "Offenders may be banned from driving for up to six months.",
    ],
)
def test_up_to_a_length_is_a_bound_that_sets_no_time(text: str) -> None:
    assert refusal(text) is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # "within" or "in" before it: a time counted from now, read as before
        ("We will reply within up to two weeks.", "2026-12-16 23:59"),
        ("We will reply in up to 10 days.", "2026-12-12 23:59"),
        # a time limit given to an actor from now (CONVENTIONS 1.2)
        ("The council has up to eight weeks to decide.", "2027-01-27 23:59"),
        ("Applicants will be given up to 30 days to respond.", "2027-01-01 23:59"),
        # a span opened now closes at its end (CONVENTIONS 1.1)
        ("There will now be up to 1 hour for debate.", "2026-12-02 11:00"),
        # another time of the sentence counts
        (
            "Suspects may be held for up to 28 days, and the review will report by 1 March.",
            "2027-03-01 23:59",
        ),
    ],
)
def test_up_to_after_within_or_now_or_beside_a_date_stays_a_deadline(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the day named and the rest of its week: the end of that week (Sunday 13 December)
        (
            "On Monday and the balance of the week, the House will consider several bills.",
            "2026-12-13 23:59",
        ),
        ("The Finance Bill will be taken on Monday and the rest of the week.", "2026-12-13 23:59"),
        (
            "On Tuesday and for the remainder of the week, the Senate will debate it.",
            "2026-12-13 23:59",
        ),
        # "the rest of the week" as a subject: the day named, as before
        ("We will meet on Monday and the rest of the week is free.", "2026-12-07 23:59"),
    ],
)
def test_a_day_and_the_rest_of_its_week_falls_due_at_that_week_end(text: str, when: str) -> None:
    assert due(text) == when
