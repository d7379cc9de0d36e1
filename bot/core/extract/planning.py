"""A plan told in the progressive with its object: "is planning a prescribed burn ... on
Saturday April 3".

Issue 13, round 25a (recall). "is planning to leave on February 1st" is read as a plan by
its infinitive (`cues.PLAN`); an agency that "is planning a prescribed burn" or "are
planning a series of meetings" names the act by a noun instead, and no cue saw it. The
progressive tells a plan only with a time ahead ("NASA is planning a launch next week"),
so the cue is a present plan (`cues.NEED_DEADLINE`): "The council is planning a new
approach" with no date is a description, and a past date is history.

Round 26b: an event named with its arrangement, "the European Council meeting to be held
on 22 May", "the summit due to take place in Paris next month", announces the meeting even
inside a sentence about something else ("The Council reviewed draft conclusions for ...").
The same present plan: only with a time ahead, so "the talks, held in March" or an
undated "a conference to be held" say nothing checkable.

Stop 44, tuner p: a funder's notice tells its plan by "anticipates": "The department
anticipates awarding six to 10 grants", "anticipates making 24 awards" (a plan, as
"expects to award" is by `cues.PLAN`); "anticipates that demand will rise" is a forecast.

Only grammar is read here, never a particular body or act.
"""

from __future__ import annotations

import re

# "is planning a prescribed burn", "are also planning the second phase".
_PLANNING = re.compile(
    r"\b(?:is|are|am|[’']s|[’']re)\s+(?:also\s+|now\s+|currently\s+)?(?P<act>planning)\s+"
    r"(?:an?|the|its|their|his|her|our|two|three|several|further|another)\s+(?=[a-z])"
)


# "meeting to be held on 22 May", "summit scheduled to take place on 9 December".
_TO_BE_HELD = re.compile(
    r"\b(?:meeting|summit|conference|session|talks|round|council|forum|ceremony|election)s?"
    r"(?:,)?\s+(?P<act>(?:to\s+be|(?:due|scheduled|set)\s+to\s+be)\s+held|"
    r"(?:due|scheduled|set)\s+to\s+take\s+place)\b"
)


# "anticipates awarding six to 10 grants", "anticipate to fund".
_ANTICIPATES = re.compile(
    r"\b(?P<act>anticipates?\s+(?:awarding|making|funding|issuing|publishing|selecting|to\s+"
    r"(?:award|make|fund|issue|publish|select)))\b"
)


def planned_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a plan named by the noun after "is planning", of an
    event's arrangement and of a funder's anticipated awards."""
    found = [("present", *m.span("act")) for m in _PLANNING.finditer(text)]
    found += [("plan", *m.span("act")) for m in _ANTICIPATES.finditer(text)]
    return found + [("present", *m.span("act")) for m in _TO_BE_HELD.finditer(text)]
