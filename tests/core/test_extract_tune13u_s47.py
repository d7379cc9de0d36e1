"""Issue 13, stop 47, tuner u (recall). A speaker's own itinerary told in the plain present,
first person: "I fly to Perth on Friday afternoon", "We leave for Geneva tomorrow". As
"The Secretary travels to Europe next week" (`cues.PRESENT_PLAN`; read in `futurate`), it
counts only with a time frame ahead: "I travel a lot for work" is not read.

Each text is written for the test.
"""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, found

MINISTER = (
    "Minister for Trade\n\nThe Minister for Trade spoke to reporters in Canberra about the "
    "regional trade talks. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "I fly to Perth on Friday afternoon.",
        "We leave for Geneva on Monday morning.",
        "Next week I travel to Jakarta for the ministerial meeting.",
    ],
)
def test_a_first_person_itinerary_with_a_time_ahead_is_a_plan(sentence: str) -> None:
    assert candidate(MINISTER, sentence).deadline is not None


def test_a_first_person_habit_without_a_time_is_not_read() -> None:
    sentence = "I travel a lot for work."
    assert all(c.quote != sentence for c in found(MINISTER + sentence))
