"""The rules of issue 13's twelfth round, one kind per test, each with the plain
sentences it must leave alone.

The sentences are paraphrases written for the test, so that a regression names the rule.
"""

from __future__ import annotations

import pytest

from bot.core.extract import is_maybe
from bot.core.extract.actors import is_actor
from bot.core.extract.clauses import sentence_cues
from bot.core.extract.logistics import company_at_event
from tests.core.test_extract_round4 import _found

# -- press arrangements of a briefing or a schedule -------------------------------------

_EVENT = "On Thursday afternoon, the Governor will visit the new plant in Springfield. "


_ARRANGEMENTS = [
    "That will be open to still photographers.",
    "The dinner will be closed press.",
    "There will be print pool coverage of the Governor's remarks at the hotel.",
    "That is expanded press pool coverage, so you'll meet up with your colleagues there.",
    "This call will be on background, attributable to a senior official.",
    "The teleconference will originate from the agency's headquarters auditorium.",
    "We'll do a quick topper on the week ahead and then I'm happy to take your questions.",
]
# Plain plans near the same words, which the rule must leave alone.
_PLANS = [
    "The President will sign the bill on Wednesday; the signing will be open to press.",
    "The Minister will hold a press conference on Friday to present the plan.",
    "We will publish the background papers before the end of June.",
    "The department will expand coverage of the vaccine programme to all adults by May.",
    "The Governor will meet the pool reporters' editors on Monday to discuss access.",
]


@pytest.mark.parametrize(
    ("text", "pledge"),
    [(text, False) for text in _ARRANGEMENTS] + [(text, True) for text in _PLANS],
)
def test_who_may_cover_an_event_is_no_pledge(text: str, pledge: bool) -> None:
    # After a dated event the arrangement used to borrow its date and pass for a plan.
    quotes = [candidate.quote for candidate in _found(_EVENT + text)]
    assert quotes == [_EVENT.strip()] + [text] * pledge, quotes


# -- who will come along to an event ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Forty chief executives will join the Governor on the trade visit.",
        "Forty companies will join the Governor on the trade visit.",
    ],
)
def test_who_will_come_along_is_doubted(text: str) -> None:
    # Once sure (0.6); a delegation is sometimes the plan, so doubted, not dropped.
    found = [candidate for candidate in _found(_EVENT + text) if candidate.quote == text]
    assert len(found) == 1 and is_maybe(found[0]), found


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Members of the council will also be participating in the event.", True),
        ("Employees and owners of the member firms will be in attendance.", True),
        ("The Governor will be joined by the Minister for Housing and the Mayor.", True),
        ("The Governor will attend the harvest dinner.", False),
        ("Britain will join the alliance in the spring.", False),
        ("The Minister will join the talks in Geneva.", False),
    ],
)
def test_company_at_an_event_is_told_apart_from_attending(text: str, company: bool) -> None:
    # In a schedule whose speaker is named these reach the sure list (blind14 at 0.6).
    cue = next(c for c in sentence_cues(text, headline=False) if c.kind == "will")
    assert company_at_event(text, cue) is company


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday, the Governor will attend the harvest dinner in Springfield.",
        "The Minister will join the talks in Geneva on 3 May.",
        "Britain will join the alliance in the spring.",
        "The Governor will be joined by the Minister for Housing at the opening on Friday.",
    ],
)
def test_a_principal_or_a_dated_joining_stays_sure(text: str) -> None:
    found = [candidate for candidate in _found(_EVENT + text) if candidate.quote == text]
    assert len(found) == 1 and not is_maybe(found[0]), found


# -- a sentence's first word taken for a name ------------------------------------------


def test_a_question_word_is_nobody_s_name() -> None:
    text = (
        "How would you describe your style of leadership? "
        "My style is simple. I will assemble a cabinet that will scrutinize every proposal."
    )
    speakers = [candidate.speaker for candidate in _found(text)]
    assert "How" not in speakers, speakers


@pytest.mark.parametrize("word", ["As", "How", "Date", "Whether"])
def test_a_function_word_alone_is_no_actor(word: str) -> None:
    assert not is_actor(word, f"{word} announced, the agency will act by 3 May.")


@pytest.mark.parametrize("name", ["Trump", "Kerry", "Merkel"])
def test_a_surname_alone_is_still_an_actor(name: str) -> None:
    assert is_actor(name, f"{name} said the talks would resume in June.")
