"""Issue 13, round 30a: who speaks a sentence whose clause names no actor (`speech`).

The texts are written for the test: a letter signed by a secretary whose "I will" is the
writer's, and a notice whose impersonal line is the issuing board's, not the company
named just before it. The contrast: a clause with an actor keeps it.
"""

from __future__ import annotations

import pytest

from bot.core.extract.passages import Sentence
from bot.core.extract.speech import model, writer_of
from tests.core.releases import found, quoted

LETTER = (
    "Letter Signed by the Transport Secretary\n\n"
    "Dear Harbour Masters:\n\n"
    "Thank you for your work on the port safety plans this winter. Ports, along with "
    "local pilots and crews, are the most important partners in keeping ships safe. "
    "I will publish the revised safety code by 30 June 2026.\n\n"
    "Sincerely,\n\nMara Quint\n"
)


def test_a_signed_letters_i_is_its_writer() -> None:
    mine = quoted(found(LETTER), "I will publish")
    assert mine is not None and mine.speaker == "the Transport Secretary"


def test_the_writer_comes_from_the_heading_or_the_signature() -> None:
    assert writer_of(LETTER) == "the Transport Secretary"
    signed = LETTER.replace("Letter Signed by the Transport Secretary\n\n", "")
    assert writer_of(signed) == "Mara Quint"
    assert writer_of("Statement by the Secretary or Deputy Secretary\n\nWe will.") == (
        "the Secretary"
    )
    assert writer_of("Ferry timetables change in spring.\n") is None


def test_a_clause_with_an_actor_keeps_it() -> None:
    text = LETTER.replace("I will publish", "The Coastguard will publish")
    mine = quoted(found(text), "will publish")
    assert mine is not None and mine.speaker == "the Coastguard"


RELEASE = (
    "Press release issued by the Ministry of Harbours on 3 March 2026.\n\n"
    "The Deputy Prime Minister met ferry operators in Eastport on Monday.\n\n"
)


def test_a_releases_impersonal_line_is_its_issuers() -> None:
    text = RELEASE + "The new guidance will apply regardless of the age of the ferry.\n"
    mine = quoted(found(text), "The new guidance will apply")
    assert mine is not None and mine.speaker == "the Ministry of Harbours"


class _Unguessed:
    """A release whose older rules found nobody before sentence 0: no actor named, no
    person in the context (the extractor, as `speech` reads it)."""

    text = "The timetable will change on 1 June 2026.\n"
    sentences = [Sentence(0, text.strip(), 0, False)]

    def _release_body(self) -> str | None:
        return "the Ministry of Harbours"

    def _writer(self, index: int) -> str | None:
        return None

    def _last_actor(self, index: int, *, person: bool, plural: bool = False) -> str | None:
        return None

    def _from_context(self, index: int, *, person: bool) -> str | None:
        return None


def test_an_unvoiced_line_with_no_guess_stays_without_a_speaker() -> None:
    # The model replaces a guess; it gives no speaker to a sentence that had none, since
    # a speaker raises a look-alike's confidence. The issuer is there, and not taken.
    voices = model(_Unguessed())
    assert voices.issuer == "the Ministry of Harbours"
    assert voices.fallback(0, "The timetable", "the timetable") is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # "We have held ... and plan to": the later verb has no subject of its own; the
        # "we" opening the sentence is the person the text last named, not the bureau.
        (
            "Press release issued by the Bureau of Land Sales on 3 March 2026.\n\n"
            "Jane Smith leads the sales team.\n\n"
            "We have held 17 sales and plan to hold 20 more by December.\n",
            "plan to hold 20 more",
            "Jane Smith",
        ),
        # Issued by an office one person holds: the person the story names may hold it.
        (
            "Press release issued by the President on 3 March 2026.\n\n"
            "President Barack Obama visited Eastport on Monday.\n\n"
            "A new library will open by June 2027.\n",
            "A new library will open",
            "Barack Obama",
        ),
    ],
)
def test_the_older_guess_stands_against_the_issuer(text: str, words: str, speaker: str) -> None:
    mine = quoted(found(text), words)
    assert mine is not None and mine.speaker == speaker


def test_a_transcripts_i_stays_the_turns_speaker() -> None:
    # Guard, not a fix: main already gives "I'll" to the turn's speaker; the model's
    # writer (none here) must not take it over.
    text = (
        "MS. ODUYA: Good morning. Let me start with the river works.\n\n"
        "MR. LINDQVIST: Thanks. The Canal Board has finished its survey. I'll tour the "
        "new locks on Thursday with the harbour engineers.\n"
    )
    mine = quoted(found(text), "I'll tour the new locks")
    assert mine is not None and mine.speaker == "Lindqvist"
