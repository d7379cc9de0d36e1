"""A duty laid on a named addressee by a verb of directing, whatever the subject.

Issue 13, stop 39 (tuner c, recall). The `order` cue reads a duty laid by an instrument
named just before its verb ("The order directs"), or a past "instructed the Prosecutor
General's Office to". Fact sheets and decrees also put a title or a policy before the
verb ("The Presidential Memorandum on Scientific Integrity and Evidence-Based
Policymaking directs agencies to make", "The policy directs our safety inspectors and
attorneys to take"), use the other verbs of tasking ("The order tasks the new
Interagency Working Group to advance", "The memorandum charges the Director of the Office
of Science and Technology Policy with the responsibility for ensuring"), or name the
addressee in lower case ("Mr Putin instructed the cabinet to draft proposals"). Each lays
on a body an act a reader can later check (CONVENTIONS 1.4).

Grammar decides, not the words of one text: a verb that can only mean laying a duty
(directs, instructs, tasks, charges, orders; in the past instructed, tasked, directed,
ordered), then its addressee, then "to" with a bare verb or "with" with a gerund. "directs
readers to the website" points (a determiner after "to"); "charged with murder" is a
passive participle, not this present verb; in "Restriction orders may be issued to" the
plural noun "orders" is the subject, and a modal or an auxiliary where the addressee
would stand shows it (stop 40).
"""

from __future__ import annotations

import re

# What "to" may not be followed by when it points rather than sets a task.
_POINTS = (
    r"(?!(?:the|a|an|this|that|these|those|my|his|her|its|their|our|your|page|section|"
    r"paragraph|annex|appendix|chapter|article|clause|www)\b)"
)
# A plural noun's verb after it: "Restriction orders may be issued to", "Such orders are
# intended to". An addressee never starts with a modal or an auxiliary; the verb does.
_NOT_VERB = (
    r"(?!(?:may|might|can|could|will|would|shall|should|must|are|were|is|was|be|been|have|"
    r"has|had|do|does|did|need|cannot)\b)"
)
# The addressee: a short noun phrase without a clause break.
_ADDRESSEE = (
    rf"{_NOT_VERB}(?:the\s+|all\s+|each\s+|every\s+|its\s+|our\s+|their\s+)?[\w’'\-]+"
    r"(?:[ \t]+[^\s,.;:()]+|[ \t]+\([^()]{1,20}\)){0,12}?"
)
# The task: "to" with a bare verb, or "with" a gerund ("with the responsibility for ensuring").
_TASK = (
    rf"(?:\s+to\s+{_POINTS}[a-z]+\b|"
    r"\s+with\s+(?:the\s+(?:responsibility|task|duty)\s+(?:for|of)\s+)?[a-z]+ing\b)"
)
# A plural noun after a determiner is no verb: "the tasks ahead and ways to achieve them".
_NOT_SUBJECT = (
    r"(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bits\s)(?<!\bour\s)(?<!\btheir\s)"
    r"(?<!\bof\s)"
)
_LAID = re.compile(
    # "The memorandum charges the Director ... with", "The policy directs our inspectors to".
    # (The lookahead first: the lookbehinds of `_NOT_SUBJECT` are tried before one of the
    # verbs only, not at every position; the same matches, stop 47.)
    rf"\b(?=directs|instructs|tasks|charges|orders){_NOT_SUBJECT}"
    rf"(?P<act>(?:directs|instructs|tasks|charges|orders))\s+{_ADDRESSEE}{_TASK}|"
    # "Mr Putin instructed the cabinet to draft": a lower-case addressee after "the".
    r"\b(?P<past>(?:instructed|tasked|directed|ordered))\s+the\s+[a-z][\w\-]*"
    rf"(?:\s+[a-z][\w\-]*){{0,3}}?{_TASK}"
)


# A section of a statute as the subject: standing law cited, not a duty laid now ("Section
# 1117 of MAP-21 directs the Secretary to encourage each State"; `remits` reads the same
# of "the Act requires").
_STATUTE = re.compile(r"\b(?:[Ss]ection|§)\s*\d[\w.()]*\s+of\b")


def laid_duties(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind "order", start, end) of duties laid on a named addressee: the directing
    verb only, so that the clause, its speaker and its time are read from there."""
    found = []
    for match in _LAID.finditer(text):
        name = "act" if match.group("act") else "past"
        if not _STATUTE.search(text, 0, match.start()):
            found.append(("order", *match.span(name)))
    return found
