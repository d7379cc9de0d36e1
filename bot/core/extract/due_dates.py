"""A date the public must meet, or a release is set for, told as a fact of the calendar.
Issue 13, round 31b (recall). Notices give a filing deadline or a release day in forms the
window rule (`windows`: "the consultation period ends on 12 December") did not read:
- what is due, and by when: "Applications are due by August 2, 2023", "Comments are due
  on or before May 1";
- the closing date named with "is": "The closing date for receipt of applications for the
  2020 scheme is the 17 January 2020";
- a consultation's list line: "Plastic Packaging Tax: Policy Design – now closing on 20
  August 2020";
- a tip sheet's note: "(Scheduled for release Jan. 14.)".
Each binds the body that runs the window or the release to a date (CONVENTIONS 1.4), so the
cue counts only with a date ahead (`cues._NEED_DEADLINE`, kind "effective"): "Returns were
due by 31 January 2019", told in 2020, is history. "The rent is due on Monday" has no date
after "due" and is not read (a weekday alone is too loose a calendar fact to bind anyone).
Only grammar is read here, never a particular body or window.
"""

from __future__ import annotations

import re

# A date: "August 2, 2023", "the 17 January 2020", "Jan. 14", "20 August".
_DATE = r"(?=(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d))"

_DUE = re.compile(
    # "Applications are due by August 2", "Comments are due on or before May 1".
    rf"\b(?:is|are)\s+(?P<due>due)\s+(?:by|on|before|no\s+later\s+than)\s+"
    rf"(?:or\s+before\s+)?{_DATE}"
    # "The closing date for receipt of applications ... is the 17 January 2020".
    rf"|\b(?P<closing>[Cc]losing\s+date)\b[^.;:!?]{{0,100}}?\bis\s+{_DATE}"
    # "– now closing on 20 August 2020".
    rf"|\bnow\s+(?P<now>closing)\s+on\s+{_DATE}"
    # "(Scheduled for release Jan. 14.)"
    rf"|\b(?P<release>[Ss]cheduled\s+for\s+(?:release|publication))\s+(?:on\s+)?{_DATE}"
)


def due_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a date set for the public or a release: an act that counts
    only with a time frame ahead (kind "effective")."""
    found: list[tuple[str, int, int]] = []
    for match in _DUE.finditer(text):
        group = next(name for name in ("due", "closing", "now", "release") if match.group(name))
        found.append(("effective", *match.span(group)))
    return found
