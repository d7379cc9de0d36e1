"""Issue 13, stop 68 (helper tune13-s68): a negation that does not govern the cue.

The rule that vetoes a cue under a negation before it ("did not confirm that X would") read
every "not" or "no" in the clause or the 60 characters before it as governing the cue. Two
kinds of labelled pledge were set aside by it on the development splits:
- a negation of an earlier conjunct, closed by "and" before the cue ("there not be an
  Order of Business on both days and will bring a motion", "we are not leaving Europe and we
  are determined to maintain close friendships");
- a "no" opening the cue's own subject, a negative commitment (CONVENTIONS 1.7): "no
  requests ... would be accepted", "no smoking signs will need to be displayed".
A negation that does govern the cue still vetoes it. Texts published Monday 2 March 2026.
"""

from __future__ import annotations

from bot.core.extract import extract_pledges
from tests.core.extract_reading import PUBLISHED, UTC
from tests.core.extract_reading import candidate as _candidate


def _proposed(text: str, sentence: str) -> bool:
    return any(sentence in found.quote for found in extract_pledges(text, PUBLISHED, UTC))


def test_a_negated_earlier_conjunct_leaves_the_will_after_and_standing() -> None:
    text = (
        "Senator Mary Byrne: I am proposing that there not be an Order of Business on both "
        "days and will bring a motion to this effect before the House on Wednesday morning."
    )
    found = _candidate(text, "will bring a motion")
    assert found.doubt is None
    assert found.deadline is not None and found.deadline.due.date().isoformat() == "2026-03-04"


def test_a_negated_earlier_conjunct_leaves_a_stance_after_and_standing() -> None:
    text = (
        "The Prime Minister said we are leaving the EU but we are not leaving Europe and we are "
        "determined to maintain close friendships with our allies like Estonia."
    )
    assert _candidate(text, "determined to maintain").doubt is None


def test_a_no_opening_the_subject_is_a_negative_commitment() -> None:
    text = "From 1 April smoking is banned. New bilingual no smoking signs will be displayed."
    assert _proposed(text, "no smoking signs will be displayed")
    text = (
        "The Minister of Finance said the budget is final. He warned that no requests to "
        "increase spending would be accepted this year."
    )
    assert _proposed(text, "no requests to increase spending would be accepted")


def test_a_negation_that_governs_the_cue_still_vetoes_it() -> None:
    for text in (
        "The spokesman did not confirm that the minister would travel to Paris next week.",
        "No longer will the elderly in rural areas be deprived of care.",
        "Now, that is not to say that the contents of proposals and orders remain secret.",
        "I won't be the minister forever and I aim to do some good while I'm here.",
        "The Minister said there are no plans to close the office next year.",
    ):
        assert not extract_pledges(text, PUBLISHED, UTC), text


def test_a_no_before_a_clause_still_governs_it() -> None:
    for text in (
        "I can give no assurance to the House that I will publish corrected tables by Friday.",
        "I have no doubt we will publish the tables by Friday.",
        "There is no chance the Minister will attend on Tuesday.",
    ):
        assert not extract_pledges(text, PUBLISHED, UTC), text
