"""An Irish House's Order of Business: the day's business its Leader proposes.

The Dáil and the Seanad open the day with the Order of Business, read out by the
Taoiseach, the Tánaiste or the Leader of the Seanad in a fixed form: "It is proposed to
take No. 10, motion re ...", "It is proposed, notwithstanding anything in Standing
Orders, that No. 10 shall be decided without debate", "No. 2 is statements on the
Corrib gas field to be taken at 12.45 p.m.", "Private Members' business shall be No.
33". Each is the House's scheduled business (CONVENTIONS 1.3), whatever cue it has or
lacks ("It is proposed to take Nos. 1, 2 and 3 in that order" names no time and no
actor). The speaker is whoever reads it out (the turn's label) or, when the copy names
nobody, the Government, whose business the Order is.

Only the form counts, and only in a text about an Order of Business: "Item No. 7 is a
very important matter" and "The Order of Business today is Nos. 1, 2 and 3" (a list of
what the lines below say) are not items; nor is "It is proposed" in other prose.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from bot.core.extract.candidate import MAYBE_BELOW, Candidate
from bot.core.extract.timeframe import TimeFrames

_ORDER = re.compile(r"\bOrder\s+of\s+Business\b")
# "It is proposed to take", "It is proposed, notwithstanding anything in Standing Orders,
# that", "No. 2 is statements", "Private Members' business shall be No. 33".
_ITEM = re.compile(
    r"\s*(?:It\s+is\s+(?:also\s+)?proposed(?:,[^,]{1,80},)?\s+(?:to|that)\s|"
    r"No\.\s*\d+\s+is\s|Private\s+Members[’']?\s+business\s+shall\s+be\b)"
)
# Who proposes it when the copy names nobody.
_PROPOSER = "the Government"


def proposed_item(
    text: str,
    whole: str,
    found: Candidate | None,
    voice: Callable[[], str | None],
    times: TimeFrames,
) -> Candidate | None:
    """The sentence `text` (in `whole`) as an item an Order of Business proposes, the
    reader's (`voice`) or the Government's: `found` by its own cue with that speaker, or
    the item itself, due at its own time if it has one. Any other sentence: `found`."""
    if _ITEM.match(text) is None or _ORDER.search(whole) is None:
        return found
    speaker = voice() or _PROPOSER
    if found is not None:
        return dataclasses.replace(found, speaker=speaker)
    deadline = times.ahead(text, 0, len(text))
    return Candidate(
        speaker=speaker,
        promise=text.strip().rstrip("."),
        quote=text.strip(),
        deadline=deadline,
        deadline_text=deadline.matched if deadline else None,
        confidence=MAYBE_BELOW,
        cue="proposed",
    )
