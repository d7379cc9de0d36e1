"""A standing duty or remit, told in the present: what someone is for, not an act ahead.

Issue 13, stop 38 (tuner a, precision). Among the DEV splits' false candidates, a law or a
rule tells what it makes someone do ("The Act requires Ministers ... to examine their
powers", "The Federal Land Policy and Management Act directs the Secretary of the Interior
to involve the public", "This Directive establishes policies", "The rule also requires
separate statistics"), and a body or a class of people is told its standing remit ("The
FEC is charged with administering the Act", "The Ministry of Defence is regularly tasked
to support broader HMG objectives", "Air carriers are required to fully comply with all of
these legally enforceable directives", "Food items are normally required to be low in
fat"). Each describes how things stand, as a charter does: nothing is undertaken that a
reader could later check was done (CONVENTIONS 2.2, a description). A time frame makes it
a task with its own date ("Ministers are required to report ... by 1 May 2014", "the
Government is tasked with completing the building in 2023") and lifts the doubt; so does
a duty laid now or ahead ("will be required to", "is being required to").

An order is not such a law: "The order directs the Secretary to ..." in an executive order
or its fact sheet lays a duty now, which the issue counts as a pledge (CONVENTIONS 1.4 and
6.1; stop 39 review: "order" had been among the laws below, against that definition).

Such a cue is doubted as "describes" (set aside under "Maybe"), never refuted. Only
grammar is read: the cue's own words and the auxiliary before them.
"""

from __future__ import annotations

import re

from bot.core.extract.clauses import Cue

# A standing law or rule as the subject of a verb that lays duties: "Act requires", "rule
# also establishes", "Directive establishes", "Act directs", "the Act sets" (not an order).
_LAW_LAYS = re.compile(
    r"(?:act|rule|regulations?|directive|statute|law|code|section|charter)\s+"
    r"(?:also\s+|further\s+)?(?:requires|directs|establishes|sets|obliges|mandates)\b",
    re.IGNORECASE,
)
# A remit held in the present, with at most an adverb of habit or degree before it: "is
# charged with", "are normally required to", "is regularly tasked to" (not "will be
# required to", "is being required to", "has been tasked with": a duty laid, an act).
_REMIT = re.compile(
    r"(?:is|are)\s+(?:(?:also|normally|generally|usually|regularly|routinely|legally|"
    r"statutorily|already)\s+)?(?:charged\s+with|tasked\s+(?:with|to)|required\s+to)",
    re.IGNORECASE,
)


def remit_doubt(text: str, cue: Cue, dated: bool) -> str | None:
    """ "describes" for an undated standing duty or remit told in the present (a law's
    requirement, a body's charge), else None. `dated`: whether the cue's clause names a
    time ahead."""
    if dated:
        return None
    word = text[cue.start : cue.end]
    if _LAW_LAYS.fullmatch(word) or _REMIT.fullmatch(word):
        return "describes"
    return None
