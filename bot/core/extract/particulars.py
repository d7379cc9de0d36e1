"""A release's particulars: the practical terms for the public, numbers estimated, a
thing praised. Told, not pledged.

Issue 13, round 28e (precision). Three kinds of "will" in releases that the cues read as
commitments but that bind no named actor to an act anyone could check later:

- the practical terms an event or a sale offers the public: when doors open, how seats
  and turns are given ("first come, first served"), how long each turn lasts, what
  becomes of what is sent in, where orders are taken and what fees are added, a time
  of day with no date for an exercise, and a call on the public ("Boaters are asked to
  keep clear"). The event or the sale itself is announced, and labelled, elsewhere;
- numbers estimated or expected, and what someone is said to suggest: "the number of
  visitors is expected to rise by a third", "the agency estimates 3 million people will
  travel", "the firm suggests that its results will suffer": a forecast (CONVENTIONS
  2.2), not an act;
- a thing praised or described: what ties or a partnership "will further strengthen",
  what "will be a great asset", what its audience "will enjoy", a document that "will
  detail" or an exhibition that "will trace" its contents, a statement "upon which we
  will build": effects and contents, not acts (2.2, 2.5).

Each is doubted (moved to the "maybe" list), never refuted. Only grammar and a few closed
word lists are read here.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue
from bot.core.extract.cues import ANY_PRONOUN, FIRST_PERSON
from bot.core.extract.literals import holds_any_folded
from bot.core.extract.occasions import clause_before

_WILL = r"(?:will|would|shall)"
# The practical terms for the public (read in the cue's sentence as `_told` says).
_TERMS = re.compile(
    r"\b(?:"
    rf"doors\s+{_WILL}\s+open"
    rf"|{_WILL}\s+become\s+(?:a\s+)?part\s+of\s+the\s+(?:public\s+|official\s+)?record"
    rf"|{_WILL}\s+(?:each\s+)?(?:be|last)\s+(?:about\s+|up\s+to\s+)?\d+\s+(?:minutes?|hours?)"
    r"(?:\s+long)?\b"
    rf"|orders\s+{_WILL}\s+be\s+(?:accepted|taken|processed|shipped|filled)"
    rf"|(?:fee|charge|surcharge)\s+of\s+(?:[^.;]|\.\d){{0,30}}?{_WILL}\s+be\s+(?:added|charged|applied)"
    r")",
    re.I,
)
# How seats or turns are given, said of the whole sentence ("Stands are allotted on a
# first-come, first-served basis and will be free").
_FIRST_COME = re.compile(r"\bfirst[-\s]come,?\s+first[-\s]served?", re.I)
# A time of day with no date: "Training will take place in the late afternoon".
_TIME_OF_DAY = re.compile(
    r"\s+(?:take\s+place|be\s+held|be\s+conducted|run)\s+(?:in\s+the\s+|at\s+)"
    r"(?:(?:late|early)\s+)?(?:morning|afternoon|evening|night)\b",
    re.I,
)
# A call on the public: "Mariners are asked to use caution", "Residents are urged to".
_PUBLIC = (
    r"(?:mariners|boaters|motorists|drivers|residents|visitors|passengers|travell?ers|"
    r"(?:members\s+of\s+)?the\s+public|pilots|fishermen|swimmers|hikers|attendees|guests)"
)
_CALLED = re.compile(
    rf"\b{_PUBLIC}\s+(?:are|is)\s+(?:also\s+|strongly\s+)?"
    r"(?:asked|urged|advised|encouraged|reminded|requested|cautioned)\s+to\b",
    re.I,
)

# A number expected to move, or a count or a course someone estimates or suggests.
_NUMBERS = (
    r"(?:number|numbers|total|figure|volume|demand|traffic|turnout|travell?ers|passengers|"
    r"visitors|attendance|prices?|costs?|sales|rates?)"
)
_EXPECTED_MOVE = re.compile(
    rf"\b{_NUMBERS}\b[^.;]{{0,60}}?\b(?:is|are)\s+(?:also\s+)?(?:expected|projected|forecast|"
    r"estimated)\s+to\s+(?:increase|rise|grow|stay|remain|reach|exceed|double|triple|fall|"
    r"drop|decline|decrease|top|climb|peak|surpass)\b",
    re.I,
)
# The verb, then "that" or a number ("TSA estimates 41 million passengers will travel"),
# not the noun ("These projects are to receive money"); a comma after it closes its object
# ("the forecast, which predicts 163% of the inflow, ... the agency will begin").
_ESTIMATES = re.compile(
    r"\b(?:estimates|projects|forecasts|predicts|suggests|anticipates)\s+"
    r"(?:that\b|(?:about\s+|some\s+|nearly\s+|around\s+|over\s+|more\s+than\s+)?\d)",
    re.I,
)

# A thing's effect or content, after an undated "will".
_PRAISED = re.compile(
    r"\s+(?:also\s+)?(?:further\s+(?:deepen|strengthen|enhance|bolster|boost|improve|advance|"
    r"expand)|be\s+(?:a|an)\s+(?:great|valuable|real|huge|important|tremendous|wonderful|"
    r"welcome|invaluable)\s+(?:asset|resource|benefit|boost|help|addition))\b",
    re.I,
)
_AUDIENCE = re.compile(
    r"\b(?:listeners|viewers|fans|readers|audiences?|visitors|users|subscribers)"
    r"(?:\s+(?:across|in|from|of|around)\s+[^.;,]{1,40}?)?\s*$",
    re.I,
)
_ENJOY = re.compile(r"\s+(?:also\s+)?(?:enjoy|receive|hear|see|get|find|discover)\b", re.I)
_DOCUMENT = re.compile(
    r"\b(?:exhibition|exhibit|show|roundtable|programme|program|report|book|series|"
    r"documentary|film|strategy|guide|publication|catalogue|catalog)\s*(?:,[^,]{1,60},\s*)?$",
    re.I,
)
_CONTENTS = re.compile(
    r"\s+(?:also\s+)?(?:trace|explore|examine|feature|showcase|detail|highlight|chronicle|"
    r"document|survey|look\s+at)\b",
    re.I,
)
# A country or a place one is determined to make: an aim, not an act ("determined to make
# Wales a nation where every child can thrive"); "determined to make the case" stays.
_AIM = re.compile(
    r"(?:(?:am|is|are|remain|remains)\s+)?determined\s+to\s+(?:make|build|create)\s+"
    r"(?:[\w’'\-]+\s+){0,3}?(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:country|nation|place|society|city|world|region)\s+(?:where|in\s+which|that|which)\b",
    re.I,
)
# What a thing will be "not just" for: "it will be not just the seniors who benefit".
_NOT_JUST = re.compile(r"\s+be\s+not\s+(?:just|only|merely)\b", re.I)
_UPON_WHICH = re.compile(r"\b(?:upon|on)\s+which\s+(?:we|they|it)\s*$", re.I)
# The speakers' own subject, and others': every pronoun but "it" (a thing), and "you".
_PRONOUN = re.compile(r"\b(?:" + "|".join(sorted(ANY_PRONOUN - {"it"} | {"you"})) + r")\s*$", re.I)
# The speaker's own course after "estimates that": "we expect that we will finish".
_OWN_COURSE = re.compile(r"\s*(?:" + "|".join(sorted(FIRST_PERSON)) + r")\b", re.I)
# Where a clause begins: the last stop, semicolon or dash before the cue.
_CLAUSE = re.compile(r"[.;:!?—–]\s|\s-\s|^")


def _told(pattern: re.Pattern[str], text: str, cue: Cue, dated: bool) -> bool:
    """Whether `pattern` tells the sentence `text` as particulars: anywhere in it for an
    undated cue ("Doors will open at 9 a.m. and guests will be asked to sign in"), only in
    the words holding the cue for a dated one, whose act in another clause stays ("The
    city will reopen the beach on Friday, and swimmers are urged to stay in the flags")."""
    if not dated:
        return pattern.search(text) is not None
    return any(found.start() <= cue.start < found.end() for found in pattern.finditer(text))


def _practical(text: str, cue: Cue, dated: bool) -> bool:
    """The practical terms of an event or a sale, or a call on the public."""
    if _FIRST_COME.search(text) or any(_told(p, text, cue, dated) for p in (_TERMS, _CALLED)):
        return True
    return not dated and cue.kind == "will" and _TIME_OF_DAY.match(text, cue.end) is not None


def _estimated(text: str, cue: Cue, dated: bool) -> bool:
    """A number expected to move, or a course someone estimates or suggests before the
    cue ("TSA estimates 2 million passengers will travel"); not the speaker's own
    ("we expect that we will finish")."""
    moving = holds_any_folded(text, ("expected", "projected", "forecast", "estimated"))
    if moving and _told(_EXPECTED_MOVE, text, cue, dated):  # its verbs first (`literals`)
        return True
    before = text[: cue.start]
    found = list(_ESTIMATES.finditer(before))
    if not found or re.search(r"[,;]\s", before[found[-1].end() :]):
        return False
    return not _OWN_COURSE.match(before[found[-1].end() :].removeprefix("that"))


def _described(text: str, cue: Cue, dated: bool) -> bool:
    """What a "will" says a thing does or is worth, or (undated) what it contains or what
    its audience gets from it; not the speakers' own act ("we will further strengthen")."""
    if cue.kind != "will":
        return False
    subject = clause_before(_CLAUSE, text, cue)
    if _UPON_WHICH.search(subject):
        return True
    if _PRONOUN.search(subject):
        return False
    if _PRAISED.match(text, cue.end) or _NOT_JUST.match(text, cue.end):
        return True  # a praised effect, dated or not ("will further deepen the bond")
    if dated:
        return False
    if _AUDIENCE.search(subject) and _ENJOY.match(text, cue.end):
        return True
    return _DOCUMENT.search(subject) is not None and _CONTENTS.match(text, cue.end) is not None


def particulars_doubt(text: str, cue: Cue, dated: bool) -> str | None:
    """The doubt of a cue told as a release's particulars or an aim (`aside.DOUBTS`), or
    None."""
    if _AIM.match(text, cue.start):
        return "weak"
    if _practical(text, cue, dated):
        return "describes"
    if _estimated(text, cue, dated):
        return "forecast"
    return "describes" if _described(text, cue, dated) else None
