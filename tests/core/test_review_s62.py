"""Faults the stop 62 review found in that stop's rules (issues 12 and 13), each proven on main
b0f9f97d by a sentence a member could write; every test failed there.

Deadlines read as tests/core/reading.py reads (said on Wednesday 2 December 2026, London);
releases as tests/core/releases.py reads them."""

from __future__ import annotations

from bot.core.deadlines import Deadline
from tests.core.reading import due, read
from tests.core.releases import found, kept, quoted

_SAID = "The Department of Transport said today:\n\n"


# -- possibility._UNREAL: the unreal past ------------------------------------------------------


def test_a_noun_after_could_have_is_no_participle() -> None:
    """ "-ood", "-ound", "-ent" had been read as participle endings: "flood defences" made an
    unreal past and the limit was lost, where "new defences" kept it."""
    assert due("We could have new defences in place by 2028.") == "2028-12-31 23:59"
    assert due("We could have flood defences in place by 2028.") == "2028-12-31 23:59"
    assert due("The council would have independent advice by March.") == "2027-03-31 22:59"


def test_an_aside_to_the_listener_is_no_unreal_past_of_the_clause_after_it() -> None:
    """ "As colleagues would have noticed," had taken the opening's date with it."""
    assert due("As colleagues would have noticed, the scheme opens on 1 March.") == (
        "2027-03-01 23:59"
    )


def test_likely_as_a_nouns_adjective_is_no_hedged_guess() -> None:
    """ "the likely costs" had been read as the hedge "likely" of "I believe ... likely"."""
    text = "I believe the Department will publish the likely costs by Friday."
    assert due(text) == "2026-12-04 23:59"


# -- waits._told_event: a word pointing back to an event ---------------------------------------


def test_subsequently_after_the_vague_word_counts_on_from_its_act() -> None:
    """ "subsequently" after the vague word had been searched for too, and the window lost."""
    text = "We will publish the report immediately and subsequently brief the Committee."
    assert due(text) == "2026-12-09 23:59"


# -- superseded._first_plan: a first plan set aside --------------------------------------------


def test_the_original_deadline_still_to_be_met_stands() -> None:
    assert due("We remain on track to meet the original deadline of 9 August.") == (
        "2027-08-09 22:59"
    )


# -- labels._GRADED: a vague word grading an adjective -----------------------------------------


def test_immediately_accessible_is_a_release_as_immediately_available_is() -> None:
    assert due("The documents will be immediately available to all members.") == (
        "2026-12-09 23:59"
    )
    assert due("The documents will be immediately accessible to all members.") == (
        "2026-12-09 23:59"
    )


# -- conventions._MADE_THEN: a one-off change made from a day ----------------------------------


def test_a_day_owned_by_the_noun_after_it_is_no_change_made_then() -> None:
    """ "from Friday's vote" is the vote's day: it had been read as the day a change is made."""
    assert not isinstance(read("We want to limit the fallout from Friday's vote."), Deadline)
    assert due("The library will close from Monday for refurbishment.") == "2026-12-07 23:59"


# -- extract.due_dates: a filing deadline put to the reader ------------------------------------


def test_a_noun_opening_a_clause_is_no_imperative() -> None:
    """ ", contact with the families" had been read as the imperative "contact"."""
    text = _SAID + "Since March, contact with the families has been made by phone by 5 May 2026."
    assert quoted(found(text), "contact with") is None


# -- extraction: cues.PRESENT_PLAN's "runs until", plain_present._AT_WORK -----------------------


def test_a_standing_terms_end_is_no_plan() -> None:
    """ "runs until" had made a candidate of a contract's or a franchise's term."""
    assert (
        quoted(found(_SAID + "The current franchise runs until March 2031."), "franchise") is None
    )
    kept(_SAID + "The consultation runs until 5 February 2027.", "consultation runs")


def test_updating_a_committee_on_a_text_tells_an_audience_as_the_house_does() -> None:
    text = _SAID + "The Minister is updating the Committee on the consultation today."
    assert quoted(found(text), "updating") is None
    assert (
        quoted(
            found(_SAID + "The Minister is updating the House on the consultation today."),
            "updating",
        )
        is None
    )
    kept(
        _SAID + "My Department is currently reviewing that Preliminary Business Case.", "reviewing"
    )
