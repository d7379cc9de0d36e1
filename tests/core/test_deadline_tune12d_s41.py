"""Issue 12, stop 41, tuner 12d: the kind "the label gives a due date, the parser refuses",
one general rule kept under the keep rule (tests/data/deadlines/CONVENTIONS.md 2.1).

"today's <occasion>" reached by any link but "at" was always a name of now; an act placed
at the occasion under a modal ("will apply for today's Plenary meeting") is due today, while
a present or no verb still tells how the occasion's things stand (past_reading.at_todays_event).
"""

from __future__ import annotations

import pytest

from bot.core.deadlines import Deadline
from tests.core.reading import due_in as _due
from tests.core.reading import read_in as _read

SAID = "2021-10-19T12:30:00+00:00"


@pytest.mark.parametrize(
    "text",
    [
        "Some provisions of Standing Order 34 will apply for today's Plenary meeting.",
        "The changes will take effect for today’s sitting of the House.",
        "Today's session will consider the amendments.",
    ],
)
def test_an_act_under_a_modal_at_todays_occasion_is_due_today(text: str) -> None:
    assert _due(text, SAID, "Europe/London") == "2021-10-19 22:59"


@pytest.mark.parametrize(
    "text",
    [
        "These are the briefing documents for today's meeting.",  # a present: how things stand
        "Today's vote is a major step.",
        "The Minister spoke at today's meeting of the Council.",  # an act done
        "The papers were circulated before today's meeting.",
        "Today's figures will show a rise.",  # no occasion: a name of now
        "The reform will adapt the rules to today's world.",
    ],
)
def test_a_name_of_now_stays_no_deadline(text: str) -> None:
    assert not isinstance(_read(text, SAID, "Europe/London"), Deadline)


def test_at_todays_event_unchanged() -> None:
    text = "The Minister is joining his fellow Ministers at today's meeting in Brussels."
    assert _due(text, SAID, "Europe/London") == "2021-10-19 22:59"
