"""A time that opens a reported clause whose own verb is future (issue 12, round 19): "The
Business Committee has agreed that after oral questions on Tuesday, there will be a one-hour
debate", "The Minister confirmed that on 3 March the House will sit late". The past verb is
the report's ("has agreed", "confirmed"); the time stands in front of the clause that "that"
opens, and that clause's verb ("there will be", "the House will") is the one it belongs to.
Read by past_reading.py for a phrase it would otherwise call past.

Only "will", "shall", "'ll" and "is/are (going) to" count as the clause's future: "He said
that on Tuesday the House would sit" is a future told from the past, as likely gone as not.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses
from bot.core.deadlines.context import Hit

# "that", then at most a short lead with no clause mark ("after oral questions "), then the
# phrase: the time is the first thing of the reported clause
_THAT_LEAD: Final = re.compile(r"\bthat\s+(?P<lead>[^,;:.!?()\"]{0,60})$")
# right after the phrase, the clause's subject (a few words, no mark but a leading comma)
# and its future verb: ", there will be", " the House will", " we'll"
_FUTURE_NEXT: Final = re.compile(
    r"[\s,]*(?:[a-z'’-]+\s+){0,6}?(?:will|shall|(?:is|are)\s+(?:going\s+)?to)\b"
    r"|[\s,]*(?:[a-z-]+\s+){0,5}?[a-z]+['’]ll\b"
)
_AFTER: Final = 80  # the subject and its verb lie within this many characters of the phrase


def opens_future_clause(text: str, hit: Hit, clause: str) -> bool:
    """Whether the phrase opens a "that" clause (after a short lead at most) whose own verb,
    right after it, is future."""
    if "that" not in clause:
        return False  # most phrases: no reported clause, nothing more to look at
    m = _THAT_LEAD.search(clause + hit.pre)
    if m is None or clauses.past_form(m.group("lead")):
        return False  # "that the report published on 3 March ...": the lead has a verb
    return _FUTURE_NEXT.match(text[hit.end : hit.end + _AFTER].lower()) is not None
