"""A declaration's makers and what it only professes, and what a plan brings to people.

Leaders' declarations open by naming who "we" are ("We, the leaders of the G7, met in
Ise-Shima ...", "1. We, the Leaders of Canada, France, ..., met in Brussels"): every "we"
of the text after it is theirs, not the last group named ("We remain bound together as a
group"). The same texts profess values and tell risks ("We are profoundly committed to
the values of freedom and democracy", "downside risks remain which will need to be
managed carefully"): a stance and a state of things, not acts anyone could be held to.

A release about a plan tells what it will bring to people ("Veterans in seven states will
have easier access to health care under a VA plan", "These new clinics will bring that
care closer to veterans"): the outcome of the plan (CONVENTIONS 2.2), whose own measure
("VA will establish new clinics") is labelled on its own.

A sitting's chair and a minister opening a statement run the sitting: "We will begin
First Minister's questions shortly, but before we do, ...", "I will give a short update
on the daily statistics" are the running of the text (CONVENTIONS 2.4).

None of these is refuted: each is doubted (listed under "Maybe"). Issue 13, round 24.
Only grammar is read here, never a particular declaration or plan.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.extract.clauses import Cue

# "We, the leaders of the G7, met", "1. We, the Leaders of Canada, France, ..., the
# President of the European Commission, met": the apposition runs to the comma before a
# lower-case word other than an article (a list's ", the United Kingdom" goes on).
_WE_THE = re.compile(
    r"(?:^|\n)[ \t]*(?:\d{1,2}\.\s+)?We,\s+(?P<who>the\s+[A-Za-z][^.;:\n]{2,300}?),\s+"
    r"(?=(?!the\b|and\b|an?\b)[a-z]+\b)"
)
_OPENING_CHARS = 3000

# A commitment to values, not to an act: "committed to the values of freedom",
# "our commitment to the principles of the Charter".
_TO_VALUES = re.compile(
    r"\s+(?:to\s+)?(?:the\s+|our\s+|these\s+|those\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:values|principles|ideals|ideal)\b"
)
# A state that calls for care, told of a thing: "risks ... which will need to be managed".
_NEEDS_CARE = re.compile(r"\s+(?:still\s+|also\s+)?need\s+to\s+be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b")
_RELATIVE = re.compile(r"\b(?:which|that)\s*$")

# What people will have under a plan: "will have easier access to", "will get faster
# access"; what a thing brings them: "will bring that care closer to veterans".
_BENEFIT = re.compile(
    r"\s+(?:now\s+|also\s+|soon\s+)?(?:(?:have|get|gain|enjoy)\s+(?:much\s+)?"
    r"(?:easier|better|faster|greater|improved|quicker|wider|more|closer)\s+access\b|"
    r"bring\s+(?:[\w’'\-]+\s+){0,4}?(?:closer|nearer)\s+to\b)"
)
_BENEFIT_BEFORE = re.compile(r"\bwill" + _BENEFIT.pattern)

# The running of a sitting: "We will begin First Minister's questions shortly", "I will
# give a short update on the daily statistics".
_RUNNING = re.compile(
    r"\s+(?:now\s+|shortly\s+|then\s+)?(?:begin|start|move\s+(?:on\s+)?to|turn\s+to|"
    r"proceed\s+to|come\s+to)\s+(?:[\w’'\-]+\s+){0,3}?(?:questions|question\s+time)\b|"
    r"\s+(?:now\s+|just\s+|first\s+)?(?:give|provide|offer)\s+(?:a|an)\s+"
    r"(?:short|brief|quick)\s+(?:update|overview|summary)\s+(?:on|of)\b"
)
# The running of the sitting by its chair or its speaker, in the first person.
_RUNS = re.compile(r"(?:^|[\s,;])(?:I|We)\s+will(?=" + _RUNNING.pattern + ")")


@lru_cache(maxsize=4)
def declared_makers(text: str) -> str | None:
    """Who "we" are in a declaration that names them at its opening, if it does (once per
    text: the speaker of every candidate asks)."""
    found = _WE_THE.search(text, 0, _OPENING_CHARS)
    if found is None or not re.search(r"\s[A-Z]", found.group("who")):
        return None  # "We, the undersigned, ...": no makers named
    return found.group("who")


def professed(text: str, cue: Cue, after: str) -> str | None:
    """The doubt (`aside.DOUBTS`) of a cue that professes values, tells a state that needs
    care, a plan's benefit to people or the running of a sitting; else None."""
    if "commit" in text[cue.start : cue.end].lower() and _TO_VALUES.match(after):
        return "describes"  # "We are profoundly committed to the values of freedom"
    if _BENEFIT_BEFORE.search(text, 0, cue.start):
        return "describes"  # "... will have easier access ... under a VA plan to open"
    if cue.kind not in {"will", "would"}:
        return None
    if _NEEDS_CARE.match(after) and _RELATIVE.search(text, max(0, cue.start - 20), cue.start):
        return "describes"  # "risks remain which will need to be managed carefully"
    if _BENEFIT.match(after):
        return "describes"  # "Veterans ... will have easier access to health care"
    opening = _RUNS.search(text, 0, cue.end + 120)
    if opening and opening.start() <= cue.start:
        return "weak"  # "We will begin First Minister's questions shortly, but before we do"
    return None
