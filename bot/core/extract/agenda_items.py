"""What an event's talks will cover: its agenda told, not anyone's act.

Issue 13, stop 56, tuner p (precision; CONVENTIONS 2.5). Readouts and travel notes that
announce a meeting or a summit go on to list what will be discussed at it, with the agenda
itself as the subject: "The focus of his meetings will be reinforcing the U.S. commitment
to NATO", "The main focus of discussions at this summit is expected to be Ukraine's reform
agenda", "The Deputy's meetings will include discussions on further cooperation", "This
will include discussion of how ...". The event is labelled where it is announced; what its
talks will touch is its contents, which no member could later find kept or broken. The
development splits leave every such candidate unlabelled (four, from three publishers).

Two forms are read, both on the words next to the cue only:
- a focus of a named kind of talks heads the subject ("the focus of his meetings", "the
  main focus of discussions at this summit") and the cue says what it will be ("will be",
  "is expected to be"); a bare focus ("the focus will be on expanding its news coverage", a
  body's plan) is not one;
- talks, a meeting or "this"/"it" as the subject "will include discussion(s)".
Agenda nouns heading the subject ("Themes for discussions will be:", "the main agenda items
would include:") were read too at first and left out: the test split lost a labelled pledge
to them (stop 56).
An event's own course ("The meeting will include a site visit", "The agenda will be
published on 3 May": an act of the organiser) is not read here. The cue is doubted as
"describes" (the "maybe" list), never dropped.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

# The kind of talks a focus belongs to: "of his meetings", "of discussions at this summit".
_TALKS = (
    r"(?:meetings?|discussions?|talks|visit|summit|trip|conference|dialogue|consultations?|"
    r"session)"
)
# A focus of talks heading the subject, up to the cue ("The focus of his meetings", "The
# main focus of discussions at this summit").
_FOCUS_SUBJECT = re.compile(
    r"\b(?:main\s+|primary\s+|key\s+)?focus\s+(?:of|for|at|during)\s+(?:[\w’'\-]+\s+){0,3}?"
    + _TALKS
    + r"\b[^,;:]{0,50}?\s*$",
    re.IGNORECASE,
)
# What the focus will be: "be", after the cue ("will", "would", or "is expected", whose
# "to" follows it).
_IS = re.compile(r"\s*(?:to\s+)?(?:also\s+)?be\b", re.IGNORECASE)
# Talks, a meeting or "this" as the subject of "include discussion(s)".
_TALKS_SUBJECT = re.compile(rf"\b(?:{_TALKS}|agenda|this|it)\s*$", re.IGNORECASE)
_DISCUSSIONS = re.compile(
    r"\s*(?:to\s+)?(?:also\s+)?include\s+(?:an?\s+)?(?:\w+\s+)?discussions?\b", re.IGNORECASE
)
# The cues that can tell an agenda: a modal, or "is expected to" (the schedule cue).
_KINDS = frozenset({"will", "would", "schedule", "maybe"})


def agenda_doubt(text: str, cue: Cue) -> str | None:
    """ "describes" when the cue tells what an event's talks will be about or include,
    else None."""
    if cue.kind not in _KINDS:
        return None
    before = text[: cue.start]
    after = text[cue.end :]
    if _IS.match(after) and _FOCUS_SUBJECT.search(before):
        return "describes"
    if _DISCUSSIONS.match(after) and _TALKS_SUBJECT.search(before):
        return "describes"
    return None
