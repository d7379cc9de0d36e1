"""Issue 13, stop 44, tuner p (precision and recall).

The texts are written for the test (the kinds come from the development splits' misses and
set-aside sentences); the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import found as _found
from tests.core.releases import quoted as _quoted

# -- an act told in the passive after "will" (CONVENTIONS 1.5, 6.2) ----------------------------


def test_an_act_in_the_passive_is_proposed() -> None:
    for text, words in (
        ("Funding will be shared between two streams—infrastructure and community.", "shared"),
        ("The new entitlement will be fully funded.", "fully funded"),
        ("a) Blank line will be added between the header block and the product text.", "added"),
    ):
        assert _quoted(_found(text), words) is not None, text


def test_a_state_in_the_passive_is_not() -> None:
    for text in ("It is regrettable that the day will be lost.", "Most voters will be pleased."):
        assert _found(text) == [], text


# -- a funder anticipating its awards ------------------------------------------------------------


def test_a_funder_anticipating_awards_is_a_plan() -> None:
    text = (
        "The Department of Labor today announced a grant competition. The department "
        "anticipates awarding six to 10 grants, ranging from $1.5 to $6 million."
    )
    assert _quoted(_found(text), "anticipates awarding") is not None


def test_anticipating_an_outcome_is_not() -> None:
    text = "The department anticipates that demand will rise."
    assert _quoted(_found(text), "anticipates") is None


def test_a_reported_act_in_the_passive_is_proposed() -> None:
    for text, words in (
        ("Officials said the remaining funds would be released to the councils.", "released"),
        ("The spokesman said that the documents would be placed in the Library.", "placed"),
    ):
        assert _quoted(_found(text), words) is not None, text


def test_a_reported_state_in_the_passive_is_not() -> None:
    assert _found("He said the day would be lost.") == []
