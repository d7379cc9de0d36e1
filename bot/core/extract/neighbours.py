"""What a sentence takes from the one before it in its paragraph: the reported speech a
briefing runs on in ("the PMS said the three leaders would sit at a top table. There
would be opening and closing remarks."), and the time frame a sentence that tells more
of a plan leaves unsaid ("Secretary Blinken will host a ministerial tomorrow. The
Secretary is convening his counterparts ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.deadlines import Deadline
from bot.core.extract.clauses import _SAID_OWN, _Cue, _trailing_attribution
from bot.core.extract.cues import _REPORT
from bot.core.extract.passages import _Sentence
from bot.core.extract.timeframe import TimeFrames


def _before(sentences: Sequence[_Sentence], index: int) -> _Sentence | None:
    """The sentence before `index` when it is in the same paragraph."""
    if index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph:
        return None
    return sentences[index - 1]


def continued_report(sentences: Sequence[_Sentence], index: int) -> bool:
    """Whether a "would" continues the reported speech of the sentence before it."""
    before = _before(sentences, index)
    if before is None or sentences[index].quote_span is not None:
        return False
    said = _REPORT.search(before.text)
    return said is not None and re.search(r"\bwould\b", before.text[said.end() :]) is not None


def reported_would(sentences: Sequence[_Sentence], index: int, cue: _Cue) -> float:
    """What a "would" cue gains or loses: it is a pledge in reported speech and a
    hypothetical elsewhere; "X said he would" is the reporter's own commitment."""
    sentence = sentences[index]
    text = sentence.text
    reported = (
        _REPORT.search(text[: cue.start]) is not None
        or sentence.quote_span is not None
        or _trailing_attribution(text, cue.end) is not None
        or continued_report(sentences, index)
    )
    own = 0.05 if _SAID_OWN.search(text[: cue.start]) else 0.0
    return own + (0.0 if reported else -0.2)


def dated_before(
    sentences: Sequence[_Sentence], index: int, times: TimeFrames, cue: _Cue
) -> Deadline | None:
    """For a present-tense plan ("is convening", "travels"), the time frame of the
    sentence before, in the same paragraph, when it is ahead."""
    before = _before(sentences, index)
    if before is None or cue.kind != "present":
        return None
    found = times.read(before.text, 0, len(before.text))
    return found if found is not None and found.due > times.published else None
