"""Issue 12, stop 42 (tuner g): a time in the subject of a past verb after it
(subject_time.py, read by governing.py). Said on Wednesday 2 December 2026 at 10:00,
London time."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        # the time in the subject, the past verb right after it
        "The Presidium of the Government at its meeting on 2 December 2026 adopted the"
        " following decisions on the items on its agenda.",
        # a day word in the subject
        "Seventy-five years ago today the Marine Corps landed on the island.",
        # a day word between the subject and its verb
        "Minister McConalogue today officially named the new Fishing Pier at Howth.",
    ],
)
def test_a_time_in_the_subject_of_a_past_verb_is_past(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the verb after the time is a future: ahead, as before
        (
            "The Presidium of the Government at its meeting on 2 December 2026 will adopt the"
            " following decisions.",
            "2026-12-02 23:59",
        ),
        # a day ahead that its weekday dates is not told as done by the past verb
        ("All other business on Monday 7 December remained unchanged.", "2026-12-07 23:59"),
        # a pronoun opens a clause of its own: its past verb does not govern the time
        (
            "And today we're making further announcements on top of what we've already put"
            " out there.",
            "2026-12-02 23:59",
        ),
        # a participle after the time (its comma, or a preposition after it) is no verb of
        # its clause, nor is the verb after a phrase closed by a comma (round 19)
        ("Before the election in May, the party published its manifesto.", "2027-05-31 22:59"),
        ("Tickets for the gala go on sale today priced at £5.", "2026-12-02 23:59"),
        (
            "A networking event with Board members from 3:30 to 4:30 p.m., sponsored by the"
            " Department of Disabilities.",
            "2026-12-02 16:30",
        ),
        (
            "A networking event from 3:30 to 4:30 p.m. at the Hall, sponsored by the Department"
            " of Disabilities.",
            "2026-12-02 16:30",
        ),
    ],
)
def test_a_time_not_in_the_subject_of_a_past_verb_stays(text: str, when: str) -> None:
    assert due(text) == when


# part_modifiers.py: "at night" / "during night" with no article is night in general


@pytest.mark.parametrize(
    "text",
    [
        "The resurfacing works will take place at night.",
        "Detour signs will be in place at night.",
        "Visitors should be particularly cautious at peak shopping times and at night.",
        "The road will be closed during night hours.",
    ],
)
def test_night_in_general_is_recurring(text: str) -> None:
    assert refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The road will be closed tonight.", "2026-12-02 23:59"),
        ("The road will be closed by night.", "2026-12-02 23:59"),
        ("The works will take place during the night.", "2026-12-02 23:59"),
        ("The works will take place on Thursday night.", "2026-12-03 23:59"),
        # a day of its own after "at night"
        ("The works will take place at night on Friday 4 December.", "2026-12-04 23:59"),
        ("The works will take place at night this week.", "2026-12-06 23:59"),
    ],
)
def test_a_night_of_its_own_stays(text: str, when: str) -> None:
    assert due(text) == when
