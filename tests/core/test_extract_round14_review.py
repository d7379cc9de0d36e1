"""The review of issue 13's fourteenth round: each finding's examples, which failed on the
round's code, beside the cases the round meant to keep.

The texts are the reviewer's (and the lead's) examples, written for the test.
"""

from __future__ import annotations

import pytest

from bot.core.extract import Candidate, is_maybe
from tests.core.test_extract_round14 import _found, _one  # published Monday 11 March 2024


def _sure(text: str) -> bool:
    """Whether the text's one candidate is on the sure list."""
    return not is_maybe(_one(text))


def _due(candidate: Candidate) -> str | None:
    return None if candidate.deadline is None else candidate.deadline.due.date().isoformat()


# -- 1. "today" that belongs to a saying next to the act does not time the act -----------


@pytest.mark.parametrize(
    ("text", "sure", "due"),
    [
        (
            "The minister announced today that the ministry is hosting a summit on 4 June.",
            False,
            "2024-06-04",
        ),
        (
            "The Secretary hosts the summit in Rome on 4 June, the ministry confirmed today.",
            True,
            None,
        ),
        ("The company confirmed this morning that it opens its new plant on 1 May.", False, None),
        (
            "Today, the Prime Minister travels to Washington, where he meets the President on "
            "Thursday.",
            True,
            "2024-03-14",
        ),
    ],
)
def test_a_today_of_the_saying_leaves_the_act(text: str, sure: bool, due: str | None) -> None:
    candidate = _one(text)
    assert is_maybe(candidate) is not sure, candidate
    if due is not None:
        assert _due(candidate) == due, candidate


@pytest.mark.parametrize(
    "text",
    [
        "Today, the Prime Minister travels to Washington, where he meets the President.",
        "Today, the Ministry is hosting a forum, the minister confirmed.",
    ],
)
def test_an_act_today_with_no_later_stop_stays_dropped(text: str) -> None:
    assert _found(text) == []


# -- 2. a lobby briefing's "would" is the briefer's only for the Government's side ---------

_BRIEFING_LEAD = (
    "Asked about the summit, the PMOS said that the Prime Minister looked forward to it.\n\n"
    "Asked about the budget talks, the PMOS said that the Government's position was known.\n\n"
    "The PMOS said that ministers had discussed the rebate at Cabinet.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "That would mean higher taxes by 2026.",
        "The opposition would vote against the bill on Tuesday.",
    ],
)
def test_a_briefing_leaves_others_would_a_hypothetical(text: str) -> None:
    assert not [c for c in _found(_BRIEFING_LEAD + text) if "would" in c.quote]


def test_a_briefing_does_not_make_others_would_sure() -> None:
    found = _found(_BRIEFING_LEAD + "A Labour government would scrap the scheme by 2026.")
    candidate = next(c for c in found if "Labour" in c.quote)
    assert is_maybe(candidate), candidate


def test_a_briefing_still_reports_the_governments_would() -> None:
    found = _found(_BRIEFING_LEAD + "The Prime Minister would visit Leeds on Friday.")
    candidate = next(c for c in found if "Leeds" in c.quote)
    assert _due(candidate) == "2024-03-15", candidate


# -- 3. "This is what we will deliver": a first-person pledge, not a thing talked about ----


@pytest.mark.parametrize(
    "text",
    [
        "This is what we will deliver by 2030: 40 new hospitals.",
        "Here is what the Government will do: publish the bill by June.",
        "That is what we will do by June.",
    ],
)
def test_what_we_will_do_is_sure(text: str) -> None:
    assert _sure(text)


def test_what_another_will_decide_stays_doubted() -> None:
    # Set aside since stop 50 (tune13a): no candidate at all, let alone a sure one.
    assert not [c for c in _found("He explained what the council will decide by June.")]


# -- 4. one hope rule: "hoped()" alone, so a hope's neighbour or a name stays --------------


@pytest.mark.parametrize(
    "text",
    [
        "The Hope Foundation will open a shelter by June.",
        "The minister, who is hoping for a quick deal, will publish the bill next week.",
        "We hope to finish by June, and we will publish the report on Friday.",
        "We hope to finish by June; we will publish the report on Friday.",
    ],
)
def test_a_commitment_beside_a_hope_is_proposed(text: str) -> None:
    found = _found(text)
    assert [c for c in found if "will" in c.cue], found


# -- 5. a court's ruling orders; a named government speaker's "must" commits -------------


@pytest.mark.parametrize(
    "text",
    [
        "Under the ruling, the company must repay the loan by 2027.",
        "The court ruled that the company must repay the loan by 2027.",
        "The company must repay the loan by 2027, the minister said.",
        "Britain must meet its climate targets by 2030, the Prime Minister said.",
        "The minister said the company must repay the loan by 2027.",
    ],
)
def test_an_ordered_or_stated_must_is_sure(text: str) -> None:
    assert _sure(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council must publish its accounts by 30 June.",
        "The company must repay the loan by 2027, the campaigners said.",
    ],
)
def test_a_must_laid_on_others_by_no_government_stays_doubted(text: str) -> None:
    assert not _sure(text)


# -- 6. "welcome ... to <Capital>" reads only as far as the first "to" --------------------


def test_welcoming_a_decision_to_extend_is_no_hosting() -> None:
    assert _found("Farmers will welcome the decision to extend the scheme to Scotland.") == []


# -- the last review of the change ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He would travel to Brussels on Thursday to meet the Commission President.",
        "The Chancellor would publish the Budget on 6 March.",
        "The Foreign Secretary would travel to Kyiv on Thursday.",
    ],
)
def test_a_briefing_reports_the_governments_would_at_a_sentences_start(text: str) -> None:
    found = [c for c in _found(_BRIEFING_LEAD + text) if "would" in c.quote]
    assert found and not is_maybe(found[0]), found


@pytest.mark.parametrize(
    "text",
    [
        "Today the Department launches a consultation at the conference, where ministers speak "
        "on Thursday.",
        "The Department launches a 12-week consultation today, where responses are due by 1 June.",
    ],
)
def test_a_where_clause_keeps_only_a_trip_ahead(text: str) -> None:
    # an act under way today stays no pledge; only a trip's next stop is ahead of it
    assert not _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company must repay the loan by 2027, the opposition spokesman said.",
        "The shadow Chancellor said the company must repay the loan by 2027.",
        "The union President said the company must repay the loan by 2027.",
    ],
)
def test_a_must_stated_by_the_opposition_or_a_union_stays_doubted(text: str) -> None:
    assert not _sure(text)


@pytest.mark.parametrize(
    "text", ["Here's what the Government will do by June.", "That's what we will deliver by 2030."]
)
def test_what_we_will_do_is_sure_when_contracted(text: str) -> None:
    assert _sure(text)
