"""A release's standfirst that the body repeats: one pledge, recorded where the body says it.

Issue 13, stop 57, tuner p (precision). A press release opens with a one-sentence summary
under its title ("125 CEOs will join the Prime Minister on a trade mission to India."),
then says it again in the body with its time ("... will join the Prime Minister on a trade
mission to India this week in pursuit of growth"). CONVENTIONS 2.1 labels the body's
sentence and lists the summary as a look-alike, as it does a headline the body repeats; but
a standfirst ends with a full stop, so `passages` does not read it as a headline and
`clauses.without_repeated_headlines` keeps it. The development splits held three such
summaries (No 10 and FCDO releases), all unlabelled, each repeated word for word.

Read narrowly, so that a schedule's lines ("Afterward, the President will participate in a
bilateral meeting with President Quang." / "Later in the afternoon, the President will
participate in a bilateral meeting with Prime Minister Phuc.") and a list's lead-in stay:
- the candidate stands alone in its paragraph, near the top of the text (not its first
  line, which is the title), with no deadline of its own, and does not open a list (":");
- a later candidate that is not a bullet holds nine in ten of its words (`_NEAR_ALL`).
"""

from __future__ import annotations

import re

from bot.core.extract.candidate import Candidate
from bot.core.extract.sentences import BULLET

#: A standfirst sits under the title and the dateline, within the text's first characters.
_LEAD = 1000
#: The share of the standfirst's words a later sentence must hold to repeat it.
_NEAR_ALL = 0.9
#: Too few words to tell a repetition from a shared phrase.
_FEWEST = 4


def _words(text: str) -> set[str]:
    return {word[:5] for word in re.findall(r"[a-z]{4,}", text.lower())}


def _standfirst(candidate: Candidate, text: str) -> bool:
    start = candidate.start
    end = start + len(candidate.quote)
    alone = text[start - 1 : start] == "\n" and text[end : end + 1] in {"\n", ""}
    return (
        0 < start < _LEAD
        and alone
        and candidate.deadline is None
        and not candidate.quote.rstrip().endswith(":")
        and text[start:end] == candidate.quote
    )


def without_repeated_standfirst(candidates: list[Candidate], text: str) -> list[Candidate]:
    """`candidates` without a standfirst (as above) that a later, non-bullet candidate
    repeats."""
    dropped: set[int] = set()
    seen: dict[int, set[str]] = {}  # each later candidate's words, read once
    for number, candidate in enumerate(candidates):
        if candidate.start >= _LEAD:
            break
        if not _standfirst(candidate, text):
            continue
        words = _words(candidate.quote)
        if len(words) < _FEWEST:
            continue
        for other in range(number + 1, len(candidates)):
            later = candidates[other]
            if later.start <= candidate.start or BULLET.match(later.quote):
                continue
            if other not in seen:
                seen[other] = _words(later.quote)
            if len(words & seen[other]) >= _NEAR_ALL * len(words):
                dropped.add(number)
                break
    return [c for number, c in enumerate(candidates) if number not in dropped]
