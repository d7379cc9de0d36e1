"""An act under way that its doer says will be finished as soon as it can be.

Issue 13, round 29h (recall). A release correcting a mistake or answering a complaint
tells what its body is doing now and promises the pace: "We are correcting the notices as
quickly as possible", "The agency is sending a letter to every claimant as soon as
possible". The present progressive alone tells a standing fact ("We are investing in
roads"); the pace ("as soon as possible", "as quickly as we can") sets the act's end
ahead of the text, so whether it was done can be looked up later (CONVENTIONS 1.1, 1.5):
a plan of the doer.

A verb with no object of its own ("Prices are rising as fast as possible", "We are
getting there as quickly as we can") tells a course of things, not an act: not read.

Verbs of effort ("are working at speed to make sure ... as quickly as possible", "is
trying", "is seeking") tell the effort, not the act, and the pace belongs to the act
after their "to": not read. Nor is a pace behind a new clause (a full stop, a semicolon,
"but", "while", "so that") or inside a clause of its own ("to make sure", "so that").

Only grammar is read here, never a particular body or act.
"""

from __future__ import annotations

import re

# Efforts and stances, not acts: the pace after them is the next verb's.
_EFFORT = (
    r"working|trying|seeking|striving|looking|aiming|hoping|planning|pushing|pressing|"
    r"waiting|going|continuing|calling|urging|asking|encouraging|committing|preparing"
)
_PACE = (
    r"as\s+(?:soon|quickly|fast|swiftly|rapidly|promptly)\s+as\s+(?:possible|practicable|we\s+can)"
)
_PACED = re.compile(rf"\b{_PACE}\b")
# What follows a verb with no object of its own: "are rising as fast as possible", "are
# piling up as fast", "is evolving rapidly", "are getting there".
_NO_OBJECT = r"(?:there|here|as)\b|[a-z]+ly\b|(?:up|out|back|off|down|away)\s+as\b"
# "We are correcting ... as quickly as possible": the progressive, then its own object,
# then the pace, with no clause boundary or infinitive of purpose in between.
_HASTENED = re.compile(
    r"\b(?:is|are|am|[’']re|[’']m)\s+(?:now\s+|also\s+|urgently\s+)?"
    rf"(?P<act>(?!(?:{_EFFORT})\b)[a-z]{{3,}}ing)\b(?=\s+(?!{_NO_OBJECT})\S)"
    r"(?P<between>(?:(?!\b(?:but|while|whereas|so\s+that|in\s+order|to\s+(?:make|ensure|"
    r"help|get|see))\b)[^.;:!?]){0,160}?)"
    rf"\b{_PACE}\b"
)


def hastened_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of acts under way told with their pace: plans of the doer
    ("We are correcting the error as quickly as possible")."""
    if not _PACED.search(text):
        return []  # most sentences: the pace is cheap to look for, the progressive is not
    return [("plan", *match.span("act")) for match in _HASTENED.finditer(text)]
