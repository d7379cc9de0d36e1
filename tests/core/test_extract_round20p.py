"""Issue 13, round 20 (precision): what a thing is for or will do, a view others stated,
and a headline whose body opens after a dateline dash are no pledges of their own.

The sentences are written for the test (the kinds come from blind31's false candidates),
so that a regression names the rule. A sentence these rules doubt is set aside (listed
under "Maybe" with its doubt), not hidden; the contrasts stay candidates.
"""

from __future__ import annotations

from functools import partial

import pytest

from bot.core.extract.clauses import sentence_cues
from bot.core.extract.extractor import Extractor
from tests.core.releases import PUBLISHED, candidate, only_set_aside
from tests.core.releases import found as _found

# What the sentences below are read in: a release of a named body, so that a cue in them
# earns a speaker (and, before this round, a candidate's confidence).
CONTEXT = "The Environment Agency has announced a new warning service for the Severn.\n\n"
_only_set_aside = partial(only_set_aside, CONTEXT)
_candidate = partial(candidate, CONTEXT)


# -- a purpose or a mission --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The purpose of the resurfacing is to remove the ruts that the floods left behind.",
        "The Harbour Board’s mission is to keep the estuary open to shipping in all seasons.",
        "The objectives of the reform are to simplify the levy and widen its base.",
        "The aim of the workshop is to share what the pilot councils have learned.",
    ],
)
def test_a_purpose_or_a_mission_is_set_aside(sentence: str) -> None:
    _only_set_aside(sentence, "describes")


@pytest.mark.parametrize(
    "sentence",
    [
        "Our aim is to warn every household on the river.",  # someone's own target
        "The purpose of the resurfacing is to reopen the bridge by 30 June.",  # dated
    ],
)
def test_an_aim_of_ones_own_or_with_a_date_stays_a_candidate(sentence: str) -> None:
    _candidate(sentence)


# -- the future of a thing described -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The new flood model will use satellite readings and river gauges.",
        "The aerial survey will cover the northern moors and the valleys below them.",
        "It will take more time than any of us would like to rebuild the harbour wall.",
        "We have agreed measures that will be to the benefit of every tenant.",
    ],
)
def test_the_use_coverage_duration_or_benefit_of_a_thing_is_set_aside(sentence: str) -> None:
    _only_set_aside(sentence, "describes")


def test_a_benefit_is_told_though_the_next_verb_names_a_date() -> None:
    sentence = (
        "We have reached agreements that will be to the benefit of every tenant and will "
        "deliver further progress in the autumn on our reform plans."
    )
    extractor = Extractor(CONTEXT + sentence, PUBLISHED, "UTC")
    index = next(i for i, s in enumerate(extractor.sentences) if s.text == sentence)
    benefit = sentence_cues(sentence, False)[0]
    assert sentence[benefit.start : benefit.end + 18] == "will be to the benefit"
    assert extractor._score(index, benefit)[0] == 0.0
    assert extractor.asides[index][0] == "describes"


def test_a_state_improved_by_a_thing_is_set_aside() -> None:
    _only_set_aside(
        "Our close ties with the river councils will be strengthened further by this visit.",
        "describes",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The afternoon session will cover the new rules for river pilots.",  # an agenda
        "We will use the summer recess to consult every council on the plan.",
        "Our close ties with the river councils will be strengthened further by this visit "
        "in May.",  # dated: the visit is the plan
    ],
)
def test_what_an_event_covers_what_we_will_use_and_a_dated_visit_stay(sentence: str) -> None:
    _candidate(sentence)


# -- a view others stated, noted ------------------------------------------------------------


def test_a_view_of_others_that_the_writer_notes_is_set_aside() -> None:
    _only_set_aside(
        "We have noted the recent statement of the two farming unions that such a Joint "
        "Board would help stabilise prices.",
        "vetoed",
    )


def test_the_owners_own_pledge_in_a_noted_statement_stays_a_candidate() -> None:
    _candidate(
        "We have noted the statement of the Water Board that it would publish its drought "
        "plan by 30 June."
    )


# -- a headline above a body that opens after a dateline dash ---------------------------------


def test_a_headline_is_dropped_when_the_body_after_a_dateline_dash_repeats_it() -> None:
    text = (
        "Highways agency to reopen three river bridges after spring repairs\n\n"
        "LINCOLN, Neb. – The State Highways Agency will reopen three river bridges in April "
        "that were closed for spring repairs:\n\n"
        "- The Elm Street bridge will reopen to traffic April 6.\n\n"
        "- The Mill Road bridge will reopen to traffic April 16."
    )
    quotes = [c.quote for c in _found(text)]
    assert not any(q.startswith("Highways agency") for q in quotes), quotes
    assert any("will reopen three river bridges in April" in q for q in quotes), quotes
