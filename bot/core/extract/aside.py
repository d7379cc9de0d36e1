"""Sentences the rules set aside: listed under "Maybe" rather than hidden (issue 13, §5).

The extractor drops a commitment cue for many reasons. Some are refutations: a question,
a date already behind, a forecast of markets, a resolve with nothing to check, a claim
the text only guesses at. Others are judgement calls the rules often get wrong on text
they were not written against: a clause read as history, a report or a frame; a negation
after the verb ("will not be released early" is still a checkable commitment); a measure
that "describes what it will do"; a condition read as hypothetical; a cue too weak to
clear `MIN_CONFIDENCE`. On the 558 texts of the seen splits 9% to 19% of the sentences
each of these kinds hides hold a labelled pledge, against 4% to 7% or none for the
refutations (`bench/extract_setaside.py`). A doubted sentence that a refutation after the
doubt also rules out ("Shares will not rise next week, analysts said": negated, and a
forecast) stays hidden, as does any sentence that held a candidate the extractor then
dropped on purpose (a headline the body repeats).

When the caller asks (`extract_pledges(..., set_aside=True)`, which /pledge extract
does), such sentences follow the candidates at `ASIDE_CONFIDENCE`, below the "Maybe"
line, each with the reason it was doubted: a member who wants every pledge of an article
finds them one click away, while what the rules are sure of still comes first.

One doubt is lifted after the run (stop 45): a "will" or "shall" with an act ruled out after
it ("will not be included in the auction") held a labelled pledge in 6 of the 14 such
sentences of the development splits, so `ruled_out` proposes it at `MIN_CONFIDENCE` instead
of setting it aside.
"""

from __future__ import annotations

import dataclasses
import re

from bot.core.deadlines import Deadline
from bot.core.extract.candidate import ASIDE_CONFIDENCE, MIN_CONFIDENCE, Candidate, quoting
from bot.core.extract.clauses import Cue, trailing_attribution
from bot.core.extract.judging import NOT_AN_ACT
from bot.core.extract.passages import Sentence

#: At most this many sentences are set aside, the first in reading order: each costs a second
#: scoring, and /pledge extract shows 20 rows in all, candidates first (`MAX_SHOWN` of the
#: chat layer), so a paste of hundreds of doubted sentences is not scored twice for nothing.
MAX_ASIDES = 20
#: Why a sentence was set aside, as a member reads it next to the sentence.
DOUBTS = {
    "vetoed": "set aside: it may only report or recall a commitment",
    "negated": "set aside: it is negated",
    "describes": "set aside: it may only describe what something will do",
    "conditional": "set aside: it hangs on a condition",
    "forecast": "set aside: it may only forecast a number or a course",
    "weak": "set aside: its wording is a weak sign of a commitment",
}


# A "will" or "shall" ruled out (stop 45, tuner r): "The eight deferred parcels will not be
# included in the auction", "Such articles shall not be exported", "will never again publish".
# Whether it is kept can be checked (CONVENTIONS 1.7), so it is proposed, under "Maybe"; not a
# state or an identity ruled out ("will not be affected", "will not be ready until the autumn",
# "will not be the right answer") nor a disagreement foreseen ("will not always agree").
# "would not" stays set aside: reported, it is as often a spokesman declining to comment or a
# forecast ("would not be retroactive"). Read in any case ("WILL NOT be included", stop 46).
_RULED_OUT = re.compile(
    r"\s+(?:not|never)\s+(?!always\b|"
    rf"be\s+(?:{NOT_AN_ACT}|ready|easy|possible|enough|necessary|the|an?)\b)",
    re.IGNORECASE,
)
# Nor what a thing will not do ("It will not change the rules": an effect), nor a non-event
# others report ("Russia will not attend the talks, officials said").
_THING = re.compile(r"\b(?i:it|this|that|there|which)\s+$")


