"""Issue 13, round 23 (announcements): aid, money and rule changes told in the present
(`funding`).

The sentences are written for the test (the kinds come from blind33's misses), so that a
regression names the rule; the contrasts name what each rule must leave alone.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import MAYBE_BELOW, Candidate, extract_pledges
from bot.core.extract.appositions import apposed_people
from bot.core.extract.aside import DOUBTS

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)

# A release of a named body, so that a cue in the sentences below earns a speaker.
CONTEXT = "The Harbour Authority has published its plans for the spring.\n\n"


def _mine(sentence: str, context: str = CONTEXT) -> list[Candidate]:
    text = context + sentence
    return [c for c in extract_pledges(text, PUBLISHED, "UTC") if c.quote == sentence]


# -- money and aid given in the present ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Today the Kingdom of Norland announced more than $412 million in additional "
            "humanitarian assistance for families displaced by the floods.",
            "the Kingdom of Norland",
        ),
        (
            "The Harbour Authority is also donating $18,250 to six fishing cooperatives in "
            "the bay.",
            "The Harbour Authority",
        ),
        (
            "With this new funding, the Harbour Authority is providing emergency shelter "
            "and food assistance to the families who lost their boats.",
            "the Harbour Authority",
        ),
        (
            "The Harbour Authority is also supporting health and sanitation services in the "
            "three camps.",
            "The Harbour Authority",
        ),
        (
            "The Harbour Authority invests £3 million to dredge the northern channel.",
            "The Harbour Authority",
        ),
    ],
)
def test_money_and_aid_given_in_the_present_are_candidates(sentence: str, speaker: str) -> None:
    found = _mine(sentence)
    assert len(found) == 1, found
    assert found[0].speaker is not None and found[0].speaker.lower() == speaker.lower()


def test_a_dated_announcing_of_then_is_history() -> None:
    """The day of the announcing before its past verb: what was pledged then, not news."""
    sentence = (
        "At the donors' conference in Oslo on February 4, the Kingdom of Norland announced "
        "over $133 million in emergency humanitarian assistance for the region."
    )
    assert _mine(sentence) == []


def test_a_documents_sum_is_only_a_maybe() -> None:
    """A proposal that "invests" a sum is doubtful: listed, below the sure list."""
    sentence = (
        "The discretionary request invests $2.1 billion in a harbour renewal initiative "
        "to finish the work by 2031."
    )
    found = _mine(sentence)
    assert len(found) == 1 and found[0].confidence < MAYBE_BELOW, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harbour Authority is providing a summary of the consultation responses.",
        "The Harbour Authority is also supporting the bid.",
        "The report includes $40 million spent on the quays since 2019.",
    ],
)
def test_what_is_not_aid_given_stays_out(sentence: str) -> None:
    assert _mine(sentence) == []


# -- a rule's date put off, a standard revised ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "The Harbour Authority is delaying the effective date of the mooring rule "
            "published on January 12, 2026, for an additional three months to June 30, 2026.",
            "2026-06-30",
        ),
        (
            "The effective date of the mooring rule is further delayed until June 30, 2026.",
            "2026-06-30",
        ),
    ],
)
def test_a_rule_put_off_to_a_date_ahead_is_a_candidate(sentence: str, due: str) -> None:
    found = _mine(sentence)
    assert len(found) == 1, found
    assert found[0].deadline is not None and found[0].deadline.due.date().isoformat() == due


def test_a_delay_without_a_date_is_no_candidate() -> None:
    assert _mine("The Harbour Authority said the council is delaying the vote.") == []


def test_a_named_standard_revised_is_a_candidate() -> None:
    sentence = (
        "The Harbour Authority is revising the Harbour Standards for Mooring Buoys to allow "
        "composite chains as an additional method of anchoring."
    )
    found = _mine(sentence)
    assert len(found) == 1 and (found[0].speaker or "").lower() == "the harbour authority"


# -- the person an interview story names by an apposition ---------------------------------


def test_he_of_an_interview_story_is_the_person_interviewed_not_the_publisher() -> None:
    text = (
        "Harbourwatch held a long interview with Maria Okafor, one of the candidates for "
        "the Green Party nomination.\n\n"
        "Okafor, the former chairwoman of the Coastal Trust, was asked about the harbour. "
        "She replied, “I shall publish a full plan for the harbour by June 2026.”"
    )
    found = [c for c in extract_pledges(text, PUBLISHED, "UTC") if "I shall" in c.quote]
    assert len(found) == 1 and found[0].speaker == "Maria Okafor", found


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Okafor, the former chairwoman of the Trust, was asked. Maria Okafor agreed.",
            ["Maria Okafor"],
        ),
        ("Today, the president of the board, Ann Lee, said so.", []),  # no name before
        ("It met Okafor, the chairwoman of the Trust, who was asked.", []),  # not a subject
    ],
)
def test_apposed_people(text: str, people: list[str]) -> None:
    assert apposed_people(text) == people


# -- a priority declared ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2026, cutting ferry fares will be the number one priority for the Harbour Authority.",
        "Cutting ferry fares will also be our top priority on the first day of this year.",
    ],
)
def test_a_declared_priority_is_set_aside_not_proposed(sentence: str) -> None:
    assert _mine(sentence) == []
    listed = extract_pledges(CONTEXT + sentence, PUBLISHED, "UTC", set_aside=True)
    mine = [c for c in listed if c.quote == sentence]
    assert len(mine) == 1 and mine[0].doubt == DOUBTS["describes"], listed


def test_a_priority_that_names_an_act_is_still_read() -> None:
    """Only the priority is doubted: an act with its date stays a candidate."""
    sentence = "The Harbour Authority will repair the north quay by June 2026."
    assert len(_mine(sentence)) == 1
