"""Issue 13, round 29j. Recall: a sum made available, offered or available, told in the
present or the perfect with no verb of announcing ("Norway has made $40,000 available",
"Chile is offering €250,000") is a plan (`offered_sums`). Precision: a decision told in
the simple past ("The council decided to sell the depot") reports what was decided then
and is set aside (`decided_then`), while the perfect, the day's news and a decision with
a time frame ahead stay.

Each text is written for the test.
"""

from __future__ import annotations

import pytest

from tests.core.releases import candidate, found, only_set_aside

AID = (
    "Flood relief\n\nThe river burst its banks on Monday, and donors met in Geneva to "
    "coordinate help for the villages of the lower valley. "
)
COUNCIL = (
    "Harbour Council\n\nThe Harbour Council met on Tuesday to consider the future of the "
    "old fish market and the winter repairs to the eastern quay. "
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Norway has made $40,000 (about €37,000) available for the valley.", "Norway"),
        ("Chile is currently offering €250,000 to the relief fund.", "Chile"),
        ("The Netherlands have also made available up to €2 million in grants.", "Netherlands"),
    ],
)
def test_a_sum_made_available_or_offered_is_a_plan(sentence: str, speaker: str) -> None:
    assert speaker in (candidate(AID, sentence).speaker or "")


def test_a_sum_of_grants_available_from_a_programme_is_found() -> None:
    text = (
        "Department of Rivers\n\nThe Department of Rivers today opened applications for its "
        "flood resilience programme. A total of $9 million in grants is available from the "
        "Department's River Resilience program. Applications close in March."
    )
    assert any("is available from" in c.quote for c in found(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway made $40,000 available for the valley after the floods of 1998.",
        "Chile was offering €250,000 at the time.",
    ],
)
def test_a_sum_offered_in_the_past_is_not_read(sentence: str) -> None:
    assert all(sentence not in c.quote for c in found(AID + sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour board decided to sell the old fish market to a private buyer.",
        "After a long debate, the members made the decision to close the night ferry.",
        "I decided to open a small office on the quay for the fishing families.",
    ],
)
def test_a_decision_told_in_the_simple_past_is_set_aside(sentence: str) -> None:
    only_set_aside(COUNCIL, sentence, "vetoed")


@pytest.mark.parametrize(
    "sentence",
    [
        # The perfect: the decider's present position (no date, which would keep it
        # on its own).
        "The Harbour Council has now made the decision to close the night ferry.",
        "We've decided to close the night ferry.",
        # The day's news, undated.
        "Today, the Harbour Council decided to close the night ferry.",
        "The Harbour Council yesterday decided to close the night ferry.",
        # A time frame ahead.
        "The Harbour Council decided to rebuild the eastern quay by the end of 2027.",
        # A resolution in a readout, which the corpus labels.
        "The Harbour Council resolved to stay in close contact with the ferry operators.",
    ],
)
def test_a_present_dated_or_resolved_decision_stays(sentence: str) -> None:
    assert candidate(COUNCIL, sentence).doubt is None


@pytest.mark.parametrize(
    "sentence",
    [
        # A price cut, not money given.
        "The ferry shop is offering $5 off every ticket this weekend.",
        # A total to date, which is history.
        "Norway has made $40,000 available for the valley since 2019.",
        "Chile has made €250,000 available to the relief fund so far.",
    ],
)
def test_a_price_cut_or_a_total_to_date_is_not_read(sentence: str) -> None:
    assert all(sentence not in c.quote for c in found(AID + sentence))


def test_a_news_day_after_the_decision_is_the_telling_s_not_the_decision_s() -> None:
    only_set_aside(
        COUNCIL,
        "The Harbour Council decided to close the night ferry, residents said yesterday.",
        "vetoed",
    )
