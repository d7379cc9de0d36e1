"""Issue 12, stop 41 (tuner e): a year-less date gone a few weeks ago, in a sentence told in
the past as a whole (recent.py). Said on Wednesday 2 December 2026 at 10:00, London time."""

from __future__ import annotations

import pytest

from tests.core.reading import due, refusal


@pytest.mark.parametrize(
    "text",
    [
        # the date's own clause has no verb; the relative clause after it is past
        "This corrects the mid-October date which my 20 October letter gave, column 12WS.",
        "This is a slight change to the late October date which my statement suggested, column"
        " 42WS.",
    ],
)
def test_a_recent_date_in_a_sentence_told_in_the_past_is_gone(text: str) -> None:
    assert refusal(text) == "past"


@pytest.mark.parametrize(
    "text",
    [
        # no verb at all: the default reading ahead (round 15 review)
        "This is a slight change to the late October date, column 42WS.",
        # the relative clause looks ahead
        "This is a slight change to the late October date which my statement will confirm,"
        " column 42WS.",
        # a past verb, and a time ahead later in the sentence
        "This is a slight change to the late October date which my statement suggested, and"
        " the works will start in late October.",
    ],
)
def test_a_recent_date_with_no_past_or_anything_ahead_stays_ahead(text: str) -> None:
    assert due(text).startswith("2027-10-31")


def test_a_past_verb_before_the_dates_own_clause_leaves_it_ahead() -> None:
    # round 26a: the participle clause of the date tells of an act still to come
    text = "The council announced new hours, with the branches switching in late October."
    assert due(text).startswith("2027-10-31")
