"""Issue 12, stop 52, tuner: silent misreadings. Said on Wednesday 2 December 2026 at 10:00,
London (tests/core/reading.py).

- "thru", the US spelling of "through" as a range or end word ("Monday thru Friday", "closed
  thru March 3"), reads as "through" does: the scanner took it, but two dozen of the rules
  round a phrase knew only "through", so "Work starts Monday and runs thru Friday" fell due
  on this Friday, not the one after the start.
"""

from __future__ import annotations

import re

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due, read

_THROUGH = [
    "Work starts Monday and runs through Friday.",
    "The consultation runs from 14 December through Friday.",
    "The office is open Monday through Friday.",
    "The bridge will be closed from Friday through Monday.",
    "Lane closures will continue through December 18.",
    "The comment period has been extended through January 15.",
    "The program will run from January through March.",
    "The pilot runs spring through summer 2027.",
    "Crews will work 9 a.m. through 4 p.m. on Friday, December 11.",
    "The discount is available December 10 through December 20.",
    "Hearings will be held on the 14th through the 16th.",
    "From 2027 through 2030, the agency will cut emissions.",
    "Applications are accepted through Friday at 5 p.m.",
    "The station will be closed from Monday, Dec. 7, through Friday, Dec. 11.",
    "The trial ran from January through March.",
    "The school will be closed Wednesday through Friday.",
    "The road closure runs through 6 a.m. Monday.",
]


def _reading(text: str) -> tuple[object, ...] | None:
    """What a member is told: the due instant and vagueness, or the refusal's kind."""
    got = read(text)
    if isinstance(got, Deadline):
        return (got.due, got.vague, got.earliest)
    return None if got is None else (got.kind, got.earliest)


@pytest.mark.parametrize("text", _THROUGH)
def test_thru_reads_as_through(text: str) -> None:
    assert _reading(re.sub(r"\bthrough\b", "thru", text)) == _reading(text)


def test_a_run_thru_a_weekday_ends_on_the_one_after_its_start() -> None:
    assert due("Work starts Monday and runs thru Friday.") == "2026-12-11 23:59"
    assert due("The consultation runs from 14 December thru Friday.") == "2026-12-18 23:59"
