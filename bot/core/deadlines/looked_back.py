"""A span after a superlative or "the first ..." led in by "for" (issue 12, stop 56): how
long it has been since the last time, British usage ("the first census information for
seven years", "inflation at its highest level for ten years", "the lowest rate for a
decade"). It measures back from now whatever the tense, so it is no time ahead; and a date
after it is not counted on from ("seven years on 3 December" is no "a week on Tuesday"):
the date is read by itself. past_acts.py reads the same kind led in by "in".

Only when nothing but a noun phrase stands between the superlative and "for": "the first
phase will run for two years" is a window from now (CONVENTIONS 1.1).

A span left open after it ("over the next decade or more", "for five years or longer", "the
next two years and beyond") has no end to check: readers.read_span drops it (`open_ended`),
so the sentence's other time counts, or none.
"""

from __future__ import annotations

import re
from typing import Final

# "the first", "its highest", "their lowest", "the biggest ... ", "the most ...": a
# superlative of the noun phrase; not "latest" nor "earliest" (bounds ahead), nor words
# that only end in "est" ("interest", "request", ...)
_SUPERLATIVE_FOR: Final = re.compile(
    r"\b(?:the|its|their|his|her|our|a)\s+(?:(?!(?:interest|request|west|test|rest|guest"
    r"|forest|harvest|contest|protest|quest|nest|chest|crest|manifest|inquest|conquest|latest"
    r"|earliest)\b)[a-z]{2,}est|best|first|most\s+[a-z]+)\b(?P<gap>[^.;:!?]{0,60}?)"
    r"\bfor(?:\s+(?:over|almost|nearly|more\s+than|about|around|some))?\s*$"
)
# a verb or a clause word between them makes the span the act's own length ("the first
# phase will run for two years", "the first patients to be treated for six months")
_NOT_A_NOUN_PHRASE: Final = re.compile(
    r"\b(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|being"
    r"|has|have|had|to|that|which|who|run|runs|last|lasts|open|opens|stay|stays|remain"
    r"|remains|continue|continues|close|closes|held|kept|extended|valid)\b"
)
# weeks or longer: "the first time for ten minutes" is rare and may be a time ahead
_LONG_UNIT: Final = re.compile(
    r"\b(?:weeks?|months?|years?|decades?|generations?|century|centuries)\b"
)


def superlative_for(before: str, core: str) -> bool:
    """Whether the span `core`, right after `before` (lower case, its clause or the 120
    characters before it), is how far back a superlative reaches ("the first ... for seven
    years")."""
    if not before.rstrip().endswith(
        ("for", "over", "almost", "nearly", "than", "about", "around", "some")
    ):
        return False  # the cheap test first: most spans have no "for" right before them
    m = _SUPERLATIVE_FOR.search(before[-120:])
    return (
        m is not None
        and _NOT_A_NOUN_PHRASE.search(m["gap"]) is None
        and _LONG_UNIT.search(core) is not None
    )


# "over the next decade or more", "for five years or longer", "the next two years and
# beyond": a length with no upper bound sets no end to check (stop 56)
_NO_END_AFTER: Final = re.compile(r"\s+(?:or\s+(?:more|longer)|and\s+beyond)\b", re.I)


def open_ended(text: str, end: int) -> bool:
    """Whether the span ending at `end` of `text` is left open by "or more"/"or longer"."""
    return _NO_END_AFTER.match(text, end) is not None
