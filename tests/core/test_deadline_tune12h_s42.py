"""Issue 12, stop 42 (tuner h): a time given as the default for every item of a list
("unless otherwise stated") is a standing time, refused as recurring (standing.py,
CONVENTIONS 1.3 and 6.3). Said on Wednesday 2 December 2026 at 10:00, London time."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        # the default before the times, and after them
        "Unless otherwise stated, detours start at 8pm and finish at 6am.",
        "Detours start at 8pm and finish at 6am, unless otherwise stated.",
        # another verb of marking items of a list, and "except where"
        "Events start at 11am unless otherwise noted.",
        "Except where otherwise indicated, the galleries close at 5.30 pm.",
    ],
)
def test_a_default_for_the_items_of_a_list_is_recurring(text: str) -> None:
    assert refusal(text) == "recurring"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # no default: one night's closure, as before
        ("The road closes at 9pm and reopens at 5am.", "2026-12-02 21:00"),
        # "otherwise agreed" names an exception to one act, not a list: the day stands
        ("Unless otherwise agreed, the report will be delivered by Friday.", "2026-12-04 23:59"),
        # a dated phrase is no standing time, whatever default the sentence states
        (
            "Unless otherwise stated, submissions close on 18 December 2026.",
            "2026-12-18 23:59",
        ),
    ],
)
def test_no_default_or_a_dated_phrase_keeps_its_reading(text: str, when: str) -> None:
    assert due(text) == when
