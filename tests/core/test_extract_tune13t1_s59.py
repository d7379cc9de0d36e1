"""Issue 13, stop 59 (tuner t1): what a body will change in the world, undated, is told
(CONVENTIONS 2.2, 6.2). The texts are written for the test."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import Candidate, extract_pledges

_PUBLISHED = datetime(2024, 3, 4, 9, tzinfo=UTC)


def _listed(text: str, key: str) -> list[Candidate]:
    return [c for c in extract_pledges(text, _PUBLISHED, "UTC") if key in c.quote]


def _aside(text: str, key: str) -> list[Candidate]:
    found = extract_pledges(text, _PUBLISHED, "UTC", set_aside=True)
    return [c for c in found if key in c.quote and c.doubt is not None]


def test_a_new_body_strengthening_something_is_an_effect() -> None:
    text = (
        "Ministers today set up a Coastal Flooding Taskforce. "
        "The Taskforce will strengthen joint working between councils and river trusts."
    )
    assert not _listed(text, "will strengthen joint working")
    assert _aside(text, "will strengthen joint working")  # doubted, still under "Maybe"


def test_an_acronym_contributing_to_a_trend_is_an_effect() -> None:
    text = "By opening new markets, NAFTA will contribute to the growth of regional exporters."
    assert not _listed(text, "will contribute to the growth")


def test_a_board_ensuring_a_state_of_things_undertakes_it() -> None:
    # the stop 59 review: "ensure", "support", "enable" and "allow" said of a body are its
    # own undertaking (issue 13's definition), not an effect told; the rule keeps only the
    # verbs of effect ("strengthen", "contribute to", "transform")
    text = (
        "The Harbour Board met on Monday to agree its remit. "
        "The Board will ensure fair and open access to the quays for smaller fishing boats."
    )
    assert _listed(text, "will ensure fair and open access")


def test_a_dated_change_stays_a_plan() -> None:
    text = "The Taskforce will strengthen flood defences in Ripon by the end of June."
    assert _listed(text, "will strengthen flood defences")


def test_a_government_or_a_person_strengthening_commits() -> None:
    assert _listed(
        "The Government will strengthen the rules on holiday lettings.", "will strengthen"
    )
    assert _listed("The UK will strengthen its defence ties with Norway.", "will strengthen")
    assert _listed(
        "The Prime Minister will improve the appeals process for postmasters.", "will improve"
    )
    assert _listed("We will boost funding for rural bus routes.", "will boost")


def test_a_body_helping_a_change_along_is_an_effect() -> None:
    text = (
        "The Rural Transport Board was formed last year. "
        "The Board will help deliver cleaner air in market towns."
    )
    assert not _listed(text, "will help deliver cleaner air")


def test_a_body_helping_others_act_stays() -> None:
    assert _listed("The Strategy Unit will help councils cut costs.", "will help councils")
