"""Issue 13, stop 66: kinds from blind154's and blind155's first-run misses.

The texts are written for the test, so that a regression names the rule.
"""

from __future__ import annotations

from bot.core.extract.sentences import split_sentences

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
