"""The Dáil's weekly Order of Business: a day's business, one line a day.

Since 2016 the Dáil's Order of Business is read out a week at a time, one sentence a day:
"Tuesday's business shall be No. 177, postponed division on motion re ...", "Today's
business shall be No. 5, motion re changes to Standing Orders", and a late slot of its own,
"Second Stage of No. 45, Maternity Protection Bill 2018 shall be debated in the evening
slot". The Seanad's Leader gives a single item the same way ("The Order of Business is No.
1, Thirtieth Amendment of the Constitution Bill 2012 — Second Stage, to be taken at the
conclusion of the Order of Business") or says the House will not sit ("It is not proposed
to sit tomorrow"). Each line is the House's scheduled business (CONVENTIONS 1.3), read out
for the Government, whose business the Order is; the line's day is when it falls due.

`order_of_business.proposed_item` reads the older "It is proposed to take" lines; these
have no cue word of their own ("shall be" names a list, not an act), so without this
module they were either missed or given to whichever body the list's titles name. Only
the form counts, and only in a text about an Order of Business. A summary of the day's
items ("The Order of Business today is Nos. 1, 2 and 3") is not an item (2.5): a single
"No." is required.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from bot.core.extract.candidate import MAYBE_BELOW, Candidate
from bot.core.extract.timeframe import TimeFrames

_ORDER = re.compile(r"\bOrder\s+of\s+Business\b")
_DAY = r"(?:To-?day|To-?morrow|(?:Mon|Tues|Wednes|Thurs|Fri)day)"
# "Wednesday's business shall be No. 21", "Today’s business shall be No. 5".
_DAY_LINE = re.compile(rf"\s*(?P<day>{_DAY})[’']s\s+business\s+shall\s+be\s+No\.\s*\d")
# "The Order of Business is No. 1, ...", "The Order of Business today is No. 1, ...".
_SINGLE_ITEM = re.compile(r"\s*The\s+Order\s+of\s+Business\s+(?:today\s+)?is\s+No\.\s*\d")
# "Second Stage of No. 45, ... shall be debated in the evening slot."
_SLOT = re.compile(
    r"\s*(?:Second|Committee|Report|Final|Report\s+and\s+Final)\s+Stages?\s+of\s+No\.\s*\d+"
    r"[^.;]{0,200}?\b(?:shall|will)\s+be\s+(?:debated|taken)\b"
)
# "It is not proposed to sit tomorrow": a sitting that will not take place (1.7).
_NO_SITTING = re.compile(r"\s*It\s+is\s+not\s+proposed\s+to\s+sit\b")
_PROPOSER = "the Government"


def business_line(
    text: str,
    whole: str,
    found: Candidate | None,
    voice: Callable[[], str | None],
    times: TimeFrames,
) -> Candidate | None:
    """The sentence `text` (in `whole`) as a line of an Order of Business, the reader's
    (`voice`) or the Government's; any other sentence: `found` unchanged."""
    line = _DAY_LINE.match(text)
    if (
        line is None
        and _SINGLE_ITEM.match(text) is None
        and _SLOT.match(text) is None
        and _NO_SITTING.match(text) is None
    ) or _ORDER.search(whole) is None:
        return found
    speaker = voice() or _PROPOSER
    deadline = times.parse(line["day"]) if line is not None else times.ahead(text, 0, len(text))
    if found is not None:
        deadline = deadline or found.deadline
        matched = deadline.matched if deadline else None
        return dataclasses.replace(found, speaker=speaker, deadline=deadline, deadline_text=matched)
    return Candidate(
        speaker=speaker,
        promise=text.strip().rstrip("."),
        quote=text.strip(),
        deadline=deadline,
        deadline_text=deadline.matched if deadline else None,
        confidence=MAYBE_BELOW,
        cue=line.group(0).strip() if line is not None else "business",
    )
