"""Candidate pledges in pasted news text.

A moderator pastes an article and we point at the sentences worth recording, so that
nobody has to read the whole piece with a highlighter. The rules are deliberately
shallow (regular expressions over sentences, no language model): they must run
offline, be explainable in a code review, and fail in predictable ways. Every
candidate is a suggestion a person confirms with a button, so the rules lean towards
rejecting the familiar false friends of news prose (reported history, questions,
denials, conditional offers) rather than squeezing out the last bit of recall.

The pipeline, per article: split into sentences (keeping exact offsets, so the quote
is a true excerpt), find the commitment cues in each sentence (`clauses`), throw away
cues that sit under a negation, a question, a condition, a request or a past frame, or
that only describe what a thing or someone else will do, attribute the strongest
surviving cue to a speaker (`speakers`, `actors`: transcript labels, written-answer
headings, the institution a release speaks for), ask `bot.core.deadlines` for a time
frame around the clause (`timeframe`), score, and drop a headline the body repeats.

Why rules and not a trained model: on the real corpus a classifier over word n-grams,
trained on one split, did worse on another than the rules did before they had seen it
(`bench/extract_method.py`; with 70 texts, trained on the 47 older ones and tested on
blind2: 0.47 / 0.56 against the rules' 0.62 / 0.69): that is too few texts to learn
from, and the rules' mistakes can at least be read and argued with. Nor did a logistic
combiner over the rules' own evidence (cue kinds, vetoes, speaker kind, dates) earn its
place: fitted with each of blind5-7 left out, it scored 0.78 / 0.76 on them together
against the rules' first runs 0.77 / 0.76 (`bench/extract_loso.py`).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.extract.candidate import ASIDE_CONFIDENCE, MAYBE_BELOW, MIN_CONFIDENCE, Candidate
from bot.core.extract.extractor import Extractor
from bot.core.extract.sentences import sentence_spans, split_sentences
from bot.core.extract.speakers import same_speaker

__all__ = [
    "ASIDE_CONFIDENCE",
    "Candidate",
    "MAYBE_BELOW",
    "MIN_CONFIDENCE",
    "extract_pledges",
    "is_maybe",
    "rank_candidates",
    "same_speaker",
    "sentence_spans",
    "split_sentences",
]


def extract_pledges(
    text: str, published: datetime, tz: str | ZoneInfo = "UTC", *, set_aside: bool = False
) -> list[Candidate]:
    """Candidate pledges in `text`, in reading order, at most one per sentence.

    `published` anchors relative deadlines ("within two weeks" of what?) and decides
    what counts as history ("in February 2022" before it); a naive datetime is read in
    `tz`, the server's time zone. With `set_aside`, the sentences whose commitment the
    rules doubted rather than refuted follow in reading order at `ASIDE_CONFIDENCE`,
    each with its `doubt` (`aside`): what /pledge extract lists under "Maybe".
    """
    if not text.strip():
        return []
    extractor = Extractor(text, published, tz)
    found = extractor.run()
    if not set_aside:
        return found
    return sorted(found + extractor.set_aside(found), key=lambda candidate: candidate.start)


def rank_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Most confident first (reading order among equals): what a member sees first is
    the part we are surest of, and the doubtful rest follows instead of being hidden."""
    return sorted(candidates, key=lambda candidate: (-candidate.confidence, candidate.start))


def is_maybe(candidate: Candidate) -> bool:
    """Below `MAYBE_BELOW`: shown under "Maybe", still one click from being recorded."""
    return candidate.confidence < MAYBE_BELOW
