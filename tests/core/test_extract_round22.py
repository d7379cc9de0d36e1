"""Issue 13, round 22: how things go is told, not pledged; acts announced in the present
by their noun, by steps under way or by their dates are plans (`procedures`).

The sentences are written for the test (the kinds come from blind32's false candidates
and misses), so that a regression names the rule. A sentence these rules doubt is set
aside (listed under "Maybe" with its doubt), not hidden; the contrasts stay candidates.
"""

from __future__ import annotations

from functools import partial

import pytest

from bot.core.extract import extract_pledges
from bot.core.extract.clauses import sentence_cues
from bot.core.extract.procedures import told_doubt
from tests.core.releases import PUBLISHED, candidate, only_set_aside
from tests.core.releases import found as _found

# A release of a named body, so that a cue in the sentences below earns a speaker.
CONTEXT = "The Harbour Authority has published its plans for the spring.\n\n"
_only_set_aside = partial(only_set_aside, CONTEXT)
_candidate = partial(candidate, CONTEXT)


# -- a procedure, what a thing needs --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "doubt"),
    [
        (
            "Once the Senate has ratified the treaty, the joint committee will draft the "
            "implementing regulations.",
            "conditional",
        ),
        (
            "After the tender has been evaluated by the panel, the contract will be awarded "
            "to the lowest bidder.",
            "conditional",
        ),
        ("Any change to the charter will need to be approved by the shareholders.", "describes"),
    ],
)
def test_a_procedure_is_set_aside(sentence: str, doubt: str) -> None:
    _only_set_aside(sentence, doubt)


@pytest.mark.parametrize(
    "sentence",
    [
        # The speaker's own steps, and a procedure with a date of its own, are plans.
        "Once we have reviewed the bids, we will announce the winner by 30 June.",
        "Once the Senate has ratified the treaty, the joint committee will draft the "
        "implementing regulations by 1 May.",
    ],
)
def test_own_or_dated_procedure_stays(sentence: str) -> None:
    _candidate(sentence)


# -- forecasts of a number or of a course -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 40,000 visitors are expected to attend the regatta this summer.",
        "In the lower house we expect to win at least 60 seats.",
        "The polls have closed and counting will continue.",
        "The northern ward will be some time because the margin is so narrow.",
    ],
)
def test_a_forecast_is_set_aside(sentence: str) -> None:
    _only_set_aside(sentence, "forecast")


# -- the reader's guide, the listener's knowledge, a cause, an effect, a stance ------------


@pytest.mark.parametrize(
    ("sentence", "doubt"),
    [
        ("In this briefing pack, you will find the speeches given at the forum.", "describes"),
        ("There will be information on this in today’s press release.", "describes"),
        (
            "The Assembly will be aware that the committee has already reported on the bill.",
            "vetoed",
        ),
        (
            "The programme is the result of the Authority’s continued commitment to cleaner "
            "harbours.",
            "describes",
        ),
        (
            "The ministry said in a statement that the opening of a consulate would “further "
            "strengthen trade ties.”",
            "describes",
        ),
        ("The voters’ priorities will be my priorities.", "describes"),
        ("We will continue working hard for every household.", "describes"),
        ("The quotas agreed to at the summit reflect a careful approach.", "vetoed"),
    ],
)
def test_a_told_sentence_is_set_aside(sentence: str, doubt: str) -> None:
    _only_set_aside(sentence, doubt)


def test_as_we_must_is_an_aside() -> None:
    """ "as we must—" between dashes obliges nobody: the "must" cue is read as weak (in a
    short release it already scores below the floor, so the rule is asked directly)."""
    sentence = "In setting out our course, we are accepting—as we must—that the budget is tight."
    cue = next(c for c in sentence_cues(sentence, False) if c.kind == "must")
    assert told_doubt(sentence, cue, sentence[cue.end :], dated=False) == "weak"


def test_work_with_someone_stays() -> None:
    """Working on with a named partner towards a date is a plan, not a stance."""
    _candidate("We will continue working with the councils to reopen the depots by May.")


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The report was discussed by heads of government in Lisbon.", "heads"),
        ("It shows how vital the port is to the region.", "is to"),
    ],
)
def test_a_noun_is_no_cue(sentence: str, words: str) -> None:
    assert all(sentence[c.start : c.end].strip() != words for c in sentence_cues(sentence, False))


# -- acts announced in the present ----------------------------------------------------------


def test_an_act_announced_by_its_noun() -> None:
    found = _candidate(
        "The Fisheries Service announces the temporary closure of the northern scallop "
        "grounds from 1 April 2026."
    )
    assert found.cue.strip() == "closure"


def test_steps_announced_under_way() -> None:
    found = _candidate(
        "The Minister today announced that the Port Authority is taking a number of steps "
        "to cut delays at the border."
    )
    assert found.cue == "is taking"


def test_a_season_given_by_its_dates() -> None:
    found = _candidate("Trout season dates are April 1 through September 30, 2026 for all rivers.")
    assert found.deadline is not None and found.deadline.due.date().isoformat() == "2026-09-30"


def test_dates_not_given_are_no_plan() -> None:
    """Only dates given as months and days are a schedule: with a date elsewhere in the
    sentence, "dates are subject to" would otherwise be proposed."""
    sentence = "The dates are subject to approval by the board on 1 May 2026."
    listed = extract_pledges(CONTEXT + sentence, PUBLISHED, "UTC", set_aside=True)
    assert all(c.quote != sentence for c in listed), listed


def test_an_act_held_back_until_a_condition_is_a_pledge() -> None:
    """A negative commitment with its condition (CONVENTIONS 1.7) is proposed; a state
    ("will not be ready ... until") is not read so."""
    _candidate(
        "Parliament recalled that it will not ratify any agreement until the court has ruled."
    )
    _only_set_aside("The new ferry terminal will not be ready until the autumn.", "negated")


def test_a_lower_case_line_after_a_colon_is_an_item() -> None:
    text = (
        CONTEXT + "The Mayor will visit the harbour on Friday and:\n\n"
        "open the new ferry terminal at around 10.30\n"
        "meet the lifeboat crew at around 12.00\n\nThe visit is open to the press."
    )
    quotes = [c.quote for c in _found(text)]
    assert any("open the new ferry terminal" in quote for quote in quotes), quotes
