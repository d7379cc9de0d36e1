"""What the extractor hands out: a candidate pledge."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.deadlines import Deadline

#: Candidates scoring below this are dropped: a bare "would" with no speaker or time
#: frame is more often a hypothetical than a promise.
MIN_CONFIDENCE = 0.45
#: Candidates below this are shown under "Maybe" in Discord rather than hidden: recall
#: is kept, and what a member sees first is the confident part.
MAYBE_BELOW = 0.6
#: A sentence the rules set aside (doubted, not refuted) when the caller asks for them
#: (`extract_pledges(..., set_aside=True)`): below every candidate, under "Maybe".
ASIDE_CONFIDENCE = 0.3
#: A sentence read from its form alone, with no cue word weighed (an announced act dated
#: ahead, a noun commitment): kept, but under "Maybe".
FORM_CONFIDENCE = 0.5

# News sentences run to a few hundred characters. Anything much longer is pasted text
# without punctuation, and the per-cue work (quadratic in the sentence) would let one
# paste hold up the bot, so such stretches are not analysed.
MAX_SENTENCE_CHARS = 1200
MAX_CUES_PER_SENTENCE = 12


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sentence that looks like a pledge, with what we could work out about it.

    `quote` is the sentence exactly as it appears in the text and `promise` a slice of
    it, never a rewording, so that what gets recorded can always be traced back to
    the source. `start` (offset of the quote in the text) and `cue` (the words that
    made us think "commitment") are there for ordering and for explaining a verdict.
    `doubt` says why the rules set the sentence aside (None for a candidate they
    propose).
    """

    speaker: str | None
    promise: str
    quote: str
    deadline: Deadline | None
    deadline_text: str | None
    confidence: float
    start: int = 0
    cue: str = ""
    doubt: str | None = None


def quoting(
    text: str,
    bounds: tuple[int, int],
    cue: tuple[int, int],
    speaker: str | None,
    deadline: Deadline | None,
    confidence: float,
    *,
    start: int = 0,
    doubt: str | None = None,
) -> Candidate:
    """A candidate quoting the sentence `text` whole, its promise the slice `bounds` and
    its cue the slice `cue`: what the extractor proposes and what it sets aside alike."""
    return Candidate(
        speaker=speaker,
        promise=text[bounds[0] : bounds[1]],
        quote=text,
        deadline=deadline,
        deadline_text=deadline.matched if deadline else None,
        confidence=confidence,
        start=start,
        cue=text[cue[0] : cue[1]],
        doubt=doubt,
    )
