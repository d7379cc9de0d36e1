"""Dated agenda lines (issue 12, round 20): "28/4: Commission to adopt the Agenda on
Security", "6-7/5: European Civil Protection Forum". A short numeric date without a year
is read only when words around it say it is a date ("by 28/4"), because "24/7", "1/2" and
"3/4" are far more often a rate, a fraction or a score. A date that opens a line (or a
phrase after ";") and is followed by a colon is a heading of what happens that day: an
agenda's or a diary's shape, which no ratio or score takes ("a 3/4 majority", "won 3/1").
A range of days before the month ("6-7/5") is read at its later day, the one scanned.
"24/7:" stays the idiom ("24/7: our helpline never closes"). Round 22: so is a list of
items each dated in its own bracket ("closing centers in Bogalusa (2/23), Reserve (2/24)
and Covington (3/1)") with a day past 12 among them, a shape no fraction or score takes
("split (1/2) and (3/4)").
"""

from __future__ import annotations

import re
from typing import Final

# before the date: the line's (or phrase's) start, a bullet, the first day of a range
_HEAD: Final = re.compile(r"(?:^|[\n;])[ \t]*(?:[-•*·][ \t]+)?(?:[0-9]{1,2}[ \t]*[-–][ \t]*)?$")
_COLON: Final = re.compile(r"[ \t]*:(?![0-9])")


def dated_line(text: str, start: int, end: int) -> bool:
    """Whether the short date text[start:end] heads a line and is followed by a colon."""
    # a colon right after first: the cheap test that almost every "24/7" fails
    if ":" not in text[end : end + 3] or _COLON.match(text, end) is None:
        return False
    if text.startswith("24/7", start):
        return False
    return _HEAD.search(text, max(0, start - 12), start) is not None


_BRACKETED: Final = re.compile(r"\(([0-9]{1,2})/([0-9]{1,2})\)")


def bracket_list(text: str, start: int, end: int) -> bool:
    """Whether the short date text[start:end] fills a bracket alone, beside another such
    bracket in the text, and one of them names a day past 12 (which no small fraction
    does): items of a list, each with its day."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    pairs = _BRACKETED.findall(text)
    return len(pairs) >= 2 and any(int(a) > 12 or int(b) > 12 for a, b in pairs)
