"""Sentences the rules set aside are listed under "Maybe", not hidden (issue 13, §5).

The review of the first version found refutations listed because a doubt came first (a
negated forecast, a negated resolve) and headlines the body repeats listed again: those
tests failed on it (commit f2e3175).

`extract_pledges(..., set_aside=True)` (what /pledge extract asks for) adds, after the
candidates, the sentences whose commitment cue the rules doubted rather than refuted:
a clause read as history, a report or a frame (not a question), a negation after the
cue, "describes what something will do", a condition read as hypothetical, or a cue too
weak to clear `MIN_CONFIDENCE`. Each comes at `ASIDE_CONFIDENCE`, below the "Maybe"
line, with the reason in `doubt`. The default call is unchanged.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import (
    ASIDE_CONFIDENCE,
    MAYBE_BELOW,
    MIN_CONFIDENCE,
    extract_pledges,
    is_maybe,
    rank_candidates,
)
from bot.core.extract.aside import MAX_ASIDES

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)

# "describes what something will do": the rules doubt a measure's own verb.
DESCRIBED = (
    "The reforms announced today will create a new power for judges to order an offender "
    "to attend the hearing."
)
# A negation after the cue: a negative commitment is still checkable. (Stop 45: with "will"
# it is now proposed under "Maybe", `aside.SettingAside.ruled_out`; "would" stays set aside.)
NEGATED = "Under the new rules, offenders who refuse to attend would not be released early."
# A clear pledge, for contrast: it stays a candidate of its own.
PLEDGE = "The Justice Secretary said she will publish the sentencing review by 30 June."
QUESTION = "Will the Government publish the sentencing review by 30 June?"


def _aside(text: str) -> list:
    plain = {c.quote for c in extract_pledges(text, PUBLISHED, "UTC")}
    return [
        c for c in extract_pledges(text, PUBLISHED, "UTC", set_aside=True) if c.quote not in plain
    ]


def test_the_default_call_lists_no_set_aside_sentence() -> None:
    text = " ".join((DESCRIBED, NEGATED))
    assert all(c.doubt is None for c in extract_pledges(text, PUBLISHED, "UTC"))
    assert [c.quote for c in extract_pledges(text, PUBLISHED, "UTC")] == []


def test_a_doubted_measure_is_listed_under_maybe_with_its_reason() -> None:
    [found] = _aside(DESCRIBED)
    assert found.quote == DESCRIBED
    assert found.confidence == ASIDE_CONFIDENCE < MIN_CONFIDENCE < MAYBE_BELOW
    assert is_maybe(found)
    assert found.doubt and "describe what something will do" in found.doubt
    assert found.promise and found.promise in DESCRIBED


def test_a_negated_commitment_is_listed_under_maybe() -> None:
    [found] = _aside(NEGATED)
    assert found.quote == NEGATED
    assert found.doubt == "set aside: it is negated"


def test_a_question_is_never_set_aside() -> None:
    assert extract_pledges(QUESTION, PUBLISHED, "UTC", set_aside=True) == []


def test_a_sentence_is_listed_once_and_set_aside_ones_rank_last() -> None:
    text = " ".join((DESCRIBED, PLEDGE, NEGATED))
    found = extract_pledges(text, PUBLISHED, "UTC", set_aside=True)
    quotes = [c.quote for c in found]
    assert len(quotes) == len(set(quotes)) == 3
    ranked = rank_candidates(found)
    assert ranked[0].quote == PLEDGE and ranked[0].doubt is None
    assert all(c.doubt for c in ranked[1:])
    # In reading order, each where its sentence stands in the text.
    assert [c.start for c in found] == sorted(c.start for c in found)
    assert all(text[c.start : c.start + len(c.quote)] == c.quote for c in found)


def test_a_set_aside_sentence_keeps_its_speaker_and_a_deadline_ahead() -> None:
    text = "The minister said last year that the bridge would open by 2030."
    [found] = _aside(text)
    assert found.doubt and "report or recall" in found.doubt
    assert found.speaker is not None and "minister" in found.speaker.lower()
    assert found.deadline is not None and found.deadline.due.year == 2030
    assert found.deadline_text == found.deadline.matched


def test_a_weakly_worded_commitment_is_listed_with_its_time_frame() -> None:
    [found] = _aside("The agency may publish the data in the spring.")
    assert found.doubt == "set aside: its wording is a weak sign of a commitment"
    assert found.deadline is not None and found.deadline.due.date().isoformat() == "2026-05-31"


def test_a_conditional_offer_is_listed_as_hanging_on_its_condition() -> None:
    [found] = _aside("The board would consider a new plan if the vote passes.")
    assert found.doubt == "set aside: it hangs on a condition"
    assert found.speaker == "the board"


@pytest.mark.parametrize(
    "text",
    [
        "Shares in the company will not rise next week, analysts said.",  # a forecast
        "We must not let the terrorists win.",  # a resolve, nothing to check
        "We may not renew the contract next year.",  # a reserved right
        "MINISTER: That would not be ready before the spring, I would have thought.",
    ],
)
def test_a_refutation_after_a_doubt_still_hides_the_sentence(text: str) -> None:
    """A negation is met before the forecast, the resolve or the guess that refutes the
    sentence outright: the positive forms are hidden, so the negated ones are too."""
    assert extract_pledges(text, PUBLISHED, "UTC", set_aside=True) == []


def test_a_headline_the_body_repeats_is_not_listed_again() -> None:
    text = (
        "Minister will publish prison review by March and could expand early release\n\n"
        "The Justice Minister will publish the prison review by March, her department said "
        "on Monday.\n\nShe said the review could expand early release."
    )
    found = extract_pledges(text, PUBLISHED, "UTC", set_aside=True)
    assert [c.quote[:40] for c in found] == ["The Justice Minister will publish the pr"]


def test_at_most_max_asides_sentences_are_set_aside_the_first_in_reading_order() -> None:
    """A paste of doubted sentences costs a second scoring each; the extract view shows 20
    rows in all, so no more than `MAX_ASIDES` are scored again and listed."""
    text = " ".join(
        f"The minister said last year that bridge {i} would open by 2030." for i in range(40)
    )
    found = extract_pledges(text, PUBLISHED, "UTC", set_aside=True)
    assert len(found) == MAX_ASIDES
    assert all(c.doubt for c in found)
    assert found[0].quote.startswith("The minister said last year that bridge 0 ")
