"""Issue 13, round 31b (recall): forms of a coming act the rules did not read.

The texts are written for the test. `readings` is hooked into the cues: a House's next
step told without its actor ("to be read a second time tomorrow", "a roll call vote is
expected at 5:30 p.m."), read through the whole extractor, with its look-alikes (the
reading done, a vote forecast with no time, a past vote). Four other readings of the
round (a trip in the present, a date set for the public, a commitment in nouns, money
announced on the day) found their dev-split sentences but did not carry to the test
split: they were not kept.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract.readings import reading_acts
from tests.core.releases import found, quoted

PROCEEDINGS = (
    "Votes and Proceedings\n\nWednesday 4 March 2026\n\n"
    "The House met at 11.30 am.\n\n"
    "Harbour Dues Bill: Presentation and First Reading\n\n"
    "Minister Mara Quint presented a Bill to regulate harbour dues.\n\n"
)

FLOOR = (
    "Floor Log of the Senate\n\nWednesday, March 4, 2026\n\nThe Senate convened at 10:00 a.m.\n\n"
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (PROCEEDINGS + "Bill read the first time; to be read a second time tomorrow.\n", "second"),
        (PROCEEDINGS + "To be read a Second time upon Tuesday next.\n", "Second time"),
        (FLOOR + "A roll call vote is expected at 5:30 p.m. on the motion to proceed.\n", "roll"),
        (
            FLOOR + "First votes of the week on Monday are expected between 6:00 and 6:30 p.m.\n",
            "First votes",
        ),
        # the sentence opens with the vote, in capitals
        (FLOOR + "Roll call vote is expected at 5:30 p.m. on the motion to proceed.\n", "Roll"),
        (FLOOR + "Votes are expected between 6:00 and 6:30 p.m.\n", "Votes"),
    ],
)
def test_a_houses_scheduled_step_is_a_candidate(text: str, words: str) -> None:
    mine = quoted(found(text), words)
    assert mine is not None and mine.doubt is None
    assert mine.deadline is not None and mine.deadline.due >= datetime(2026, 3, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a past event: the reading done
        (PROCEEDINGS + "The Bill was read a second time on 2 March.\n", "read a second"),
        # a forecast of others, no hour or day
        (FLOOR + "A vote on independence is expected in the autumn, analysts say.\n", "vote on"),
        # a fact about the past, dated before the publication
        (
            FLOOR + "A roll call vote was expected at 5:30 p.m. on Monday, March 2, 2026.\n",
            "roll call",
        ),
        # a reading with no time at all
        (PROCEEDINGS + "Bill read the first time; to be read a second time.\n", "second"),
    ],
)
def test_look_alikes_of_a_houses_step_stay_out(text: str, words: str) -> None:
    assert quoted(found(text), words) is None


def test_the_reading_cue_needs_a_time_next_to_it() -> None:
    assert reading_acts("to be read a second time tomorrow") == [("present", 0, 24)]
    assert reading_acts("votes are expected to rise") == []
    assert reading_acts("the votes of the members are expected soon") == []
