"""Issue 13, stop 66: kinds from blind154's and blind155's first-run misses.

The texts are written for the test, so that a regression names the rule.
"""

from __future__ import annotations

from bot.core.extract.sentences import split_sentences
from tests.core.releases import found, quoted

# -- the splitter: an initialism closing a hyphenated compound ------------------------


def test_hyphenated_compound_ending_in_initialism_keeps_sentence() -> None:
    text = "The envoy will open the Canada-U.S. Trade Forum in Ottawa next week."
    assert split_sentences(text) == [text]


def test_hyphenated_initialism_pair_keeps_sentence() -> None:
    text = "Officials will attend the EU-U.K. Summit in Brussels on Monday."
    assert split_sentences(text) == [text]


def test_hyphenated_initialism_still_ends_sentence_before_a_starter() -> None:
    text = "Trade grew under the accord with Mexico-U.S. The ministers will meet in June."
    assert len(split_sentences(text)) == 2


# -- an answer's impersonal plan is no occasion's purpose -----------------------------

ANSWER = "The Minister answered the question on hare coursing.\n\n"


def test_impersonal_intention_without_a_date_is_a_candidate() -> None:
    sentence = (
        "It is intended to publish the reports compiled by the staff of my Department "
        "on the website."
    )
    assert quoted(found(ANSWER + sentence), "It is intended to publish") is not None


def test_occasion_purpose_without_a_date_stays_aside() -> None:
    sentence = "The visit is also intended to advance cooperation on trade."
    assert quoted(found(ANSWER + sentence), "intended to advance") is None
