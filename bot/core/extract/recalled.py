"""History told with a past "when" clause opening the sentence: what was done then.

Issue 13, round 29i (precision). "When the Minister became aware of the fault, she ordered
the agency to open an inquiry", "When Congress charged the regulator with overseeing the
market, it created a federal role": the clause dates the act to a moment already past,
so the order or the charge it frames is history, however firmly it was given. Only a
"when" clause with a subject of its own and a past verb counts ("When asked, the office
confirmed that there would be a briefing" reports a statement, and stays; "When we have
finished the review, we will publish it" looks ahead), and only for a cue that is itself
a past act ("ordered", "charged ... with") or sits inside the clause. A past undertaking
("When she visited the port, she undertook to publish the plan", "pledged to") keeps its
cue: what it promised is still to be done, as it is without the frame. So does a time
frame ahead ("When the Board met on Monday, it agreed to reopen the quay in May" is
reported, with its act still to come).

Each is doubted as "vetoed" (it may only recall a commitment): the sentence moves to the
"maybe" list.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue
from bot.core.extract.cues import IRREGULAR_PAST

# Past forms a "when" clause or a cue may take beyond the regular "-ed".
_IRREGULAR = IRREGULAR_PAST + (
    r"|became|was|were|came|heard|found|knew|wrote|said|brought|chose|rose|fell|lost|"
    r"undertook|set|left|put|ran|struck"
)
# "When <subject> <past verb> ..., ": a subject of its own, then a finite past verb, with
# no present, perfect or future form in the clause.
_WHEN_PAST = re.compile(
    r"^[\W_]*when\s+(?P<clause>(?:(?!\b(?:has|have|will|shall|is|are|am|can|may|do|does)\b)"
    rf"[^,;:]){{1,80}}?\s(?:[a-z]{{3,}}ed|{_IRREGULAR})\b[^,;:]{{0,160}}?),\s",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(rf"(?:[a-z]{{3,}}ed|{_IRREGULAR})\b", re.IGNORECASE)


def recalled_doubt(text: str, cue: Cue, dated: bool) -> str | None:
    """ "vetoed" for a past act (not an undertaking: a "strong" cue) framed by a past
    "when" clause opening the sentence, or any cue inside that clause, with no time frame
    ahead; None otherwise."""
    if dated:
        return None
    frame = _WHEN_PAST.match(text)
    if frame is None:
        return None
    if cue.start < frame.end():
        return "vetoed"
    if cue.kind != "strong" and _PAST_CUE.match(text, cue.start):
        return "vetoed"
    return None
