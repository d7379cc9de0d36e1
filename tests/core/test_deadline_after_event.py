"""Issue 12, stop 37 (tuner b): a year-less date just gone that dates an event named after
"following" or "after" is that event's, the past, whatever the main clause says of the
future (recent.py). Sentences of our own, said on Wednesday 2 December 2026 at 10:00,
London time, beside the ones that must keep their reading."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.deadlines import Deadline, Refusal, interpret_deadline

LONDON = "Europe/London"
SAID = datetime(2026, 12, 2, 10, 0, tzinfo=ZoneInfo(LONDON))  # a Wednesday


def _read(text: str) -> Deadline | Refusal | None:
    return interpret_deadline(text, SAID, LONDON)


@pytest.mark.parametrize(
    "text",
    [
        "We thank the crews for their work, following the declaration of a major incident on"
        " 14 November.",
        "Will the Minister publish the letter sent to councils after the inspection of the"
        " depot on 20 October?",
    ],
)
def test_a_date_just_gone_of_an_event_after_following_is_the_past(text: str) -> None:
    got = _read(text)
    assert isinstance(got, Refusal), got
    assert got.kind == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the event's date is ahead: no date just gone
        ("We will publish the report following the meeting on 20 December.", "2026-12-20"),
        # a verb of its own between: a clause, read by the other checks
        ("The order will be made after the bill is read on 20 November.", "2027-11-20"),
        # "the following" is no preposition
        ("The business for the following week will be taken on 20 November.", "2027-11-20"),
        # a plan in the event's words keeps it ahead
        ("We will report following the planned review on 20 November.", "2027-11-20"),
    ],
)
def test_other_dates_after_following_keep_their_reading(text: str, due: str) -> None:
    got = _read(text)
    assert isinstance(got, Deadline), got
    assert got.due.astimezone(ZoneInfo(LONDON)).date().isoformat() == due
