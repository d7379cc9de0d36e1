"""A change denied leaves the time standing (issue 12, stop 39g).

"The postponement will not affect the timing of legislative elections and a presidential
poll planned for January 31", "The strike does not change the 30 June deadline", "the
review will not alter the date set for the vote, 4 May": the "not" denies a change to the
thing that carries the time, so the time is affirmed, not denied. The verb says so: a verb
of changing or harming something (affect, alter, change, impact, jeopardise, threaten,
derail) takes the timed thing as its object, so the time is not what the "not" denies.
The time must belong to that object: the object itself ("does not change the 30 June
deadline") or a noun of it dated by a participle ("a poll planned for", "the date set for
the vote, 4 May"). A time that follows the object as an adverb of the denied verb is still
denied or a start: "will not change the rules until 2027" (not until then), "will not affect
anyone before 1 October".
"delay", "postpone" and "move" are not among them: their object may be the new time ("will
not be moved to Friday": Friday denied). Checked only for a "not" on an auxiliary
(negation_scope.stops_before), by one anchored match on the words after it.
"""

from __future__ import annotations

import re
from typing import Final

# the verb right after "will not" / "does not" / "has not": one of changing or harming a thing
_CHANGE_VERB: Final = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:affect|alter|change|impact|jeopardi[sz]e|threaten|derail)(?:s|ed)?"
    r"\s+(?!to\b|until\b|till\b|into\b)"
)


# how the words before the time end when it dates the object: right after the verb, after a
# participle ("planned for", "set for", "held on", "due on") or "of", or an apposition
_DATES_OBJECT: Final = re.compile(
    r"(?:^|\b(?:[a-z]{3,}ed|set|held|due|of)\s+(?:(?:for|on|in|at)\s+)?|,\s*)$"
)


def change_denied(after: str) -> bool:
    """Whether the words after an auxiliary's "not", up to the time phrase, deny a change to
    the thing the time dates (see the module): the time then stands."""
    m = _CHANGE_VERB.match(after)
    return m is not None and _DATES_OBJECT.search(after[m.end() :]) is not None