class SettingAside:
    """What the extractor notes while scoring, and the candidates it makes of it.

    A doubt stops a cue's scoring where it is met, as it always did: the default
    extraction is unchanged. To list a noted sentence, its cue is scored once more with
    no doubt stopping it (`_rescoring`), so every refutation after the doubt (a forecast,
    a resolve, a date behind, "could" with no date, a guessed claim) still rules it out,
    and its speaker, deadline and promise are read as a candidate's are.
    """

    sentences: list[Sentence]
    asides: dict[int, tuple[str, Cue]]
    proposed: set[int]
    _rescoring = False

    def _score(self, index: int, cue: Cue) -> tuple[float, str | None, Deadline | None, int, int]:
        raise NotImplementedError

    def _deadline_line(self, index: int) -> Deadline | None:
        raise NotImplementedError

    def _doubt(self, index: int, cue: Cue, kind: str) -> bool:
        """Whether the cue's scoring stops at this doubt; the sentence's first doubted cue
        is noted. A question is refuted, never doubted."""
        if kind == "vetoed" and self.sentences[index].question:
            return True
        if self._rescoring:
            return False
        self.asides.setdefault(index, (kind, cue))
        return True

    def _clears(self, index: int, cue: Cue, score: float) -> bool:
        """Whether the cue clears `MIN_CONFIDENCE`. A sentence with such a cue is never
        set aside (if it is dropped later, as a headline the body repeats, that is on
        purpose); a cue that scored but below the floor is noted as weak."""
        if round(score, 2) >= MIN_CONFIDENCE:
            self.proposed.add(index)
            return True
        if score > 0:
            self.asides.setdefault(index, ("weak", cue))
        return False

    def set_aside(self, found: list[Candidate]) -> list[Candidate]:
        """The noted sentences that hold no candidate and survive every refutation, in
        reading order."""
        listed = {candidate.quote for candidate in found}
        out: list[Candidate] = []
        for index, (kind, cue) in sorted(self.asides.items()):
            if len(out) == MAX_ASIDES:
                break
            sentence = self.sentences[index]
            if index in self.proposed or sentence.text in listed:
                continue
            candidate = self._aside(index, cue, kind)
            if candidate is not None:
                listed.add(sentence.text)
                out.append(candidate)
        return out

    def ruled_out(self, found: list[Candidate]) -> list[Candidate]:
        """`found` and, in reading order among them, the sentences set aside only as negated
        whose "will" or "shall" rules an act out (`_RULED_OUT`), proposed at `MIN_CONFIDENCE`."""
        listed = {candidate.quote for candidate in found}
        out = list(found)
        for index, (kind, cue) in sorted(self.asides.items()):
            text = self.sentences[index].text
            if kind != "negated" or index in self.proposed or text in listed:
                continue
            if text[cue.start : cue.end].lower() not in {"will", "shall"}:
                continue
            if _THING.search(text, 0, cue.start) or trailing_attribution(text, cue.end):
                continue
            if _RULED_OUT.match(text, cue.end) is None:
                continue
            if (candidate := self._aside(index, cue, kind)) is not None:
                listed.add(text)
                out.append(dataclasses.replace(candidate, confidence=MIN_CONFIDENCE, doubt=None))
        return sorted(out, key=lambda candidate: candidate.start)

    def _aside(self, index: int, cue: Cue, kind: str) -> Candidate | None:
        """The noted cue scored again with its doubts passed over: None if something
        after them rules it out, else a candidate at `ASIDE_CONFIDENCE` with the doubt."""
        self._rescoring = True
        try:
            score, speaker, deadline, start, end = self._score(index, cue)
        finally:
            self._rescoring = False
        if score <= 0:
            return None
        sentence = self.sentences[index]
        deadline = deadline or self._deadline_line(index)
        return quoting(
            sentence.text,
            (start, end),
            (cue.start, cue.end),
            speaker,
            deadline,
            ASIDE_CONFIDENCE,
            start=sentence.start,
            doubt=DOUBTS[kind],
        )
