"""Issue 13, round 19 (stop 30): the body behind a release names the actor of its
impersonal and passive commitments, whose subject is a post, a programme or a number;
the candidate's confidence stays what it was. The texts are written for the test.

Published on Tuesday 3 March 2026 at 12:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges, same_speaker
from bot.core.extract.impersonal import agency_line, not_behind

PUBLISHED = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)


def _found(text: str, key: str) -> Candidate:
    found = [c for c in extract_pledges(text, PUBLISHED, "UTC") if key in c.quote]
    assert found, extract_pledges(text, PUBLISHED, "UTC")
    return found[0]


# -- the first sentence's body or office ------------------------------------------------


def test_a_post_to_be_filled_is_the_office_announcing_it() -> None:
    text = (
        "Strategy for carers published\n\n"
        "The Health Minister and the Housing Minister have today launched a strategy for "
        "unpaid carers. It sets out five priorities. "
        "A new Carers Commissioner will be appointed before the end of May 2027.\n"
    )
    found = _found(text, "Carers Commissioner")
    assert same_speaker(found.speaker, "the Health Minister and the Housing Minister")
    # as when the post was taken for the actor (0.8), with the passive act's 0.05 (stop 44)
    assert found.confidence == 0.85


def test_a_programme_spelt_out_in_the_text_is_the_body_s() -> None:
    text = (
        "The Northern Survey Office will spend $9 million on flood mapping this year. The "
        "money comes from the River Basin Mapping Initiative (RiverMap). "
        "RiverMap will fund eleven new channel surveys in 2027.\n"
    )
    found = _found(text, "RiverMap will fund")
    assert same_speaker(found.speaker, "the Northern Survey Office")
    assert found.confidence == 0.8


# -- a line naming the agency --------------------------------------------------------


def test_a_number_is_never_the_actor() -> None:
    text = (
        "FLDA News Release\n\n"
        "Flood help desks open in the valley\n\n"
        "Residents can apply for help online or by phone. "
        "The SMS number will be staffed day and night from 1 May 2026.\n"
    )
    found = _found(text, "SMS number")
    assert found.speaker == "FLDA"
    assert found.confidence == 0.75  # 0.7, with the passive act's 0.05 (stop 44)


def test_a_count_of_posts_in_the_passive_is_the_releasing_body_s() -> None:
    text = (
        "The Culture Office\n\n"
        "Appointments to the new heritage board\n\n"
        "Applications opened on Monday. "
        "Nine Board members will be appointed by the end of July 2026.\n"
    )
    found = _found(text, "Nine Board members")
    assert same_speaker(found.speaker, "the Culture Office")
    assert found.confidence == 0.85  # 0.8, with the passive act's 0.05 (stop 44)


def test_an_unvoiced_we_of_a_release_is_its_agency() -> None:
    text = (
        "FLDA News Release\n\n"
        "New maps of the lower valley. We will publish the full set in June 2026.\n"
    )
    assert _found(text, "We will publish").speaker == "FLDA"


# -- what stays as it was ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a person in the passive, joined by another: the text's own subject
        (
            "The Prime Minister will be joined by the Chancellor on a visit to Leeds on "
            "Friday 6 March 2026.",
            "the Chancellor",
        ),
        # a voice speaks the sentence
        (
            'Minister Ana Ruiz said: "The new guidance will apply from 1 September 2026."',
            "Ana Ruiz",
        ),
    ],
)
def test_a_voice_or_a_named_actor_stays(sentence: str, speaker: str) -> None:
    text = f"FLDA News Release\n\n{sentence}\n"
    assert _found(text, sentence[:20]).speaker == speaker


def test_the_lines_and_phrases_read() -> None:
    assert agency_line("FLDA News Release\n\nText.") == "FLDA"
    assert agency_line("LONDON\n\nText.") is None  # a dateline's city is no agency
    assert agency_line("The Culture Office\n\nText.") == "the Culture Office"
    assert not_behind("the helpline number", "")
    assert not_behind("RiverMap", "the River Basin Mapping Initiative (RiverMap)")
    assert not not_behind("the Northern Survey Office", "")
