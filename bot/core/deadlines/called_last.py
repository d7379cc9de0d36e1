"""Two readings of stop 63 (issue 12, post12 f1) that pick among a sentence's candidates.

- A day the sentence calls the last day ("from 15 December, making 14 December the last day
  to make a booking", "14 December will be the final day for claims") is what the sentence
  calls the deadline, as "the deadline of Friday" is (choose.py's `_key`): read as one day
  among others, the later one ("from 15 December", where the closure starts) won as "the
  later end of a range", a day late with no warning. "The last day of term" describes a day
  and names no deadline: the words must go on with "to" or "for".
- The start of a later act in an absolute clause after a comma ("to launch this October,
  with payments flowing from November") is no deadline when the sentence dates its own act
  before it: read as a month, the start beat the launch as the longer phrase, a month late
  with no warning. Alone ("The scheme starts, with payments flowing from April") it is read
  as before.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.context import Candidate

# right after the day: a linking word, then "the last day to", "the final date for", "the
# closing date for", or "the deadline"
_CALLED: Final = re.compile(
    r"\s*,?\s*(?:(?:is|was|will\s+be|would\s+be|becomes|being|as)\s+)?the\s+"
    r"(?:(?:last|final|closing)\s+(?:day|date)\s+(?:to|for)\b|deadline\b)"
)
# from the comma before the start: ", with payments flowing from ", ", with fines issued from "
_WITH_FROM: Final = re.compile(r",\s*with\s+(?:[a-z'\u2019-]+\s+){1,5}?$")
# the candidate's own opening word
_FROM: Final = re.compile(r"from\s")
_WITH_REACH: Final = 60  # how far before the start the comma may stand


def mark_called(text: str, cands: list[Candidate]) -> None:
    """Mark each candidate the sentence calls the last day (above)."""
    if len(cands) < 2 or ("last" not in text and "final" not in text and "clos" not in text):
        return  # the cheap test first
    for cand in cands:
        if _CALLED.match(text, cand.end) is not None:
            cand.called = True


def drop_with_starts(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates less each later act's start in a ", with ... from" clause (above)."""
    if len(cands) < 2 or "with" not in text:
        return cands
    kept = []
    for cand in cands:
        found = (
            _WITH_FROM.search(text, max(0, cand.start - _WITH_REACH), cand.start)
            if _FROM.match(text, cand.start)
            else None
        )
        if found is not None and any(
            other.end <= found.start() and not (other.res.past or other.res.skip) for other in cands
        ):
            continue
        kept.append(cand)
    return kept
