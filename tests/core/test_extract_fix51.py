"""Issue 13, stop 51, fixer: a cleft that announces the act ("What we will do is publish the
review") stays a candidate, whoever its subject and however the cleft is punctuated; a
future in a "what" clause that only names a thing talked about is set aside (doubts.py,
tune13a). The texts are written for the test."""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, only_set_aside

RELEASE = "The Department of Waterways said on Tuesday that the canal repairs had begun. "


@pytest.mark.parametrize(
    "sentence",
    [
        # the subjects of stop 50's review: read alike already (the cleft is matched after
        # the cue, whatever stands before it); kept here as guards
        "What we will do is publish the review in full on 1 June.",
        "What the Government will do is publish the review in full on 1 June.",
        "What I will do is publish the review in full on 1 June.",
        "What this plan will do is cut waiting times by June.",
        # a word of time or order after "do", or a comma before "is"
        "What we will do first is publish the review in full on 1 June.",
        "What we will do instead is publish the review in full on 1 June.",
        "What the Government will do this week is publish the review in full.",
        "What we will do, is publish the review in full on 1 June.",
    ],
)
def test_a_cleft_announcing_the_act_stays(sentence: str) -> None:
    assert candidate(RELEASE, sentence).doubt is None


@pytest.mark.parametrize(
    "sentence",
    [
        "What the council will do is unclear until June.",
        "What the regions will do next is not yet known before June.",
        "What the council will decide is not yet known before June.",
    ],
)
def test_a_cleft_that_only_talks_about_the_act_is_set_aside(sentence: str) -> None:
    only_set_aside(RELEASE, sentence, "describes")
