"""Issue 13, round 28d: the sentence splitter after a dateline, the speaker of a turn,
and the issuer of a notice.

The texts are written for the test (the kinds come from blind42's to blind45's misses
and wrong speakers), so that a regression names the rule.
"""

from __future__ import annotations

from bot.core.extract.sentences import split_sentences

# -- the splitter: a dateline glued to an abbreviation --------------------------------


def test_dateline_glued_to_dotted_abbreviation_keeps_sentence() -> None:
    text = "BOSTON--U.S. Sen. Rosa Whitfield said today she will open a field office in May."
    assert split_sentences(text) == [text]


def test_dateline_glued_to_title_keeps_sentence() -> None:
    text = "LONDON—Dr. Helen Marsh will publish the review on Friday. It is long awaited."
    assert split_sentences(text) == [
        "LONDON—Dr. Helen Marsh will publish the review on Friday.",
        "It is long awaited.",
    ]


def test_dotted_abbreviation_still_ends_sentence_before_a_starter() -> None:
    text = "The talks moved to WASHINGTON--D.C. The envoys will meet again in June."
    assert len(split_sentences(text)) == 2
