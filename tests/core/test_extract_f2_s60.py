"""Issue 13, stop 60, recall helper f2 (branch issue13f1-s60): a wrong speaker of blind142
and a missed kind of blind143.

A minister's "we" in the paragraphs after "The Foreign Secretary yesterday said:" is not the
person the speech itself speaks of ("We have seen the US and President Trump pursue a just
peace"): a person named in a sentence whose subject is "we" or "I" is spoken of, not the
speaker.

A plan or a text in the making, told in the present progressive passive ("The third Railway
Safety Programme is being finalised by the Railway Safety Task Force", a Dáil written answer)
is the body's plan. The texts are written for the test, after the kinds of the misses."""

from __future__ import annotations

import pytest

from tests.core.releases import found, quoted

SPEECH = (
    "Foreign Secretary pledges £5m to the Flood Recovery Fund\n\n"
    "Speaking at the summit in Geneva yesterday (Wednesday 3 December), the Foreign Secretary "
    "pledged £5 million to the Flood Recovery Fund.\n\n"
    "The Foreign Secretary yesterday said:\n\n"
    "Resilience is at the heart of our security. We are here to affirm our support for the "
    "towns that flooded.\n\n"
    "We have seen the UN and President Jonathan Pike pursue a lasting recovery for the region. "
    "We have seen the damage the water did to homes.\n\n"
    "That is why I am announcing the additional funding for repairs. We will continue to work "
    "to get families back into their homes before the winter.\n"
)


def test_a_person_a_we_speaks_of_is_not_the_we() -> None:
    hit = quoted(found(SPEECH), "We will continue to work")
    assert hit is not None, found(SPEECH)
    assert "Pike" not in (hit.speaker or ""), hit


def test_a_person_named_by_a_third_party_sentence_still_stands() -> None:
    text = (
        "Mayor Jonathan Pike visited the flooded streets on Monday.\n\n"
        "We will continue to work to get families back into their homes before the winter.\n"
    )
    hit = quoted(found(text), "We will continue to work")
    assert hit is not None, found(text)
    assert "Pike" in (hit.speaker or ""), hit


ANSWER = (
    "Minister for Transport (Mr. Jim Doyle): The rail network is maintained by the company "
    "under its multi-annual contract.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fourth Road Safety Programme is being finalised by the Road Safety Working Group.",
        "A new regional bus strategy is currently being prepared by the Department.",
        "Revised guidelines are now being drafted for the county councils.",
    ],
)
def test_a_plan_in_the_making_is_a_plan(sentence: str) -> None:
    """A programme, strategy or text being finalised, prepared or drafted is a plan of
    the body (CONVENTIONS 1.5), read in the present progressive passive."""
    hit = quoted(found(ANSWER + sentence), sentence[:40])
    assert hit is not None, found(ANSWER + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # What is done to a plan by others, and no plan at all.
        "The programme is being criticised by the opposition parties.",
        "The bridge plan is being debated in the council chamber.",
    ],
)
def test_a_plan_talked_about_is_no_plan(sentence: str) -> None:
    assert quoted(found(ANSWER + sentence), sentence[:40]) is None, found(ANSWER + sentence)


RELEASE = "DUBLIN, 3 March 2026 - The Department of Transport issued a statement.\n\n"


def test_a_target_in_a_relative_clause_does_not_date_the_act() -> None:
    """A time inside a relative clause that names something's target ("a treaty that
    includes a target ... by 2035") is the target's; the act keeps the days of its own
    clause (stop 60, blind142)."""
    sentence = (
        "Envoy Jane Doyle will take part in ministerial talks scheduled for March 18-20 to "
        "help secure a treaty that includes a target to restore or protect at least half of all "
        "wetlands and rivers by 2035."
    )
    hit = quoted(found(RELEASE + sentence), "ministerial talks")
    assert hit is not None and hit.deadline is not None, found(RELEASE + sentence)
    assert (hit.deadline.due.month, hit.deadline.due.day) == (3, 20), hit.deadline
