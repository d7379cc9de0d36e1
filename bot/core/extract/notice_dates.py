"""The lines of a notice's DATES section: each a date of what the notice schedules.

A Federal Register notice (of a meeting, a hearing, a grant competition) sets its
dates under a section heading of its own, in fragments with no verb: "DATES:" and
under it "Monday, November 17, 2003, 9 a.m. to 6 p.m.", "Deadline for Transmittal of
Part I: March 9, 2020.", or a list the section's sentence leads into ("... the public
hearings, which are scheduled as follows:" / "1. In Dallas, TX, beginning at 10:15 a.m.
on September 17, 1996."). Read one at a time they are contents lines; read under their
heading they are the notice's announced schedule (CONVENTIONS 1.3, 1.4), each due on its
own date, and the notice's body keeps them.

Only a fragment is read: a line with a modal or a finite "be" is a sentence the other
readers judge ("Comments must be received by ..."). Only a date not before the
publication counts ("Applications Available: February 6" of a notice of 7 February is
done). The section ends at the next section heading ("ADDRESSES:"), after `_MAX_LINES`
lines; only a text's first section is read (a notice has one).

Issue 13, stop 66, tuner s (kind 1 of final65: schedule lines with no verb).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

# "DATES:", "DATES: Written comments must be received by ...", "Dates:".
_SECTION = re.compile(r"^(?:DATES|Dates|KEY\s+DATES|Key\s+Dates)\s*:\s*(?P<rest>.*)$")
# The next section: "ADDRESSES:", "FOR FURTHER INFORMATION CONTACT:".
_NEXT_SECTION = re.compile(r"^[A-Z][A-Z ,/&()\-]{2,60}:")
# A sentence of its own, for the other readers.
_FINITE = re.compile(
    r"\b(?:will|shall|must|may|should|can|could|would|is|are|was|were|has|have|had)\b"
)  # in lower case: "May 21, 2020" is a date
_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])\s+")
# A rule's own effective date ("Effective October 14, 2020.") is when it binds, not an act
# the notice schedules (a duty's own date is read from the duty's sentence).
_EFFECTIVE = re.compile(r"^(?:This\s+\w+\s+is\s+)?[Ee]ffective\b")
# A line that goes on in the next: "June 2, 2026, in Denver, CO;", "... PA; and".
_LISTED = re.compile(r"[;,](?:\s+(?:and|or))?$")
_MAX_LINE = 200
_MAX_LINES = 12  # a section longer than this is prose, not a list of dates


def notice_dates(
    lines: Iterator[tuple[int, str]], day_of: Callable[[str], date | None], published: date
) -> dict[int, str]:
    """The fragments of the first DATES section in `lines` (a notice has one), keyed by
    where they start, each with the words the deadline reader dates it by (the line
    itself): only lines whose first date (`day_of`) is not before `published`."""
    found: dict[int, str] = {}
    left = 0  # lines still to read in the section
    before = ""  # the section's line before
    read = False  # a section was read
    for start, line in lines:
        section = _SECTION.match(line)
        if section and read:
            break  # a notice has one DATES section: a paste of many is no notice's
        if section:
            left, before, read = _MAX_LINES, "", True
            line, start = section["rest"], start + section.start("rest")
            if not line:
                continue
        elif left and _NEXT_SECTION.match(line):
            left = 0
        if not left:
            continue
        left -= 1
        number = _NUMBER.match(line)  # "1. In Dallas, TX, ...": the item after its number
        if number:
            line, start = line[number.end() :], start + number.end()
        follows, before = before, line
        if len(line) > _MAX_LINE or _FINITE.search(line) or _EFFECTIVE.match(line):
            continue
        if not line[:1].isupper() or _LISTED.search(line) or _LISTED.search(follows):
            continue  # a wrapped sentence's rest, or an item of a list in one sentence
        day = day_of(line)
        if day is not None and day >= published:
            found[start] = line
    return found
