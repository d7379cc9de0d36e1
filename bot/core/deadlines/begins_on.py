"""A rule or change that begins on a day (issue 12, round 26c; CONVENTIONS 3.1).

"Beginning April 28, all visitors will require an escort", "Starting 1 May, visitors who
have not registered will not be admitted", "Beginning April 21, select roads will open to
wheeled vehicles": the day opens the sentence and the clause after its comma tells, in the
future, of a new rule or a change made that day. The day is its deadline (whether it was
made is checked then), as "will be reduced ... beginning September 10" is (not_open.py).
Hours kept from the day ("Starting on Monday, the office will open at 9 a.m.") start a
timetable and stay a start.
Only a verb that makes the rule or change (`_CHANGES`: "require", "open to", "take effect",
"be abolished") falls due on the day; a state or an activity that only starts then stays a
start, as earlier sets label it (CONVENTIONS 3.2): "Starting Monday, the council will consult
residents", "Beginning July 5, the Exhibition Hall will be temporarily closed",
"will be open beginning January 24", "dairy farmers can enroll", "Visitor Center hours
include:". A denial in the clause is the rule itself ("will not be granted access"), not
the day denied.

A future act of ending or calling off "as of" or "from" a day ("Embassies will cancel all
routine visa appointments as of March 20") is made that day, as "will close from" is.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses, fronted
from bot.core.deadlines.words import CLOCK_AMPM, STARTING

# the lead-in of the day, where its phrase starts: "Beginning", "Starting on"
_LEAD: Final = re.compile(STARTING + r"\b", re.I)
_REACH: Final = 300
# the future verb of the clause after the comma, past "not", "no longer" and an adverb
_FUTURE: Final = re.compile(
    r"\b(?:will|shall)\s+(?P<neg>(?:not|no\s+longer|never)\s+)?(?:[a-z]+ly\s+|also\s+|now\s+)?"
    r"(?P<verb>[a-z]+)(?:\s+(?:[a-z]+ly\s+)?(?P<next>[a-z]+))?"
)
# hours kept from the day ("the office will open at 9 a.m."): a timetable that starts
_CLOCK: Final = re.compile(CLOCK_AMPM, re.I)
# a verb that makes the new rule or change itself ("will require an escort", "will open to
# wheeled vehicles", "will take effect"); any other verb is an activity that starts then
# ("Starting Monday, the council will consult residents", "will review each application
# within 10 days"): a start only, as "run", "continue" or "hold" are
_CHANGES: Final = frozenset(
    (
        "require", "open", "close", "apply", "cease", "end", "stop", "need", "ban", "charge",
        "switch", "move", "change", "replace", "drop", "cut", "raise", "increase", "reduce",
        "lower", "take", "become", "allow", "permit", "prohibit", "restrict", "limit",
        "expire", "lift", "abolish", "introduce", "rise", "fall", "double", "halve",
    )
)  # fmt: skip
# after "be": a new rule or change ("be required", "be abolished"); a state or an activity
# that is open ("be open", "be temporarily closed", "be accepted") is a start only
_CHANGE_BE: Final = frozenset(
    ("required", "abolished", "lifted", "scrapped", "withdrawn", "cancelled", "canceled",
     "ended", "banned", "prohibited", "replaced", "removed", "suspended", "discontinued",
     "granted", "admitted", "charged", "raised", "reduced", "increased", "introduced")
)  # fmt: skip


def rule_begins(text: str, hit_start: int, hit_end: int) -> bool:
    """The day at text[hit_start:hit_end], led in by "Beginning" or "Starting", opens its
    sentence and the clause after it makes a future rule or change that day."""
    if _LEAD.match(text, hit_start) is None or not fronted.opens(text, hit_start, hit_end):
        return False
    stop = clauses.WORD_STOP.search(text, hit_end, hit_end + _REACH)
    clause = text[hit_end : stop.start() if stop is not None else hit_end + _REACH]
    m = _FUTURE.search(clause)
    if m is None or _CLOCK.search(clause) is not None:
        return False  # "Visitor Center hours include:", "the office will open at 9 a.m."
    if m.group("neg"):
        return True  # "will not be granted access": the rule that begins
    verb, after = m.group("verb"), m.group("next") or ""
    if verb == "be":
        return after in _CHANGE_BE
    return verb in _CHANGES


# "will cancel all routine visa appointments as of": an act of ending, made that day
_ENDS: Final = re.compile(
    r"\b(?:will|shall|to)\s+(?:cancel|terminate|discontinue|cease|abolish|eliminate|revoke"
    r"|suspend|end)\b[^.;:!?–—]{0,80}$"
)


def ends_then(lead: str) -> bool:
    """The words before "as of"/"from" hold a future act of ending or calling off."""
    return ("will" in lead or "shall" in lead or "to " in lead) and _ENDS.search(lead) is not None
