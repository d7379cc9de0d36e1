"""Issue 13, round 18 (stop 30): who "he" or "she" is, and who speaks for an impersonal
text. The texts are paraphrases written for the test.

Published on Monday 11 March 2024 at 09:00 UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.extract import Candidate, extract_pledges, same_speaker

PUBLISHED = datetime(2024, 3, 11, 9, 0, tzinfo=UTC)


def _speaker_of(text: str, key: str) -> str | None:
    found: list[Candidate] = [c for c in extract_pledges(text, PUBLISHED, "UTC") if key in c.quote]
    assert found, extract_pledges(text, PUBLISHED, "UTC")
    return found[0].speaker


# -- "the President" is the text's own, not the guest holding another office -----------


@pytest.mark.parametrize(
    "guest",
    [
        "He will host President Anton Berger of Austria for talks in the Oval Office.",
        "He will meet China’s Vice President Li Wen at the palace.",
        "He will lay a wreath with President Sara Okoro of Ghana. He thanks President Okoro.",
        "He will greet Deputy President Jan Ruys at the airport.",
    ],
)
def test_the_office_is_not_resolved_to_a_guest_of_another_office(guest: str) -> None:
    text = (
        "On Monday, the President will travel to Denver. "
        f"{guest}\n\n"
        "On Tuesday, the President will deliver remarks on the economy. "
        "Later in the day, he will travel to Boston for a fundraiser."
    )
    speaker = _speaker_of(text, "he will travel to Boston")
    assert same_speaker(speaker, "the President"), speaker


def test_the_office_still_takes_its_own_holders_name() -> None:
    text = (
        "Secretary of State Ann Marsh will visit Oslo next week. "
        "The Secretary will open the new embassy on Tuesday. "
        "She will then meet students at the university."
    )
    speaker = _speaker_of(text, "She will then meet")
    assert same_speaker(speaker, "Ann Marsh"), speaker


# -- "he" inside a sentence is the person its main clause is about -------------------


def test_a_pronoun_after_its_sentences_subject_is_that_subject() -> None:
    text = (
        "Both of those members of Congress are travelling with us today. "
        "And then the President travels to Texas, where he will spend the weekend at the ranch."
    )
    speaker = _speaker_of(text, "he will spend the weekend")
    assert same_speaker(speaker, "the President"), speaker


# -- a release's "we" is the body its first lines say issued it ---------------------


def test_a_releases_we_is_its_issuer_not_a_body_it_names() -> None:
    text = (
        "PRESS RELEASE : New plan to tackle rogue landlords [May 2024]\n\n"
        "The press release issued by the Ministry of Housing on 3 May 2024.\n\n"
        "Today we are launching a National Lettings Squad led by the Letting Standards Board.\n\n"
        "We will ban upfront fees for all tenancies by next April."
    )
    speaker = _speaker_of(text, "We will ban upfront fees")
    assert same_speaker(speaker, "the Ministry of Housing"), speaker


def test_the_issuer_line_keeps_a_name_with_a_comma() -> None:
    text = (
        "The press release issued by the Department for Levelling Up, Housing and "
        "Communities on 3 May 2024.\n\nWe will publish the new guidance by June."
    )
    speaker = _speaker_of(text, "We will publish")
    assert speaker == "the Department for Levelling Up, Housing and Communities", speaker


def test_our_at_the_start_of_a_sentence_is_the_writers() -> None:
    text = (
        "The press release issued by 10 Downing Street on 3 May 2024.\n\n"
        "Our plan will include building 300,000 new homes by 2029."
    )
    speaker = _speaker_of(text, "Our plan will include")
    assert same_speaker(speaker, "10 Downing Street"), speaker
