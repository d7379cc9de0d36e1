"""Issue 13, round 31a: a future told inside a relative clause about a thing (`relative_future`).

The texts are written for the test: a council's release about a harbour scheme and a
minister's statement. "a programme that will widen the quay" tells what a noun will do
and is set aside; the guards keep a dated clause, a passive of someone's act, an
occasion's start, a law's order, a body's act and the speaker's own act around such a
clause.
"""

from __future__ import annotations

import pytest

from bot.core.extract.clauses import Cue
from bot.core.extract.relative_future import relative_doubt
from tests.core.releases import candidate, only_set_aside

CONTEXT = "Harbour Council news release, 3 March 2026.\n\nThe council met in Eastport on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The quay works are part of the Eastport Renewal, a ten-year programme that will "
        "more than double the berths available to fishing boats.",
        "Other items included a bye-law on mooring fees and a directive which will "
        "liberalise ferry ticketing between the islands.",
        "The survey forms part of a wider study that will shape harbour planning for a generation.",
    ],
)
def test_a_relative_future_of_a_thing_is_set_aside(sentence: str) -> None:
    only_set_aside(CONTEXT, sentence, "describes")


@pytest.mark.parametrize(
    "sentence",
    [
        # A time frame ahead: a plan, whoever it is told of.
        "The council approved a fund that will pay grants to boat owners from 1 June 2026.",
        # A passive of an act someone controls.
        "The council published the criteria which will be used by its officers in "
        "judging mooring applications.",
        # A law's order obliges.
        "Councillors backed a bye-law that will require all ferries to carry a defibrillator.",
        # A body set up to act is held to its act.
        "The council set up a taskforce that will review mooring fees across the harbour.",
        # The speaker's own act carries the sentence.
        "We will introduce a charter that will set out the rights of harbour users.",
    ],
)
def test_a_plan_an_act_or_an_order_is_kept(sentence: str) -> None:
    assert candidate(CONTEXT, sentence).doubt is None


def test_the_form_itself() -> None:
    def doubt(text: str) -> str | None:
        start = text.index("will")
        cue = Cue("will", start, start + 4)
        return relative_doubt(text, cue, text[start + 4 :], dated=False)

    assert doubt("a study that will shape planning") == "describes"
    assert doubt("the summit which will take place in Oslo") is None  # an occasion starts
    assert doubt("the funding that will be required for the site") == "describes"
    assert doubt("people that will benefit") is None  # persons act for themselves
    assert doubt("said that will help") is None  # no relative clause
    assert doubt("We will publish the report") is None
