"""Issue 13, stop 52, fixer: speaker names /pledge extract got wrong. A firm's seat set off
by commas and closed by a state ("Acme Corp., Covina, Calif., will") is not the speaker;
the firm is. The texts are written for the test."""

from __future__ import annotations

import pytest

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
