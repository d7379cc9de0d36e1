"""The words of a schedule that the schedule cue (`cues.SCHEDULE`) does not name.

Launch advisories and works programmes fix a time with other participles than "scheduled"
or "slated": "Discovery is targeted to launch May 31 at 5:02 p.m.", "Work is programmed
to start on site in September 2000", "The hearing is tentatively scheduled for June 3",
"is penciled in for the spring" (the American spelling). Each is an announced schedule
(CONVENTIONS 1.3) in the same grammar as "is scheduled to", and scored as one: the cue is
the schedule's, so a question, a negation, a past frame or a forecast judge it as they
judge "is scheduled to".

Issue 13, stop 58 (blind139's missed "programmed to start", with development kin from
NASA's launch advisories).
"""

from __future__ import annotations

import re

# "is targeted to launch", "are programmed to start", "is tentatively scheduled for".
_SCHEDULE_WORDS = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?"
    r"(?:targeted|programmed|penciled\s+in|(?:tentatively|provisionally)\s+"
    r"(?:scheduled|planned|set|slated))\s+(?:to\s+(?=[a-z])|for\b)"
)


def schedule_words(text: str) -> list[tuple[str, int, int]]:
    """The cues (kind, start, end) of schedules told with the words above."""
    return [("schedule", *match.span()) for match in _SCHEDULE_WORDS.finditer(text)]
