"""A change made from a day, told with the day in front (issue 12, round 26e; CONVENTIONS
3.1).

"From 20 October, two more non-financial sanctions will be implemented:", "Also from 26
May 2025 new policy settings will be put in place:", "X says that from the end of July,
barbers and hairdressers will be freed from costly regulations": the "from <day>" opens
the sentence (or the clause a verb of saying reports) and the clause after it puts a new
rule or setting in place, in a future passive. That is a one-off change made that day,
due then, as "Beginning <day>, ... will ..." is (begins_on.py). An open activity or state
from the day ("From 20 October, visitors can apply online", "From 11 July we will publish
proposals", "It shall apply from 1 January") stays a start, as earlier sets label it.

Round 27e: a state ended that day is such a change too ("This means that from today, banks
will no longer be able to ..."): the "no longer" tells what the change is, it does not deny
the day (fronted.denied asks here before it reads the clause after the comma as a denial).

Stop 39j: a heading that is the day alone ("From Tuesday, 1 December:", a line of its own
closed by a colon) opens the list of what changes that day, as a fronted "from <day>," opens
the clause that puts a change in place: due that day. A heading with a subject of its own
("From and including the 11 August release, the Bank will:", "Beginning April 21, Visitor
Center hours include:") names what goes on from the day, and stays a start.
"""

from __future__ import annotations

import re

from bot.core.deadlines import clauses

# what may stand before a fronted "from": nothing, a linking word, or "<says> that"
_OPENS = re.compile(
    r"(?:^|[.!?:;]\s+|\n|•\s*)(?:(?:also|and|but|so|then|meanwhile),?\s+)?$"
    r"|\b(?:says?|said|announced|confirmed|stated|explained|means)\s+that\s+$"
)
_REACH = 160
# the future passive of a change put in place
_PUT_IN_PLACE = re.compile(
    r"\b(?:will|shall)\s+(?:now\s+|also\s+)?be\s+(?:[a-z]+ly\s+)?(?:implemented|introduced"
    r"|put\s+in\s+place|freed|imposed|enforced|brought\s+in|rolled\s+out|lifted|scrapped"
    r"|abolished|removed|replaced|applied)\b"
    # a state ended that day: "from today, banks will no longer be able to ..." (round 27e)
    r"|\b(?:will|shall)\s+no\s+longer\b"
)


# the day's heading ends at a colon that closes its line
_HEADING_END = re.compile(r"\s*:\s*(?:\n|$)")


def change_from(text: str, from_at: int, end: int) -> bool:
    """The "from" at text[from_at:] opens its sentence or a reported clause, and the clause
    after the day ending at `end` puts a change in place in a future passive, or ends a
    state ("will no longer"); either way the clause must hold "be" (a cheap first look, met
    inside "number" too), so "From 1 January, shops will no longer sell plastic bags" is no
    change here (fronted.py reads it as denied)."""
    if _OPENS.search(text, max(0, from_at - 40), from_at) is None:
        return False
    if _HEADING_END.match(text, end) is not None:
        return True  # "From Tuesday, 1 December:" heading a list of the day's changes
    stop = clauses.WORD_STOP.search(text, end, end + _REACH)
    clause = text[end : stop.start() if stop is not None else end + _REACH]
    return "be" in clause and _PUT_IN_PLACE.search(clause) is not None
