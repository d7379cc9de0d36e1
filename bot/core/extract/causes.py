"""The "due" of a schedule ("The review is due to conclude in 2027") and not the "due to" of
a cause ("called the election due to the state of the economy", "shortcomings mainly due to
the Code's self-regulatory nature"): before a determiner "due to" gives a cause, unless
after "is", "are" or "be" with a time it is owed by ("Comments are due to the Agency by 1
June"), where it names who is owed.

Issue 13, stop 51 (tune13b): false candidates of releases, readouts and reports.
"""

from __future__ import annotations

_CAUSE = r"(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)\b"
_OWED = "|".join(
    rf"(?<=\b{verb}\s)due(?=\s+to\s[^.;]*?\b(?:by|before|no\s+later\s+than)\s)"
    for verb in ("is", "are", "be")
)
# The word of a schedule before its "to": "scheduled", "slated", "set", a "due" of no cause.
SCHEDULED = r"(?:scheduled|slated|timetabled|set|" + _OWED + r"|due(?!\s+to\s+" + _CAUSE + r"))"
