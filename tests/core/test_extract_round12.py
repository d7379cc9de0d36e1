"""The rules of issue 13's twelfth round, one kind per test, each with the plain
sentences it must leave alone.

The sentences are paraphrases written for the test, so that a regression names the rule.
"""

from __future__ import annotations

import pytest

from tests.core.test_extract_round4 import _found

# -- press arrangements of a briefing or a schedule -------------------------------------

_EVENT = "On Thursday afternoon, the Governor will visit the new plant in Springfield. "


@pytest.mark.parametrize(
    "text",
    [
        "That will be open to still photographers.",
        "The dinner will be closed press.",
        "There will be print pool coverage of the Governor's remarks at the hotel.",
        "That is expanded press pool coverage, so you'll meet up with your colleagues there.",
        "This call will be on background, attributable to a senior official.",
        "The teleconference will originate from the agency's headquarters auditorium.",
        "We'll do a quick topper on the week ahead and then I'm happy to take your questions.",
    ],
)
def test_who_may_cover_an_event_is_no_pledge(text: str) -> None:
    # After a dated event the arrangement used to borrow its date and pass for a plan.
    quotes = [candidate.quote for candidate in _found(_EVENT + text)]
    assert quotes == [_EVENT.strip()], quotes


@pytest.mark.parametrize(
    "text",
    [
        "The President will sign the bill on Wednesday; the signing will be open to press.",
        "The Minister will hold a press conference on Friday to present the plan.",
        "We will publish the background papers before the end of June.",
        "The department will expand coverage of the vaccine programme to all adults by May.",
        "The Governor will meet the pool reporters' editors on Monday to discuss access.",
    ],
)
def test_plain_plans_near_press_words_stay_pledges(text: str) -> None:
    quotes = [candidate.quote for candidate in _found(_EVENT + text)]
    assert quotes == [_EVENT.strip(), text], quotes
