"""Precision rules of stop 50's tuner a (issue 13). The texts are paraphrases written for
the test (the kinds come from the development splits' false candidates), so that a
regression names the rule; the contrasts name what each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, only_set_aside

RELEASE = "The Department of Waterways said on Tuesday that the canal repairs had begun. "


# -- a future inside a thing talked about: set aside, not only off the sure list ---------


@pytest.mark.parametrize(
    "sentence",
    [
        "We need to have a clear understanding of what the regions will do with this money.",
        "The Ministers outlined what their plans would be over the August period.",
        "You said that the mill is already buying up most of what this new quarry will produce.",
        '"I look forward to the day when the two countries will have normal relations," '
        "Ms Ortiz said.",
    ],
)
def test_a_future_talked_about_is_set_aside(sentence: str) -> None:
    only_set_aside(RELEASE, sentence, "describes")


@pytest.mark.parametrize(
    "sentence",
    [
        "This is what we will deliver by 2030: a lock on every reach of the canal.",
        "This is exactly what we will deliver by 2030: a lock on every reach of the canal.",
        "That is precisely what the Government will do next year.",
        "Now is the time when we will dredge every reach of the canal by June.",
        "Asked whether the Minister had changed her plans, the spokesman said she had not at "
        "any stage set out the figures for the coming year but that was what she would be "
        "doing later that day.",
    ],
)
def test_a_plan_announced_with_what_stays(sentence: str) -> None:
    assert candidate(RELEASE, sentence).doubt is None
