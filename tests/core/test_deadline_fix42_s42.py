"""Stop 42, fixer f42 (issue 12): the modal list the verb readers share, and a time right
after the past verb of a relative clause on the main verb's object."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.core.deadlines import governing, starts_itself
from bot.core.deadlines.words import MODAL_VERBS
from tests.core.reading import due as _due
from tests.core.reading import refusal


def test_the_verb_readers_take_their_modals_from_one_list() -> None:
    # governing adds the splitter's forms, starts_itself "may" and "to" (see both modules)
    assert governing._MODALS == frozenset(MODAL_VERBS) | {"cannot", "'ll", "won't"}
    verbal = re.compile(starts_itself._VERBAL + "begin")
    for modal in [*MODAL_VERBS, "may", "to"]:
        assert verbal.search(f"the office {modal} begin") is not None
    for other in ("cannot", "won't", "we'll"):
        assert verbal.search(f"the office {other} begin") is None


# -- a time right after the past verb of a relative clause on the object (object_relatives) --

_SAID = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)  # a Tuesday, 09:00 in London


@pytest.mark.parametrize(
    "text",
    [
        "The Mayor will continue the programme the council agreed this morning.",
        "The Mayor will continue the programme that the council agreed this morning.",
        "The Mayor will continue the programme which the council agreed this morning.",
        "The Mayor will continue the programme we agreed this morning.",
        "The Mayor will continue the programme that started this morning.",
        # each reach of the rule: a preposition before the time, a perfect's "has", "who"
        # before the relative's verb, a noun phrase of three words as its subject
        "The Mayor will continue the programme the council agreed on Monday.",
        "The Mayor will continue the programme the council has agreed this morning.",
        "The Mayor will thank the officers who met this morning.",
        "The Mayor will continue the programme the new city council agreed this morning.",
    ],
)
def test_a_time_right_after_a_relative_clause_s_past_verb_dates_that_act(text: str) -> None:
    assert refusal(text, _SAID) == "past"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # no relative clause: the main verb's time
        ("The Mayor will agree the programme this morning.", "2025-03-04 12:00"),
        # the relative clause in the subject, the main verb after the time
        ("The programme agreed this morning will start on Monday.", "2025-03-10 23:59"),
        # the relative clause's verb a future
        (
            "The Mayor will continue the programme the council will agree this afternoon.",
            "2025-03-04 18:00",
        ),
        # a complement after the relative clause's verb: the main clause's time (round 28a)
        (
            "The airmen will discuss the mission that ended in this award at 11 a.m. Monday.",
            "2025-03-10 11:00",
        ),
    ],
)
def test_a_time_not_right_after_a_relative_clause_s_past_verb_stays_due(
    text: str, due: str
) -> None:
    assert _due(text, _SAID) == due
