"""Judgments on one cue that need only its sentence and the publication date: which
words time it, whether forecasters said it, and whether reported speech moved a
commitment into the past perfect."""

from __future__ import annotations

import re

from bot.core.deadlines import Deadline
from bot.core.extract.clauses import _clean, _Cue, _trailing_attribution
from bot.core.extract.cues import _FORECASTERS, _REPORT, _VERB_CUES
from bot.core.extract.framing import leading_time
from bot.core.extract.speakers import _subject_before
from bot.core.extract.timeframe import TimeFrames


def read_deadline(
    times: TimeFrames, text: str, clause: tuple[int, int], cue: _Cue
) -> Deadline | None:
    """The deadline of a cue's clause, read from the words that time the commitment."""
    start, end = clause
    if cue.kind in _VERB_CUES:
        # "vowed on Monday to cut ..." -- the day of the vow is not the deadline.
        tail = re.search(r"\b(?:to|that)\s", text[cue.start : end])
        if text.startswith("set", cue.start):
            start = cue.start  # "had set a March 16 date for": the goal's own date
        elif tail and not text.startswith(("ahead", "Ahead"), cue.start):
            start = cue.start + tail.start()
        elif cue.kind == "readout":
            start = cue.start  # "spoke yesterday evening ahead of seeing ... next week"
    start, end = _clean(text, start, end)
    found = times.read(text, start, end)
    if found is None:
        found = leading_time(text, start, times, times.published)
    return found


def forecast(text: str, cue: _Cue, speaker: str | None) -> bool:
    """Said by those who predict, not by those who act: analysts, economists, polls."""
    trailing = _trailing_attribution(text, cue.end)
    report = _REPORT.search(text[: cue.start])
    voices = [speaker, trailing[1] if trailing else None]
    if report:
        voices.append(_subject_before(text, report.start()))
    return any(voice and voice.split()[-1].lower().rstrip("s") in _FORECASTERS for voice in voices)


def backshifted(times: TimeFrames, text: str, cue: _Cue) -> bool:
    """Reported speech that moved a commitment into the past perfect: "Anna Berg said
    the minister had undertaken to report back before the summer" (a future date)."""
    if cue.kind not in {"strong", "agree", "commit", "plan"}:
        return False
    before = text[: cue.start]
    if not (_REPORT.search(before) and re.search(r"\bhad\s+(?:\w+ly\s+)?$", before)):
        return False
    found = times.read(text, cue.end, len(text))
    return found is not None and found.due > times.published
