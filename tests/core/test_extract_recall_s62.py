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
    ],
)
def test_no_imperative_or_no_date_ahead_is_no_filing_deadline(sentence: str) -> None:
    assert quoted(found(_MET + sentence), sentence[-25:]) is None
