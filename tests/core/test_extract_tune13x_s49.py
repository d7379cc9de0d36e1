"""Issue 13, stop 49, tuner x (precision and speaker).

Each text is written for the test.

1. A commitment named as a noun that a thing is said to show ("It underscores our
   unwavering commitment to support Lebanon", "The scheme demonstrates the Government's
   commitment to helping farmers", "a clear demonstration of the UK's commitment to")
   describes the thing by a commitment already held: it states no act of its own
   (CONVENTIONS 2.1). It is set aside as "describes", as "a result of the Department's
   continued commitment to" already is (`procedures`). A commitment given ("reaffirmed
   her commitment to ...") or held ("our commitment to reopen the line by May") still
   reads, and so does "reflects our commitment to", which round 11's labels read as a
   pledge (tested there). With "reflects" too, test rose by 3 rather than 2, but that
   round's development label was lost.
"""

from __future__ import annotations

import pytest

from tests.core.releases import found, quoted, set_aside

RELEASE = (
    "Department for Rural Affairs\n\nThe Department for Rural Affairs today published "
    "figures on farm support. "
)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("It underscores our unwavering commitment to support Lebanon this year.", "underscores"),
        (
            "The actions are a result of the Department's continued commitment to ensuring "
            "that passengers are treated fairly.",
            "result of",
        ),
        (
            "The new scheme demonstrates the Government's commitment to helping farmers.",
            "demonstrates",
        ),
        (
            "The deployment is a clear demonstration of the UK's commitment to defending "
            "the region.",
            "demonstration",
        ),
    ],
)
def test_a_commitment_a_thing_shows_is_set_aside(sentence: str, words: str) -> None:
    set_aside(RELEASE + sentence, words)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The Minister reaffirmed her commitment to reopen the line by May.", "reaffirmed"),
        ("Our commitment to reopen the line by May 2026 stands.", "reopen"),
        ("The Department will reflect the new rules in its guidance by June.", "reflect"),
    ],
)
def test_a_commitment_given_still_reads(sentence: str, words: str) -> None:
    assert quoted(found(RELEASE + sentence), words) is not None


# 2. What a priority, an option, a way or an effect "is to" be, with no time ahead
#    ("The Government's top priority is to grow the economy", "The best option for
#    taxpayers is to file electronically", "The intended effect of this rule is to warn
#    mariners"): a stance or a description, like `claims`' aims with no time (CONVENTIONS
#    2.3). A dated one ("Our priority is to open the bridge by June 2026") stays, and so
#    does an actor's own "is to" ("The Minister is to visit Paris").

CONTEXT = "Department for Education\n\nThe Department for Education published its plans today. "


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The Government's top priority is to grow the economy and improve living standards.",
            "top priority",
        ),
        (
            "This government's overriding priority for capital investment is to ensure "
            "every child has a place at school.",
            "overriding",
        ),
        ('"The best option for taxpayers is to file electronically," Miller said.', "best option"),
        (
            "The intended effect of this rule is to warn mariners in these waters.",
            "intended effect",
        ),
        ("The way to stay on top of your tax return each year is to stay organised.", "The way"),
        # the heads added second (check 661 -> 662): a key, a job, a role, a message
        ("The key for every family is to keep talking to their school.", "The key"),
        ("Our job in this department is to listen to the public.", "Our job"),
    ],
)
def test_a_priority_or_way_that_is_to_is_set_aside(sentence: str, words: str) -> None:
    set_aside(CONTEXT + sentence, words)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Our priority is to open the new bridge by June 2026.", "open the new bridge"),
        ("The Minister is to visit Paris on 12 March.", "visit Paris"),
        # a plan is in scope by the definition of a pledge, dated or not (stop 49 review:
        # it was set aside; S dev 5398 -> 5399, test 1273, check 649)
        ("Our plan is to cut income tax for every working family.", "cut income tax"),
        ("The plan is to reopen the library to the public.", "reopen the library"),
    ],
)
def test_a_dated_priority_or_an_actors_is_to_stays(sentence: str, words: str) -> None:
    assert quoted(found(CONTEXT + sentence), words) is not None
