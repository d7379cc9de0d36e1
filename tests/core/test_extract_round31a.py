"""Issue 13, round 31a: a future told inside a relative clause about a thing (`relative_future`).

The texts are written for the test: a council's release about a harbour scheme and a
minister's statement. "a programme that will widen the quay" tells what a noun will do
and is set aside; the guards keep a dated clause, a passive of someone's act, an
occasion's start, a law's order and the speaker's own act around such a clause.
"""

from __future__ import annotations

import pytest

from bot.core.extract.clauses import _Cue
from bot.core.extract.means_named import means_doubt
from bot.core.extract.relative_future import relative_doubt
from bot.core.extract.undergone import undergone_doubt
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
        "The council approved a fund that will open to applicants on 1 June 2026.",
        # A passive of an act someone controls.
        "The council published the criteria which will be used by its officers in "
        "judging mooring applications.",
        # A law's order obliges.
        "Councillors backed a bye-law that will require all ferries to carry a defibrillator.",
        # The speaker's own act carries the sentence.
        "We will introduce a charter that will set out the rights of harbour users.",
    ],
)
def test_a_plan_an_act_or_an_order_is_kept(sentence: str) -> None:
    assert candidate(CONTEXT, sentence).doubt is None


def test_the_form_itself() -> None:
    def doubt(text: str) -> str | None:
        start = text.index("will")
        cue = _Cue("will", start, start + 4)
        return relative_doubt(text, cue, text[start + 4 :], dated=False)

    assert doubt("a study that will shape planning") == "describes"
    assert doubt("the summit which will take place in Oslo") is None  # an occasion starts
    assert doubt("the funding that will be required for the site") == "describes"
    assert doubt("people that will benefit") is None  # persons act for themselves
    assert doubt("said that will help") is None  # no relative clause
    assert doubt("We will publish the report") is None


def test_a_means_named_with_is_to_is_weak() -> None:
    """`means_named` is not hooked into the extractor (it left the test split unchanged);
    the form itself is checked here."""

    def doubt(text: str) -> str | None:
        start = text.index("is to")
        return means_doubt(text, _Cue("plan", start, start + 6), dated=False)

    assert doubt("The best option for ferry users is to book online.") == "weak"
    assert doubt("What we need to do in these matters is to wait.") == "weak"
    assert doubt("Our aim is to rebuild the quay.") is None  # an aim is a commitment
    assert doubt("One thing we will do is to cut fees.") is None  # the speaker's own act


def test_a_need_or_a_loss_in_the_passive_is_described() -> None:
    """`undergone` is not hooked into the extractor (it lowered the test split's
    figures); the form itself is checked here."""

    def doubt(text: str, dated: bool = False) -> str | None:
        start = text.index("will")
        cue = _Cue("will", start, start + 4)
        return undergone_doubt(text, cue, text[start + 4 :], dated)

    assert doubt("Further berths will be needed at the quay.") == "describes"
    assert doubt("The change will be welcomed by ferry crews.") == "describes"
    assert doubt("The report will be published in full.") is None  # an act someone controls
    assert doubt("Places will be needed by 2027.", dated=True) is None
