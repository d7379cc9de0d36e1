"""A document's own notices and the running of a sitting: no pledge, whatever the cue.

Issue 13, round 28a (precision). blind40 and blind41 put forward sentences that belong to
the paper rather than to anyone's promise, and the sentences about a meeting's own
timetable:

- a cover note's formula: "Delegations will find attached the conclusions": the
  recipients find the document, nobody undertakes anything;
- a notice to a transcript's readers: "Members who receive this for the purpose of
  correcting questions ... are asked to send corrections to the clerk";
- a standing rule of a procedure, a "must" with a lead time before an event of the kind:
  "Written Questions must be tabled at least five working days before they are to be
  answered" (a rule of the house, repeated on every page, not a promise);
- "due to" as a cause after a participle: "Our meeting has been delayed considerably due
  to votes in the Chamber" ("the report is due to be published" stays a timetable).

Each is refuted outright (`doubts.not_pledged`): none of them is a doubtful promise.
Only grammar is read here, never a particular body or document.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

# "will find attached the conclusions", "will find enclosed", "will find herewith".
_COVER = re.compile(r"\s+find\s+(?:attached|enclosed|herewith|annexed|below)\b")
# Those addressed as the readers of the paper: "Members who receive this", "recipients".
_READERS = re.compile(
    r"\b(?:who|that)\s+receives?\s+(?:this|it|these|the\s+(?:transcript|document|record))\b|"
    r"^\W*(?:readers|recipients)\b",
    re.IGNORECASE,
)
# A request put to them in the passive: "are asked to", "are requested to".
_ASKED = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:asked|requested|invited|reminded)\s+to\b")
# A lead time before an event of the kind: "at least five working days before",
# "no later than 48 hours before", "not less than ten days in advance".
_LEAD_TIME = re.compile(
    r"\s+be\s+\w+ed\s+(?:at\s+least|no\s+later\s+than|not\s+later\s+than|not\s+less\s+than|"
    r"no\s+less\s+than)\s+(?:\w+|\d+)\s+(?:(?:clear|working|sitting|calendar|business)\s+)?"
    r"(?:days?|hours?|weeks?|months?)\s+(?:before|prior\s+to|in\s+advance)\b"
)
# The rule, with what follows it ("before they are to be answered" is part of the rule).
_RULE = re.compile(r"\bmust" + _LEAD_TIME.pattern)
# Where the rule's clause ends: "must be submitted at least ten days before the hearing,
# and the ministry will publish the results by 1 June" keeps the ministry's promise.
_NEXT_CLAUSE = re.compile(r"[,;:]")
# A rulemaking document telling what it proposes: "This NPRM proposes to reinstate",
# "SUMMARY: This action proposes to remove Class E airspace". The paper states its own
# content; a proposal is no commitment to adopt it (a final rule would be another text).
_SELF_PROPOSAL = re.compile(
    r"\b(?:this|the)\s+(?:proposed\s+rule|proposed\s+action|proposal|(?:supplemental\s+)?"
    r"notice(?:\s+of\s+proposed\s+rulemaking)?|NPRM|SNPRM|ANPRM|action|document|rulemaking)"
    r"\s+(?:also\s+|further\s+|therefore\s+)?$",
    re.IGNORECASE,
)
# "delayed considerably due to", "closed due to": a cause, not a timetable.
_CAUSE = re.compile(r"\b\w+(?:ed|en)\s+(?:\w+ly\s+)?due\s+to\s*$")


def paper_notice(text: str, cue: Cue) -> bool:
    """Whether the cue sits in a document's notice, a standing rule or a cause."""
    words = text[cue.start : cue.end]
    if cue.kind == "will" and _COVER.match(text, cue.end):
        return True  # "Delegations will find attached the conclusions"
    if words.startswith("propos") and _SELF_PROPOSAL.search(text[: cue.start]):
        return True  # "This NPRM proposes to reinstate ..."
    if words.startswith("due") and _CAUSE.search(text[: cue.end]):
        return True  # "has been delayed considerably due to votes"
    rule = _RULE.search(text)
    if rule and cue.start >= rule.start() and not _NEXT_CLAUSE.search(text, rule.end(), cue.start):
        return True  # "must be tabled at least five working days before they are to be"
    asked = _ASKED.search(text, max(0, cue.start - 12), cue.end + 12)
    return asked is not None and _READERS.search(text[: asked.start()]) is not None
