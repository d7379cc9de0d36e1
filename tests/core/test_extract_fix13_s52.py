"""Issue 13, stop 52, fixer: speaker names /pledge extract got wrong. A firm's seat set off
by commas and closed by a state ("Acme Corp., Covina, Calif., will") is not the speaker;
the firm is. A member's letters ("Lesley Griffiths AM") are no part of the name. A public
schedule's "LOCAL" after the time is no part of the office-holder ("9:00 a.m. LOCAL
Secretary Rubio meets ..."). The texts are written for the test."""

from __future__ import annotations

from datetime import UTC, datetime

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


# A travelling office-holder's schedule marks its times as the place's: "LOCAL".
_SCHEDULE = (
    "Office of the Spokesperson\n"
    "***THE DAILY PUBLIC SCHEDULE IS SUBJECT TO CHANGE***\n"
    "SECRETARY JANE MORROW\n"
    "Secretary Morrow is on travel to Japan and Korea from March 4-7, 2026.\n"
    "9:00 a.m. {marker} Secretary Morrow meets with the Foreign Minister of Japan in Tokyo.\n"
    "(POOLED PRESS COVERAGE)\n"
    "2:30 p.m. {marker} Secretary Morrow delivers remarks to embassy staff in Tokyo.\n"
    "(CLOSED PRESS COVERAGE)\n"
)


@pytest.mark.parametrize("marker", ["LOCAL", "LOCAL TIME", "(LOCAL)", "local time"])
def test_a_schedules_local_marker_is_not_the_speaker(marker: str) -> None:
    text = _SCHEDULE.format(marker=marker)
    candidates = found(text)
    for words, hour in (("meets with the Foreign Minister", 9), ("delivers remarks", 14)):
        mine = quoted(candidates, words)
        assert mine is not None and mine.speaker == "Secretary Morrow", candidates
        # the day and the clock are read as before the marker was known
        assert (
            mine.deadline is not None
            and mine.deadline.due.date() == datetime(2026, 3, 4, tzinfo=UTC).date()
        )
        assert mine.deadline.due.hour == hour, mine.deadline
