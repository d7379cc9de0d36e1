"""Issue 13, stop 43 (precision, tuner b). The texts are written for the test.

A commitment named inside a phrase that only places something in relation to it ("central
to the Governor's commitment to", "the cornerstone of the Council's commitment to", "given
our commitment to"): the sentence tells what a thing is or why, and the commitment is
named, not made (CONVENTIONS 2.1, 2.3). It is doubted (`spoken`), not refuted; another cue
of the sentence still counts, and a commitment restated by an actor stays.
"""

from __future__ import annotations

from tests.core.releases import kept, set_aside

_HEAD = "The Department of Health issued the following statement.\n"


def test_a_commitment_named_after_central_to_is_told_not_made() -> None:
    set_aside(
        _HEAD + "The new clinics have been central to the Governor's commitment to widening"
        " access to care.\n",
        "central to the Governor",
    )


def test_a_commitment_named_after_the_cornerstone_of_is_told_not_made() -> None:
    set_aside(
        _HEAD + "The scheme is the cornerstone of the Council’s renewed commitment to cut"
        " waste.\n",
        "cornerstone",
    )


def test_a_commitment_named_after_given_is_a_reason() -> None:
    set_aside(
        _HEAD + "Diversification matters, given our commitment to reducing emissions from"
        " farming.\n",
        "given our commitment",
    )


def test_another_cue_of_the_sentence_still_counts() -> None:
    kept(
        _HEAD + "In line with its commitment to openness, the Department will publish the"
        " audit on 30 April 2026.\n",
        "will publish the audit",
    )


def test_a_commitment_restated_by_an_actor_stays() -> None:
    kept(
        _HEAD + "The Minister reaffirmed her commitment to publishing the review by June.\n",
        "reaffirmed her commitment",
    )
    kept(
        _HEAD + "Ministers have again emphasised their commitment to develop the site.\n",
        "emphasised their commitment",
    )
