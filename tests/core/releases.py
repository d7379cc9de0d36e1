"""How the precision round tests of issue 13 read a sentence: inside a release of a named
body (the `context` a test module gives), so that a cue earns a speaker, published on
Wednesday 4 March 2026 at 09:00 UTC. A sentence the rules doubt is set aside (listed
under "Maybe" with its doubt), not hidden."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.extract import ASIDE_CONFIDENCE, Candidate, extract_pledges
from bot.core.extract.aside import DOUBTS

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def found(text: str, published: datetime = PUBLISHED) -> list[Candidate]:
    return extract_pledges(text, published, "UTC")


def listed(text: str, published: datetime = PUBLISHED) -> list[Candidate]:
    """Everything /pledge extract lists: the candidates, then the sentences set aside."""
    return extract_pledges(text, published, "UTC", set_aside=True)


def quoted(candidates: list[Candidate], words: str) -> Candidate | None:
    """The first of `candidates` whose quote holds `words`, if any."""
    return next((c for c in candidates if words in c.quote), None)


def set_aside(text: str, words: str, published: datetime = PUBLISHED) -> None:
    """The sentence holding `words` is no candidate, but is listed under "Maybe" with a doubt."""
    assert quoted(found(text, published), words) is None
    aside = quoted(listed(text, published), words)
    assert aside is not None and aside.doubt is not None


def kept(text: str, words: str, published: datetime = PUBLISHED) -> None:
    """The sentence holding `words` is still a candidate."""
    assert quoted(found(text, published), words) is not None


def only_set_aside(context: str, sentence: str, doubt: str) -> None:
    """After `context`, the sentence is no candidate but is listed under "Maybe" with
    `doubt` (a key of `aside.DOUBTS`)."""
    text = context + sentence
    assert all(c.quote != sentence for c in found(text)), found(text)
    listed = extract_pledges(text, PUBLISHED, "UTC", set_aside=True)
    mine = [c for c in listed if c.quote == sentence]
    assert len(mine) == 1 and mine[0].confidence == ASIDE_CONFIDENCE, listed
    assert mine[0].doubt == DOUBTS[doubt], mine


def candidate(context: str, sentence: str) -> Candidate:
    """The undoubted candidate the sentence makes after `context` (it must make one)."""
    mine = [c for c in found(context + sentence) if c.quote == sentence]
    assert len(mine) == 1 and mine[0].doubt is None, found(context + sentence)
    return mine[0]
