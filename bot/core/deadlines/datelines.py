"""A dateline ahead of the reference is the day the words were written (issue 12, stop 36).

"(Monday, 7 December 2026) - The council said bids are due by Friday", read on 3 December:
the date in front is when the story was written, not a deadline. A dateline of the last
week is already read as the past (cues.py, clauses.dateline); one that lies ahead of the
reference was chosen as the deadline, as the only calendar date, over the commitment's own
"by Friday" (a wrong date with no warning). Such words are read as said on the dateline's
day, as a quotation is read on the day of its citation (citations.py): "by Friday" is the
Friday after the dateline. Only within two days, though (stop 37): a dateline further ahead
of the words ("LONDON, March 12, 2027 - ... by Friday", read in March 2025) cannot be the day
they were written; it is ignored, and the words after it count from the reference.

The shape is the one clauses.dateline knows, narrowed: a place in capitals ("LONDON, ") or
a bracket round the date, then a dash ("(Monday, 7 December 2026) - ", "LONDON, 7 December
2026 - "). Only a text opening with a bracket or two capitals is looked at, and only when its
first 60 characters hold a dash (cheap tests before the pattern). A bracket naming its date
with a deadline word ("(Deadline 14 December 2026) - ", "(Due 14 December) - ") is the
deadline's label, not a dateline: it keeps its reading.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines import clauses

# "(Monday, 7 December 2026) - ", "LONDON, 7 December 2026 - ", "BATH (7 December 2026) - ":
# a date in brackets, or after a place in capitals, then a dash (a date heading followed by a
# colon, "31 March: applications close", is the deadline's own label and no dateline), and a
# sentence opening with a capital (not a list's label: "(11 December) - closing date")
_HEAD: Final = re.compile(
    r"\s*(?:(?P<place>[A-Z][A-Z .'-]{1,30})(?:,\s*|\s+(?=\())|(?=\())"
    r"(?P<open>\()?\s*(?P<day>[A-Za-z0-9 ,.]{6,40}?)\s*(?(open)\))"
    r"\s*(?:\([^()]{1,30}\))?\s*[-\u2013\u2014]\s+(?=[A-Z\"\u201c])"
)
_DASHES: Final = ("- ", "\u2013 ", "\u2014 ")


def split(text: str) -> tuple[str, str] | None:
    """The words after a leading dateline and the dateline's date, or None."""
    if text[:1] != "(" and not text[:2].isupper():
        return None  # most texts: no bracket or place in capitals opens them (cheap)
    head = text[:60]
    if not any(dash in head for dash in _DASHES):
        return None
    m = _HEAD.match(text)
    if m is None or not any(ch.isdigit() for ch in m["day"]):
        return None
    if clauses.deadline_word(m["day"].lower()):
        return None  # "(Deadline 14 December 2026) - ...": a label of the deadline
    return text[m.end() :], m["day"]
