"""Issue 13, stop 62 recall tuner (branch issue13t1-s62): the failure kinds stop 61's note
named from blind144-145's first run, read by the grammar of commitment rather than by genre."""

from __future__ import annotations

import pytest

from tests.core.releases import found, quoted

_MEETING = "The Marine Safety Committee will meet on Wednesday, March 18, 2026.\n\n"
_MET = "The Marine Safety Committee met on Wednesday, February 18, 2026.\n\n"


# -- kind 1: a filing deadline put to the reader (due_dates) ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "To ensure your comments are reviewed by Committee members before the meeting, "
            "submit your written comments no later than March 11, 2026.",
            11,
        ),
        (
            "If you want the Committee to read your comments before the meeting, please submit "
            "your comments on or before March 11, 2026.",
            11,
        ),
        (
            "To join the virtual meeting, contact the individual listed in the FOR FURTHER "
            "INFORMATION CONTACT section no later than 1 p.m., EDT on March 16, 2026.",
            16,
        ),
        ("Comments are due on or before March 17, 2026.", 17),
        ("Reply comments are due on or before April 17, 2026.", 17),
    ],
)
def test_a_filing_deadline_put_to_the_reader_is_a_dated_act(sentence: str, day: int) -> None:
    hit = quoted(found(_MEETING + sentence), sentence[-30:])
    assert hit is not None, found(_MEETING + sentence)
    assert hit.deadline is not None and hit.deadline.due.day == day, hit


@pytest.mark.parametrize(
    "sentence",
    [
        "Members of the public may submit comments at any time.",
        "Applicants who submit forms by 11 March 2025 were eligible.",
        "Comments were due on or before February 11, 2026.",
        "Register with the Committee by email.",
        # a command after a comma, as the rule reads, with its date gone by: each is found
        # with a date after the meeting (2027), so these fail if the rule stops asking for a
        # date ahead (re-read of stop 62: the four above pass with the rule removed)
        "For more information, contact the Coast Guard no later than 1 p.m. on 3 March 2025.",
        "To be heard, submit your written comments no later than 10 January 2025.",
    ],
)
def test_no_imperative_or_no_date_ahead_is_no_filing_deadline(sentence: str) -> None:
    assert quoted(found(_MET + sentence), sentence[-25:]) is None


# -- kind 2: a plan told in the plain present, with a time ahead (cues.PRESENT_PLAN) -------------

_DEFENSE = "The Department of Defense said today.\n\n"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The secretary concludes his trip on Thursday, March 12, with a visit to Kyiv.", 12),
        ("The consultation runs until 5 May 2026.", 5),
        ("The news comes as the government unveils its new defence review tomorrow.", 5),
    ],
)
def test_a_plan_in_the_plain_present_with_a_time_ahead_is_found(sentence: str, day: int) -> None:
    hit = quoted(found(_DEFENSE + sentence), sentence[:20])
    assert hit is not None, found(_DEFENSE + sentence)
    assert hit.deadline is not None and hit.deadline.due.day == day, hit


@pytest.mark.parametrize(
    "sentence",
    [
        "The report concludes that the policy failed.",
        "The line runs through the town.",
        "The consultation ran until 5 February 2026.",
        "The secretary concludes his trip with a visit to Kyiv.",
    ],
)
def test_a_plain_present_without_a_time_ahead_is_no_plan(sentence: str) -> None:
    assert quoted(found(_DEFENSE + sentence), sentence[:20]) is None


def test_a_term_that_runs_until_a_date_in_a_whose_clause_describes_its_noun() -> None:
    sentence = "The club signed the striker, whose contract runs until June 2030."
    assert quoted(found(_DEFENSE + sentence), "whose contract") is None


# -- kind 3: events the subject has scheduled, told in the present perfect (arranged) -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Department of the Interior has scheduled 38 oil and natural gas lease sales for "
        "public lands in 2027.",
        "The Corps of Engineers has scheduled two public scoping meetings to present "
        "information and gather public input for the feasibility study.",
    ],
)
def test_events_a_body_has_scheduled_are_its_plan(sentence: str) -> None:
    hit = quoted(found(_DEFENSE + sentence), sentence[:25])
    assert hit is not None and hit.doubt is None, found(_DEFENSE + sentence)
    assert hit.speaker.startswith("the "), hit


def test_events_a_body_had_scheduled_in_the_past_are_not_read() -> None:
    sentence = "The Corps had scheduled three public meetings in April 2025."
    assert quoted(found(_DEFENSE + sentence), sentence[:25]) is None


# -- kind 4: a body's own work under way, in the active progressive (plain_present) -------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The NTA are currently updating and further developing the Transport Strategy (GMATS).",
        "My Department is advancing the steps to prepare the required legislation.",
        "The Office of the Deputy Prime Minister is reviewing the Law Commission's consultation.",
    ],
)
def test_a_bodys_own_work_under_way_is_its_plan(sentence: str) -> None:
    hit = quoted(found(_DEFENSE + sentence), sentence[:25])
    assert hit is not None and hit.doubt is None, found(_DEFENSE + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Office reviewed the Law Commission's consultation last year.",
        "The committee is reviewing.",
        "The Minister is updating the House on the strategy.",
    ],
)
def test_work_done_or_without_its_object_is_not_read(sentence: str) -> None:
    assert quoted(found(_DEFENSE + sentence), sentence[:20]) is None
