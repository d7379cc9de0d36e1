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

Since 2016 the Dáil's Order of Business is also read out a week at a time, one line a day
(`business_line`, stop 56): "Tuesday's business shall be No. 177, postponed division on
motion re ...", "Today's business shall be No. 5, motion re changes to Standing Orders", and
a late slot of its own, "Second Stage of No. 45, Maternity Protection Bill 2018 shall be
debated in the evening slot". The Seanad's Leader gives a single item the same way ("The
Order of Business is No. 1, Thirtieth Amendment of the Constitution Bill 2012 — Second
Stage, to be taken at the conclusion of the Order of Business") or says the House will not
sit ("It is not proposed to sit tomorrow"). These lines have no cue word of their own
("shall be" names a list, not an act): they were missed, or given to whichever body the
list's titles name. The line's day is when it falls due; a single "No." is required.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable

from bot.core.deadlines import Deadline
from bot.core.extract.candidate import MAYBE_BELOW, Candidate
from bot.core.extract.timeframe import TimeFrames

_ORDER = re.compile(r"\bOrder\s+of\s+Business\b")
# "It is proposed to take", "It is proposed, notwithstanding anything in Standing Orders,
# that", "No. 2 is statements", "Private Members' business shall be No. 33".
_ITEM = re.compile(
    r"\s*(?:It\s+is\s+(?:also\s+)?proposed(?:,[^,]{1,80},)?\s+(?:to|that)\s|"
    r"No\.\s*\d+\s+is\s|Private\s+Members[’']?\s+business\s+shall\s+be\b)"
)
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
# Who proposes it when the copy names nobody: the Dáil's is the Government's business,
# the Seanad's the House's own, read out by its Leader (CONVENTIONS 3.3, stop 67). A
# Seanad's copy says so in its heading ("Seanad Éireann debate -") or speaks of Senators
# more than of Deputies and the Taoiseach.
_PROPOSER = "the Government"
_SEANAD_PROPOSER = "Seanad Éireann"
_SEANAD_HEADING = re.compile(r"\bSeanad\s+Éireann\s+debate\b")
_SENATORS = re.compile(r"\bSenators?\b")
_DAIL_WORDS = re.compile(r"\b(?:Deput(?:y|ies)|Taoiseach|Tánaiste|Dáil\s+Éireann\s+debate)\b")


@functools.lru_cache(maxsize=8)
def proposer(whole: str) -> str:
    """Whose business an Order in `whole` is when the copy names no reader."""
    if _SEANAD_HEADING.search(whole):
        return _SEANAD_PROPOSER
    senators = len(_SENATORS.findall(whole))
    return _SEANAD_PROPOSER if senators > len(_DAIL_WORDS.findall(whole)) else _PROPOSER


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
    if _ITEM.match(text) is None or not in_an_order(whole):
        return found
    speaker = voice() or proposer(whole)
    if found is not None:
        return dataclasses.replace(found, speaker=speaker)
    return _item(text, speaker, times.ahead(text, 0, len(text)), "proposed")


def business_line(
    text: str,
    whole: str,
    found: Candidate | None,
    voice: Callable[[], str | None],
    times: TimeFrames,
) -> Candidate | None:
    """The sentence `text` (in `whole`) as a line of the weekly Order of Business, the
    reader's (`voice`) or the Government's, due on the line's day; any other sentence:
    `found` unchanged."""
    line = _DAY_LINE.match(text)
    if (
        line is None
        and _SINGLE_ITEM.match(text) is None
        and _SLOT.match(text) is None
        and _NO_SITTING.match(text) is None
    ) or not in_an_order(whole):
        return found
    deadline = times.parse(line["day"]) if line is not None else times.ahead(text, 0, len(text))
    cue = line.group(0).strip() if line is not None else "business"
    return order_line(text, found, voice() or proposer(whole), deadline, cue)


def in_an_order(whole: str) -> bool:
    """Whether the text `whole` is (or holds) an Order of Business."""
    return _ORDER.search(whole) is not None


def order_line(
    text: str, found: Candidate | None, speaker: str | None, deadline: Deadline | None, cue: str
) -> Candidate:
    """The line `text` of an Order as the reader's (`speaker`, else the Government's) act,
    due at `deadline` (else at `found`'s): `found` with that speaker and time, or the line
    itself as a candidate of its own."""
    speaker = speaker or _PROPOSER
    if found is not None:
        deadline = deadline or found.deadline
        matched = deadline.matched if deadline else None
        return dataclasses.replace(found, speaker=speaker, deadline=deadline, deadline_text=matched)
    return _item(text, speaker, deadline, cue)


def _item(text: str, speaker: str, deadline: Deadline | None, cue: str) -> Candidate:
    """An item of the Order as a candidate of its own, listed under "maybe"."""
    return Candidate(
        speaker=speaker,
        promise=text.strip().rstrip("."),
        quote=text.strip(),
        deadline=deadline,
        deadline_text=deadline.matched if deadline else None,
        confidence=MAYBE_BELOW,
        cue=cue,
    )
