"""Tuner t1 of stop 65 (issue 12): a day word on the speech being made or on the gathering
itself is no deadline (CONVENTIONS 2.2). Said on Wednesday 2 December 2026 at 10:00, London."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.deadlines import parse_deadline
from tests.core.reading import due, refusal
from tests.data.deadlines.relabels import cases_of, conventional


@pytest.mark.parametrize(
    "text",
    [
        # CONVENTIONS 2.2: the day word on the speech being made is no deadline
        "All I will say today is that the scheme is bad for carers.",
        "The opinions we express this afternoon are our own.",
        "Nor do I intend to say anything more about it today.",
        "I want to say this morning how grateful we are.",
        "The question that is before us today is a grave one.",
        # the pleasure of being at the sitting, or of having a guest there
        "It is with great pleasure that I am standing here today.",
        "It is a delight to have the Secretary of State here this morning.",
        "We are honoured to have our guests with us tonight.",
    ],
)
def test_a_day_word_on_the_speech_or_the_gathering_is_no_deadline(text: str) -> None:
    assert refusal(text) in (None, "past")


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # an act of the day stays due that day (2.1), and a later time of its own counts (2.3)
        ("I am today announcing a review.", "2026-12-02 23:59"),
        ("I will publish the report today.", "2026-12-02 23:59"),
        ("We are pleased to have the Bill published today.", "2026-12-02 23:59"),
        ("I will say today that the scheme will open in April.", "2027-04-30 22:59"),
        ("The Bill will be before us today.", "2026-12-02 23:59"),
    ],
)
def test_an_act_of_the_day_keeps_its_day(text: str, when: str) -> None:
    assert due(text) == when


@pytest.mark.parametrize(
    ("module", "opening"),
    [
        ("blind_fresh141", "On that assumption, my noble friends"),
        ("blind_fresh147", "Before I start, I must give our standard disclaimer"),
        ("blind_fresh170", "It is a delight to have the Minister here"),
        ("blind_fresh172", "My Lords, the matter that is before us"),
        ("blind_fresh184", "It is with great pleasure that I am standing"),
        ("blind_fresh193", "All I will say today"),
    ],
)
def test_the_development_cases_of_the_occasion(module: str, opening: str) -> None:
    """Labelled with no time (`due=None`, no refusal word); the courtesy reader refuses such a
    day word as "past", as it does "inviting me to be here today" (fresh46): no deadline."""
    case = next(c for c in conventional(module, cases_of(module)) if c.text.startswith(opening))
    assert case.due is None
    said = datetime.fromisoformat(case.said).replace(tzinfo=UTC)
    assert parse_deadline(case.text, said, case.tz, day_first=case.day_first) is None
