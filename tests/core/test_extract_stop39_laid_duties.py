"""Issue 13, stop 39 (tuner c, recall): a duty laid on a named addressee by a verb of
directing, whatever stands before the verb (`laid_duties`).

The texts are written for the test (the kind comes from the DEV splits' missed orders and
fact sheets); the contrasts name what the rule must leave alone.
"""

from __future__ import annotations

from tests.core.releases import candidate, found, quoted

CONTEXT = "The Harbour Authority published a new safety memorandum on Tuesday. "


def test_a_titled_memorandum_directs_a_body() -> None:
    # the title stands between the instrument's noun and its verb
    assert candidate(
        CONTEXT,
        "The Memorandum on Harbour Safety and Mooring Practice directs harbour masters "
        "to inspect every mooring.",
    )


def test_an_order_tasks_a_body() -> None:
    assert candidate(CONTEXT, "The order tasks the new Harbour Working Group to review fees.")


def test_a_memorandum_charges_a_named_officer_with_a_task() -> None:
    assert candidate(
        CONTEXT,
        "The memorandum charges the Chief Inspector of Harbours with the responsibility "
        "for ensuring safe moorings.",
    )


def test_a_leader_instructs_a_lower_case_body() -> None:
    assert candidate(CONTEXT, "The Governor instructed the cabinet to draft new harbour rules.")


def test_a_noun_tasks_is_no_cue() -> None:
    # "the tasks ahead ... to achieve": a plural noun after a determiner
    text = CONTEXT + "Members discussed the tasks ahead and ways to achieve them."
    assert quoted(found(text), "tasks ahead") is None


def test_directing_readers_to_a_page_is_no_cue() -> None:
    text = CONTEXT + "The notice directs readers to the harbour website."
    assert quoted(found(text), "directs readers") is None


def test_a_cited_section_of_a_statute_is_no_new_duty() -> None:
    text = CONTEXT + "Section 12 of the Harbours Code directs the Secretary to consult pilots."
    assert quoted(found(text), "Section 12") is None


def test_a_plural_noun_orders_before_its_verb_is_no_cue() -> None:
    # stop 40: "orders" followed by a modal or an auxiliary is the subject's noun, not a
    # verb laying a duty on "may be issued"
    for sentence in (
        "Harbour restriction orders may be issued to prevent harm to moorings.",
        "Such orders are intended to protect the harbour's smaller boats.",
    ):
        assert quoted(found(CONTEXT + sentence), sentence[:20]) is None
    # the verb itself still lays the duty
    assert candidate(CONTEXT, "The court orders the Harbour Authority to repair the quay.")
