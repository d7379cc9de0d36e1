"""A window the body sets for the public, told with its date and no "will".

Issue 13, round 29d (recall). Notices give the end of a comment period, an enrolment
season or a filing deadline as a fact of the calendar: "Open Enrolment ends Monday,
March 14.", "the consultation period ends on 12 December", "Filing deadlines extended
to April 30", "The compliance date for Part 7 remains July 1", "The Board has reopened
the comment period ... until May 2". Each binds the body that runs the window to a
date (CONVENTIONS 1.4): the cue counts only with a date ahead (`cues.NEED_DEADLINE`),
so a window told of the past ("in 1994 the agency reopened the comment period for 30
days") stays history.

Only grammar is read here, never a particular body or window.
"""

from __future__ import annotations

import re

from bot.core.extract.literals import holds_any

# What a body holds open for the public: "comment period", "Open Season", "deadline".
_WINDOW = (
    r"(?:[Pp]eriod|[Ss]eason|[Ww]indow|[Dd]eadlines?|(?:compliance|settlement|closing)\s+date)"
)
# What `_WINDOW` cannot match without ("Period", "deadlines", "compliance date").
_WINDOW_WORDS = ("eriod", "eason", "indow", "eadline", "date")
# "ends", "closes", "runs until", "remains", "(has been) extended to": what the window does.
# Between the noun and the verb, at most a short qualifier ("for amendments to part 2",
# "to apply"), never a clause.
_WINDOW_ENDS = re.compile(
    rf"\b{_WINDOW}(?:\s+(?:for|to|of|on)\s+[^.;:!?]{{1,100}}?)?,?\s+"
    r"(?:(?:is|are|has\s+been|have\s+been)\s+)?"
    r"(?P<act>ends|closes|runs\s+(?:until|to|through)|remains|extended\s+(?:to|until|through))\s+"
    r"(?=(?:on\s+)?(?:\w+day,?\s+)?(?:\d|[A-Z][a-z]+\.?\s+\d))"
)
# "has reopened the comment period ... until February 18": the date closes the window.
_REOPENED_UNTIL = re.compile(
    r"\b(?P<act>(?:re)?open(?:s|ed)|extend(?:s|ed))\s+the\s+(?:[\w\-]+\s+){0,2}"
    r"(?:period|window)\b[^.;:!?]{0,120}?\buntil\s+(?=\w+\s+\d|\d)"
)


def window_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a window's end set by a date: an act that counts only
    with a time frame ahead (kind "effective")."""
    found: list[tuple[str, int, int]] = []
    if holds_any(text, _WINDOW_WORDS):  # none of the nouns: no scan (`literals`)
        found = [("effective", *m.span("act")) for m in _WINDOW_ENDS.finditer(text)]
    if "until" not in text:
        return found
    return found + [("effective", *m.span("act")) for m in _REOPENED_UNTIL.finditer(text)]


def window_at(text: str, start: int) -> bool:
    """Whether the cue at `start` is a window's end: the window is its subject, never its
    actor ("Open Season ends", "subpart B ... remains"); the body that runs it is."""
    return any(found[1] == start for found in window_acts(text))
