"""What an agreement asks of others, with no time: set aside, not kept on the "maybe" list.

Issue 13, stop 55 (tuner p). "The leaders agreed that further escalation was in nobody's
interest and that all sides should show restraint", "agreeing that Europe must do
everything possible to keep up the pressure", "The European Council agreed that there
needs to be a package": the parties agree on what others should do.
`describing.agreed_for_others` already kept such a cue below the sure list; on the "maybe"
list it still counted as proposed, and the development splits label 9 of the 11 cues it
caps as look-alikes (readouts of the White House, No 10 and the European Council, a Lords
committee's report). Those with no time and no passive are now set aside ("vetoed": it
may only report a commitment), where a member still sees them: 5 of the 9 look-alikes and
1 of the 2 labels (stop 55's measure). "urgently" and "immediately" are read as times, so
"agreed that an investigation must begin immediately" stays a maybe.

A passive after the modal names no other actor and is the parties' own act ("agreed that
efforts must be continued to negotiate a comprehensive agreement", labelled), and stays;
so does a dated demand ("the G7 must send a message at next week's summit").
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue
from bot.core.extract.describing import agreed_for_others

# "should be continued", "must be stepped up": a passive after the agreement's modal.
_PASSIVE_AFTER = re.compile(
    r"\b(?:should|must|needs?\s+to|ought\s+to)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?"
    r"(?-i:[a-z]{3,}(?:ed|en|wn|ght|ilt|ut|ne))\b",
    re.I,
)
# How far after the cue the modal is looked for (`describing._AGREED_DEMAND` reads 150
# characters of subject).
_REACH = 200


def agreed_demand_doubt(text: str, cue: Cue, dated: bool) -> str | None:
    """The doubt of an undated agreement on what others should do, or None."""
    if dated or not agreed_for_others(text, cue):
        return None
    passive = _PASSIVE_AFTER.search(text, cue.end, cue.end + _REACH)
    return None if passive else "vetoed"
