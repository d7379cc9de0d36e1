"""A plan told in the progressive with its object: "is planning a prescribed burn ... on
Saturday April 3".

Issue 13, round 25a (recall). "is planning to leave on February 1st" is read as a plan by
its infinitive (`cues._PLAN`); an agency that "is planning a prescribed burn" or "are
planning a series of meetings" names the act by a noun instead, and no cue saw it. The
progressive tells a plan only with a time ahead ("NASA is planning a launch next week"),
so the cue is a present plan (`cues._NEED_DEADLINE`): "The council is planning a new
approach" with no date is a description, and a past date is history.

Only grammar is read here, never a particular body or act.
"""

from __future__ import annotations

import re

# "is planning a prescribed burn", "are also planning the second phase".
_PLANNING = re.compile(
    r"\b(?:is|are|am|[’']s|[’']re)\s+(?:also\s+|now\s+|currently\s+)?(?P<act>planning)\s+"
    r"(?:an?|the|its|their|his|her|our|two|three|several|further|another)\s+(?=[a-z])"
)


def planned_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a plan named by the noun after "is planning"."""
    return [("present", *m.span("act")) for m in _PLANNING.finditer(text)]
