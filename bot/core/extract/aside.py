"""Sentences the rules set aside: listed under "Maybe" rather than hidden (issue 13, §5).

The extractor drops a commitment cue for many reasons. Some are refutations: a question,
a date already behind, a forecast of markets, a resolve with nothing to check, a claim
the text only guesses at. Others are judgement calls the rules often get wrong on text
they were not written against: a clause read as history, a report or a frame; a negation
after the verb ("will not be released early" is still a checkable commitment); a measure
that "describes what it will do"; a condition read as hypothetical; a cue too weak to
clear `MIN_CONFIDENCE`. On the 558 texts of the seen splits 9% to 19% of the sentences
each of these kinds hides hold a labelled pledge, against 4% to 7% or none for the
refutations (`bench/extract_setaside.py`).

When the caller asks (`extract_pledges(..., set_aside=True)`, which /pledge extract
does), such sentences follow the candidates at `ASIDE_CONFIDENCE`, below the "Maybe"
line, each with the reason it was doubted: a member who wants every pledge of an article
finds them one click away, while what the rules are sure of still comes first.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.core.deadlines import Deadline
from bot.core.extract.candidate import ASIDE_CONFIDENCE, Candidate
from bot.core.extract.clauses import _clause_bounds, _clean, _Cue, _promise_start
from bot.core.extract.passages import _Sentence

#: Why a sentence was set aside, as a member reads it next to the sentence.
DOUBTS = {
    "vetoed": "set aside: it reads as history, a report or a frame",
    "negated": "set aside: negated after its verb",
    "describes": "set aside: it describes what something will do",
    "conditional": "set aside: it hangs on a condition",
    "weak": "set aside: its wording commits weakly",
}
NOTHING: tuple[float, str | None, Deadline | None, int, int] = (0.0, None, None, 0, 0)


class _SettingAside:
    """What the extractor notes while scoring, and the candidates it makes of it."""

    sentences: list[_Sentence]
    published: datetime
    asides: dict[int, tuple[str, _Cue]]

    def _speaker(self, index: int, cue: _Cue) -> tuple[str | None, bool]:
        raise NotImplementedError

    def _protagonist(self) -> str | None:
        raise NotImplementedError

    def _deadline(self, text: str, clause: tuple[int, int], cue: _Cue) -> Deadline | None:
        raise NotImplementedError

    def _set_aside(
        self, index: int, cue: _Cue, kind: str
    ) -> tuple[float, str | None, Deadline | None, int, int]:
        """Note the sentence's first doubted cue (a question is refuted, not doubted);
        the cue itself scores nothing, as before."""
        if not (kind == "vetoed" and self.sentences[index].question):
            self.asides.setdefault(index, (kind, cue))
        return NOTHING

    def _weak(self, index: int, cue: _Cue, score: float) -> None:
        """Note a cue that scored, but below `MIN_CONFIDENCE`."""
        if score > 0:
            self._set_aside(index, cue, "weak")

    def set_aside(self, found: list[Candidate]) -> list[Candidate]:
        """The noted sentences that hold no candidate, in reading order."""
        listed = {candidate.quote for candidate in found}
        out: list[Candidate] = []
        for index, (kind, cue) in sorted(self.asides.items()):
            sentence = self.sentences[index]
            if sentence.text not in listed:
                listed.add(sentence.text)
                out.append(self._aside(index, cue, kind))
        return out

    def _aside(self, index: int, cue: _Cue, kind: str) -> Candidate:
        sentence = self.sentences[index]
        text = sentence.text
        left, right = _clause_bounds(text, cue)
        start, end = _clean(text, _promise_start(cue, left), right)
        if end <= start:
            start, end = 0, len(text)
        deadline = self._deadline(text, (left, right), cue)
        if deadline is not None and deadline.due < self.published - timedelta(days=1):
            deadline = None  # a date behind is no deadline to keep
        return Candidate(
            speaker=self._speaker(index, cue)[0] or self._protagonist(),
            promise=text[start:end],
            quote=text,
            deadline=deadline,
            deadline_text=deadline.matched if deadline else None,
            confidence=ASIDE_CONFIDENCE,
            start=sentence.start,
            cue=text[cue.start : cue.end],
            doubt=DOUBTS[kind],
        )
