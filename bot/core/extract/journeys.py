"""A journey or a mission told in the present, with a time ahead and no "will".
Issue 13, round 31b (recall). Schedules and news pieces give a minister's coming trip in
forms the present-plan cue (`cues._PRESENT_PLAN`: "travels to", "is travelling to") did
not read:
- the progressive after "am" or a contraction: "Tonight I am heading to Auckland",
  "This month, I'm leading a business development mission to Guatemala";
- a visit, a trip or a mission named by its noun: "is making his first ministerial visit
  to the Asia-Pacific region from July 26 to August 7", "is leading a trade mission";
- "headed to" and "embarks on": "are headed to Carlsbad Caverns next week", "embarks on
  his fourth tour today".
Each is a present plan (`cues._NEED_DEADLINE`): it counts only with a time frame ahead, so
"is making a visit" with no day, or "was heading to Paris in 2019", says nothing checkable,
and a habit ("heads to the ranch every summer") is not read.
Only grammar is read here, never a particular person or place.
"""

from __future__ import annotations

import re

_BE = r"(?:is|are|am|[’']s|[’']re|[’']m)\s+(?:also\s+|now\s+|currently\s+|then\s+)?"
_TRIP = r"(?:visit|trip|tour|journey|mission|delegation|voyage|swing)s?"

_JOURNEY = re.compile(
    # "I am heading to", "we're travelling to", "I'm visiting" (after "am" or a contraction:
    # "is heading to" is the present-plan cue's).
    r"(?:\b(?:am|[’']m|[’']re)\s+(?:also\s+|now\s+|then\s+)?"
    r"(?P<act1>(?:heading|travell?ing|visiting|flying|leaving|departing)\b))"
    # "is making his first ministerial visit", "I'm leading a business development mission"
    rf"|\b{_BE}(?P<act2>(?:making|leading|undertaking|beginning|starting)\s+"
    rf"(?:an?|the|his|her|their|our|my|its)\s+(?:[\w’'\-“”\"]+\s+){{0,4}}?{_TRIP})\b"
    # "are headed to", "embarks on". Not a public schedule's "is on travel to X from March
    # 10-12": a trip already under way on the day of the schedule, a status.
    rf"|\b{_BE}(?P<act3>headed)\s+(?=to\b|for\b)"
    r"|(?<![\w\-])(?P<act4>embarks\s+on)\b"
)


def journey_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a trip told in the present: a plan only with a date."""
    found: list[tuple[str, int, int]] = []
    for match in _JOURNEY.finditer(text):
        group = next(name for name in ("act1", "act2", "act3", "act4") if match.group(name))
        found.append(("present", *match.span(group)))
    return found
