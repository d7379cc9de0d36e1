"""Issue 13, stop 52, fixer: speaker names /pledge extract got wrong. A firm's seat set off
by commas and closed by a state ("Acme Corp., Covina, Calif., will") is not the speaker;
the firm is. A member's letters ("Lesley Griffiths AM") are no part of the name. The texts
are written for the test."""

from __future__ import annotations

import pytest

from bot.core.extract.speakers import without_letters
from tests.core.releases import found, quoted


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Plantation Pipe Line Company, Alpharetta, Ga., has agreed to replace the "
            "valves on the line by June 30, 2026.",
            "Plantation Pipe Line Company",
        ),
        (
            "Acme Corp., Covina, Calif., will pay a civil penalty of $40,000 by May 1, 2026.",
            "Acme Corp.",
        ),
        (
            "Sunshine Holdings Inc., Tampa, Fla., has agreed to clean the site by the end of 2026.",
            "Sunshine Holdings Inc.",
        ),
        (
            "Harbor Freight Lines, Boise, Idaho, will repay the fees by July 1, 2026.",
            "Harbor Freight Lines",
        ),
        (
            "Lakeside Foods Inc., incorporated in Delaware with offices in Fresno, Calif., "
            "has agreed to remove the tanks by May 1, 2026.",
            "Lakeside Foods Inc.",
        ),
    ],
)
def test_a_seat_between_commas_is_not_the_speaker(sentence: str, speaker: str) -> None:
    mine = quoted(found(sentence), sentence[:30])
    assert mine is not None and mine.speaker == speaker, found(sentence)


def test_a_named_person_between_commas_is_still_the_speaker() -> None:
    # no state closes the commas: the apposition names the one who acts
    sentence = "The Minister, Jane Roe, will publish the plan by June 30, 2026."
    mine = quoted(found(sentence), "publish the plan")
    assert mine is not None and mine.speaker != "The Minister", found(sentence)
    assert mine.speaker in {"Jane Roe", "The Minister, Jane Roe", "the Minister"}


# A member's letters after the name ("AM", "MSP", "MS") are no part of the speaker.
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Statement by Lesley Griffiths AM, Cabinet Secretary for Energy\n\n"
            "We will publish the new plan by June 2026.",
            "publish the new plan",
            "Lesley Griffiths",
        ),
        (
            '"We will open ten new schools by 2027," said Kirsty Williams AM.',
            "ten new schools",
            "Kirsty Williams",
        ),
        (
            "Jeane Freeman MSP, the Health Secretary, said the board will publish its "
            "review by March 2027.",
            "publish its review",
            "Jeane Freeman",
        ),
        (
            '"We will reopen the line by 2027," said Ken Skates MS.',
            "reopen the line",
            "Ken Skates",
        ),
    ],
)
def test_a_members_letters_are_dropped_from_the_speaker(
    text: str, words: str, speaker: str
) -> None:
    mine = quoted(found(text), words)
    assert mine is not None and mine.speaker == speaker, found(text)


def test_letters_that_are_the_whole_speaker_stay() -> None:
    assert without_letters("MS") == "MS"
    assert without_letters("the AM group") == "the AM group"
    assert without_letters("Lesley Griffiths AM") == "Lesley Griffiths"
    assert without_letters("Jane Roe, MLA") == "Jane Roe"
