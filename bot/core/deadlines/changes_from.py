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

Stop 45 (CONVENTIONS 3.1a): a ban or a duty that begins on the day, or a rule or setting
changed then in the active voice, is such a change too: "From 1 April retailers may no
longer sell ...", "From 6 April employers must report ...", "From Monday, drivers will have
to ...", "From 1 July 2024, the residence requirements ... will change", "From 1 April, the
price cap will rise"; an offer or activity open from the day still is not ("will be able
to", "can apply", "will be processed").

Stop 39j: a heading that is the day alone ("From Tuesday, 1 December:", a line of its own
closed by a colon) opens the list of what changes that day, as a fronted "from <day>," opens
the clause that puts a change in place: due that day. A heading with a subject of its own
("From and including the 11 August release, the Bank will:", "Beginning April 21, Visitor
Center hours include:") names what goes on from the day, and stays a start.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses

# what may stand before a fronted "from": nothing, a linking word, or "<says> that"
_OPENS: Final = re.compile(
    r"(?:^|[.!?:;]\s+|\n|•\s*)(?:(?:also|and|but|so|then|meanwhile),?\s+)?$"
    r"|\b(?:says?|said|announced|confirmed|stated|explained|means)\s+that\s+$"
)
# or a leading phrase of its own, set off by a comma, that opens the sentence ("Subject to
# the introduction of further planned legislation, from 1st January 2023, it will be
# mandatory for ...": read as a start only, stop 56)
_LEADS: Final = re.compile(
    r"(?:^|[.!?:;]\s+|\n)(?:subject\s+to|under|in\s+line\s+with|as\s+(?:announced|planned"
    r"|set\s+out|agreed))\b[^.!?:;,]{1,120},\s+$"
)
_REACH: Final = 160
# the future passive of a change put in place
_PUT_IN_PLACE: Final = re.compile(
    r"\b(?:will|shall)\s+(?:now\s+|also\s+)?be\s+(?:[a-z]+ly\s+)?(?:implemented|introduced"
    r"|put\s+in\s+place|freed|imposed|enforced|brought\s+in|rolled\s+out|lifted|scrapped"
    r"|abolished|removed|replaced|applied)\b"
    # a state ended that day: "from today, banks will no longer be able to ..." (round 27e)
    r"|\b(?:will|shall)\s+no\s+longer\b"
)


# The words of a ban or a duty, for this fronted form and for conventions.py's "<duty> ...
# from <day>" told before the day: "must", "will have to", "may no longer", "will become
# mandatory", "are now banned"; an adverb may stand before the duty ("will once again need to").
DUTY: Final = (
    r"must|(?:will|shall)\s+(?:(?:once\s+)?again\s+|once\s+more\s+|also\s+|now\s+)?"
    r"(?:have|need)\s+to|(?:may|can)\s+no\s+longer"
    r"|(?:become|becomes|be|is|are)\s+(?:now\s+)?(?:mandatory|compulsory|mandated|obligatory"
    r"|required|obliged|banned|prohibited|illegal|a\s+(?:legal\s+)?requirement)"
)

# CONVENTIONS 3.1a (stop 45): a ban or a duty that begins on the day ("from 1 April
# retailers may no longer sell ...", "from 6 April employers must report ...", "from Monday,
# drivers will have to ...", "face coverings are mandatory"), or a rule or setting that
# changes then in the active voice ("the requirements will change", "the cap will rise",
# "the rule of six will apply", "the curfew will end"). What is merely open or done from the
# day stays a start: "will be able to", "can apply", "will be processed", "will be used".
_RULE_BEGINS: Final = re.compile(
    r"\b(?:"
    + DUTY
    + r"|(?:will|shall)\s+(?:now\s+|also\s+)?(?:change|rise|increase|fall|decrease|double|halve"
    r"|end|cease|expire|apply(?!\s+(?:for|to|online)\b))"
    # the future progressive of such a change: "this dataset will be changing format" (stop 62)
    r"|(?:will|shall)\s+be\s+(?:changing|rising|increasing|falling|decreasing|ending|ceasing))\b"
)

# the day's heading ends at a colon that closes its line
_HEADING_END: Final = re.compile(r"\s*:\s*(?:\n|$)")


def change_from(text: str, from_at: int, end: int) -> bool:
    """The "from" at text[from_at:] opens its sentence or a reported clause, and the clause
    after the day ending at `end` puts a change in place in a future passive, or ends a
    state ("will no longer" with "be": "From 1 January, shops will no longer sell plastic
    bags" is no change here, fronted.py reads it as denied), or makes a ban, a duty or a
    change in the active voice (CONVENTIONS 3.1a: "may no longer sell", "must report")."""
    if _OPENS.search(text, max(0, from_at - 40), from_at) is None and (
        _LEADS.search(text, max(0, from_at - 160), from_at) is None
    ):
        return False
    if _HEADING_END.match(text, end) is not None:
        return True  # "From Tuesday, 1 December:" heading a list of the day's changes
    stop = clauses.WORD_STOP.search(text, end, end + _REACH)
    clause = text[end : stop.start() if stop is not None else end + _REACH]
    if "be" in clause and _PUT_IN_PLACE.search(clause) is not None:
        return True
    return _RULE_BEGINS.search(clause) is not None  # CONVENTIONS 3.1a
