"""Issue 13, stop 60 recall tuner (branch issue13t1-s60): pledges the rules missed in the
development splits (blind140-141 and earlier)."""

from __future__ import annotations

import pytest

from tests.core.releases import found, quoted

# -- a past frame early in the sentence, a date ahead in the cue's own clause (extractor) --------


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "In June 2024 the Department placed an order for a third vessel which has been "
            "delivered and is due to be formally named in Galway on Monday 16 March 2026.",
            "2026-03-16",
        ),
        ("In 2025 the council said the bridge will reopen in June 2026.", "2026-06-30"),
        (
            "Last month the Minister signed the order, which shall take effect on 1 May 2026.",
            "2026-05-01",
        ),
    ],
)
def test_a_date_ahead_in_the_cues_own_clause_outweighs_a_past_frame(
    sentence: str, due: str
) -> None:
    hit = quoted(found(sentence), sentence[:30])
    assert hit is not None and hit.doubt is None
    assert hit.deadline is not None and hit.deadline.due.date().isoformat() == due


@pytest.mark.parametrize(
    "sentence",
    [
        # the date is past too: history
        "In 2024 the council said the bridge will reopen in June 2025.",
        # a past cue keeps its past frame
        "In 2024 the council was to reopen the bridge in June 2026.",
        "In 2024 the council had said the bridge would reopen in June 2026.",
    ],
)
def test_a_past_frame_still_holds_without_a_date_ahead_or_with_a_past_cue(sentence: str) -> None:
    assert quoted(found(sentence), sentence[:30]) is None


# -- a future cue's past frame lies before it, not in what follows (extractor) -------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Deputy Prime Minister has announced that the rules will go one step further than "
        "previously set out.",
        "The Department will publish the figures in the same format as last year.",
    ],
)
def test_a_past_time_after_a_future_cue_leaves_it_a_plan(sentence: str) -> None:
    hit = quoted(found(sentence), sentence[:30])
    assert hit is not None and hit.doubt is None


def test_a_past_time_before_a_future_cue_still_frames_it() -> None:
    sentence = "Last year the council said the bridge will reopen."
    assert quoted(found(sentence), sentence[:30]) is None
