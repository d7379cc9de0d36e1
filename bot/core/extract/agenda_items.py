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
Stop 62 (blind147's pre-council statements) added the order an agenda is told in
(`order_doubt`): "Justice day will begin with the adoption of ...", "This will be followed
by a policy debate on ...", "Next there will be an update on ...", "The next item will be
an exchange of views", "the following items will be discussed"; a named actor's act at
the sitting ("The presidency will present a paper") stays, as 2.5 excepts it.
Stop 63 (tuner t2) added "In addition, there will also be an exchange of views ...", items
"on the tentative agenda", and a sentence framed "As the provisional agenda stands," whose
subject is the agenda's own (a focus, items, "there").
An event's own course ("The meeting will include a site visit", "The agenda will be
published on 3 May": an act of the organiser) is not read here. The cue is doubted as
"describes" (the "maybe" list), never dropped.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

# The kind of talks a focus belongs to: "of his meetings", "of discussions at this summit".
_TALKS = (
    r"(?:meetings?|discussions?|debates?|talks|visit|summit|trip|conference|dialogue|"
    r"consultations?|session)"
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
# An agenda's item, named by its kind: "the adoption of", "a policy debate on", "an update
# on", "an exchange of views with", "a 'state of play' report".
_ITEM = (
    r"(?:(?:an?|the)\s+)?(?:[\w’'‘\-]+\s+){0,3}?(?:adoption|approval|debate|discussion|"
    r"update|exchange|report|presentation|vote|briefing|item|review)s?\b"
)
# The order of an agenda told (stop 62, pre-council statements): a day or a sitting that
# "will begin with" an item ("in mixed committee with" the non-EU states), an item "followed
# by" another, "Next there will be an update", "The next item will be", "the following
# items will be discussed".
_BEGINS = re.compile(
    r"\s*(?:begin|start|open|conclude|close)\s+(?:with\s+" + _ITEM + r"|in\s+mixed\s+committee\b)",
    re.IGNORECASE,
)
_FOLLOWED = re.compile(r"\s*(?:then\s+)?be\s+followed\s+by\s+" + _ITEM, re.IGNORECASE)
_THIS = re.compile(r"^\W*(?:this|that)\s*$", re.IGNORECASE)
_NEXT_THERE = re.compile(
    r"^\W*(?:next|then|finally|after\s+that|in\s+addition|additionally)\s*,?\s+there\s*$",
    re.IGNORECASE,
)
_BE_ITEM = re.compile(r"\s*(?:also\s+)?be\s+" + _ITEM, re.IGNORECASE)
_NEXT_ITEM = re.compile(
    r"\b(?:next|first|final|last|other)\s+(?:agenda\s+)?items?\s*$", re.IGNORECASE
)
_ITEMS = re.compile(r"\bitems\s*$", re.IGNORECASE)
# "The following items will be on the tentative agenda for the December 14 meeting:".
_ON_AGENDA = re.compile(r"\s*(?:also\s+)?be\s+on\s+the\s+(?:\w+\s+)?agenda\b", re.IGNORECASE)
# A sentence told from the agenda as it stands ("As the provisional agenda stands, the
# primary focus for fisheries will be ..."), its subject the agenda's own: a focus, items,
# "there".
_AS_AGENDA_STANDS = re.compile(
    r"^\W*as\s+the\s+(?:\w+\s+)?agenda\s+(?:currently\s+|now\s+)?stands\s*,", re.IGNORECASE
)
_AGENDA_SUBJECT = re.compile(r"(?:\bfocus\b[^,;:]{0,40}|\bitems?|\bthere)\s*$", re.IGNORECASE)
_DISCUSSED = re.compile(
    r"\s*(?:also\s+)?be\s+(?:discussed|considered|covered|taken)\b", re.IGNORECASE
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


def order_doubt(text: str, cue: Cue) -> str | None:
    """ "describes" when a "will" tells the order of an agenda (`_BEGINS` and the rest):
    what comes first, next or after, which is the content of a sitting labelled where it
    is announced (CONVENTIONS 2.5), else None."""
    if cue.kind != "will":
        return None
    before = text[: cue.start]
    after = text[cue.end :]
    if _BEGINS.match(after):
        return "describes"
    if _FOLLOWED.match(after) and _THIS.match(before):
        return "describes"
    if _BE_ITEM.match(after) and (_NEXT_THERE.match(before) or _NEXT_ITEM.search(before)):
        return "describes"
    if (_DISCUSSED.match(after) or _ON_AGENDA.match(after)) and _ITEMS.search(before):
        return "describes"
    if _AS_AGENDA_STANDS.match(before) and _AGENDA_SUBJECT.search(before):
        return "describes"
    return None
