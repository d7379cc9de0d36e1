"""Stop 40, tuner a (issue 12): times that date no act someone is committed to. Sentences
of our own making first (with guards that must not change), then the sets' own cases.
Said on Wednesday 2 December 2026 at 10:00, London time."""

from __future__ import annotations

import pytest

from tests.core.reading import due, read

# -- 1. a span after a superlative measures back from now (past_acts.superlative_span) -------


@pytest.mark.parametrize(
    "text",
    [
        # "best": a superlative of three letters
        "The Department recorded a near-zero underspend, the best performance in a decade.",
        "Ours is the best result in five years.",
        # a bound word after "in" ("in over", "in nearly"): the cheap test let it through
        "The rise is the largest in over five years.",
        "This is the first budget surplus in over a decade.",
        # a future "be" before the superlative states what it measures, no act ahead
        "It will be the first time in five years that departments have been asked.",
        "That would be the biggest increase in a decade.",
    ],
)
def test_span_after_superlative_is_no_deadline(text: str) -> None:
    got = read(text)
    assert got is None or not hasattr(got, "due"), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # guards (passing before the change too): the span of an act to come
        ("The council will build the largest park in the city in 3 years.", "2029-12-02 23:59"),
        ("The first train leaves in 20 minutes.", "2026-12-02 10:20"),
        ("We will deliver the best service in the region in two years.", "2028-12-02 23:59"),
        ("The best entries will be published in two weeks.", "2026-12-16 23:59"),
    ],
)
def test_a_span_of_an_act_ahead_stays_due(text: str, want: str) -> None:
    assert due(text) == want
