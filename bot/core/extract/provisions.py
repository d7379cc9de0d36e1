"""A plan told as what a plan's document provides for, or the commitment it holds.

Issue 13, stop 64 (recall; kind 4 of stop 63's note: plans stated as a document's content).
Written answers and releases often tell a government's plan through the paper that sets
it out, not through the government: "The White Paper provides for the replacement of the
current flagship", "the partnership agreement provides for a review of its terms in 2008",
"Under the National Development Plan, provision is made for a new enhanced scheme",
"The Programme for Government contains a commitment to build 50,000 homes". Each is a
plan of whoever runs the paper, checkable later (CONVENTIONS 1.5), and no cue read it.

The grammar, not a text's words, decides:

- the subject is a document of plans or agreements (a paper, plan, programme, strategy,
  budget, agreement, deal, contract, framework, treaty); a law or a section of one ("The
  Act provides for fines") is not read here: standing law is a description (CONVENTIONS
  6.1), and `cues.ORDER` has its own reading of a law's verbs (as of "the plan provides
  for" with nothing between, which this module adds to only with the words between);
- the verb gives the paper's content: "provides for", "makes provision for", "contains",
  "includes", "sets out" or "makes" with "a commitment", "a pledge" or "an undertaking",
  and the passive "provision is made for" after the paper ("Under the Plan, provision is
  made for");
- what it provides for is an act named by its noun after an article or a determiner ("the
  replacement of", "a review of", "a new scheme"); "provides for greater flexibility" names
  no act and is not read. The cue is a plan's (`cues.BASE`), no stronger, except where the
  paper holds "a commitment" in so many words, which is read as "is committed to" is.

Only grammar is read here, never a particular paper.
"""

from __future__ import annotations

import re

# A document of plans or agreements as the head of the subject, in either case.
_PAPER = (
    r"(?:[Pp]aper|[Pp]lan|[Pp]rogramme|[Pp]rogram|[Ss]trategy|[Bb]udget|[Aa]greement|[Dd]eal|"
    r"[Cc]ontract|[Ff]ramework|[Tt]reaty|[Cc]harter|[Cc]ompact|[Mm]anifesto|[Rr]oadmap|"
    r"[Ee]stimates?)"
)
# What it provides for: an act named by a noun after an article or a determiner.
_ACT_NOUN = r"(?=\s+(?:an?|the|its|their|further|additional|new|two|three|several)\s+[a-z])"
# "The White Paper provides for", "the agreement referred to above provides for", "The
# Strategy also makes provision for": the paper, a short tail of words, then the verb.
_PROVIDES = re.compile(
    rf"\b{_PAPER}\b(?:[ \t,]+[\w’'\-]+){{0,4}}?[ \t]+(?:also\s+)?"
    rf"(?P<act>provides\s+for|makes\s+(?:\w+\s+)?provision\s+for){_ACT_NOUN}"
)
# "Under the National Development Plan, 2000-2006, provision is made for a new scheme".
_UNDER_PAPER = re.compile(
    rf"\b[Uu]nder\s+(?:the|this|its|our|their)\s+[^.;:]{{0,60}}?\b{_PAPER}\b[^.;:]{{0,40}}?"
    rf"(?P<act>provision\s+(?:is|has\s+been)\s+made\s+for){_ACT_NOUN}"
)
# "The White Paper contains a commitment to on-going investment", "The Programme for
# Government includes a commitment to build": the paper holds the commitment itself.
_HOLDS = re.compile(
    rf"\b{_PAPER}\b(?:[ \t,]+[\w’'\-]+){{0,5}}?[ \t]+(?:also\s+)?"
    r"(?P<act>(?:contains|includes|sets\s+out|makes)\s+(?:an?|the)\s+(?:clear\s+|firm\s+)?"
    r"(?:commitment|pledge|undertaking))\s+(?:to|that)\b"
)


# The words every pattern above needs, in the case they are written in.
_NEEDS = ("provi", "commitment", "pledge", "undertaking")


def provided_acts(text: str) -> list[tuple[str, int, int]]:
    """Cues (kind, start, end) of a plan told as a paper's content: a plan's ("The White
    Paper provides for the replacement of", "provision is made for"), or a commitment's
    when the paper holds one in so many words ("contains a commitment to", as "is
    committed to" would say it)."""
    if not any(word in text for word in _NEEDS):
        return []  # none of the verbs' words: no scan
    found = [
        ("plan", *match.span("act"))
        for pattern in (_PROVIDES, _UNDER_PAPER)
        for match in pattern.finditer(text)
    ]
    return found + [("commit", *match.span("act")) for match in _HOLDS.finditer(text)]
