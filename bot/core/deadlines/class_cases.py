"""A time limit for every case of a class (issue 12, round 24b): "the policy that all
suspected stroke cases will be sent ... to those units for three days", "whether all
suspected stroke patients will be seen within three days". A span given to "all" the
cases, patients or applications of a kind is a standard kept for each one as it comes,
counted from each case's own start (the cases are the subject: "letters will issue to all
applicants" is one act, and so is clearing a set fixed now: "all outstanding cases will
be cleared"), not from the moment of speaking (CONVENTIONS 1.3, as
"each complaint gets a reply within five working days"): `recurring`. A dated limit ("all
applications received by 30 June") is untouched: standing.recurring_at reads this only for
a phrase without a date.

Stop 60: "most" names the class as "all" does ("Most general creditor claims will be
acknowledged or denied by the FDIC within 180 days"): a standard kept for each case, whatever
share of them meets it.
"""

from __future__ import annotations

import re
from typing import Final

# "all (suspected stroke) cases", "all new patients", "most general creditor claims"
_ALL_CASES: Final = re.compile(
    r"\b(?:all|most)\s+(?:(?!(?:the|these|those|of|our|their|its|his|her|this|that|outstanding"
    r"|remaining|existing|pending|current|backlogged)\b)[a-z-]+\s+)"
    r"{0,3}(?:cases|patients|applications|applicants|claims|claimants|referrals|complaints"
    r"|requests|enquiries|inquiries|appeals|victims|casualties|callers|calls|reports"
    r"|admissions|arrivals|offenders|detainees)\s+(?:(?:will|shall|must|should|would|are|can)\s+)?"
    # the cases are the subject of the limit: "... cases will be sent", "patients are seen"
    r"(?:be|are|get|receive)\b"
)


# "All Members who are called will have up to three minutes to speak" (round D): a class
# named by what happens to each of its members ("who are called", "who apply") and given a
# span as the subject of "have", "get" or "be given": the span counts from each member's own
# turn, which comes to each at a time not given, not from the moment of speaking. Not a set
# there now ("All Members will have two weeks to comment": one span for all, from now), nor
# a class named by what has come to it ("all those who applied will have ..."): a set fixed now.
_ALL_WHO: Final = re.compile(
    r"\b(?:all|any)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+who\s+"
    r"(?!(?:[a-z]+ed|were|was|had|have|has|did|came|went|spoke|wrote)\b)(?:[a-z']+\s+){1,4}?"
    r"(?:will|shall|may|can|would)\s+(?:have|get|be\s+(?:given|allowed|granted))\s"
)


def all_cases(text: str, kind: str) -> bool:
    """Whether the text gives its limit, a span (not a vague word: "letters will issue to
    all applicants ... in due course" is one act), to all the cases of a class as the
    subject of the limit, or to each member of a class named by what comes to it."""
    if kind != "span" or ("all " not in text and "any " not in text and "most " not in text):
        return False
    return _ALL_CASES.search(text) is not None or _ALL_WHO.search(text) is not None


# "All teleconferences start at 4 pm", "all sessions begin at 9.30": a time kept by every
# gathering of a kind, told in the present of habit, is a standing schedule (CONVENTIONS 1.3)
_ALL_GATHERINGS: Final = re.compile(
    r"\ball\s+(?:[a-z-]+\s+){0,2}(?:meetings|sessions|sittings|teleconferences|conference\s+calls"
    r"|calls|webinars|hearings|classes|tours|briefings|events|shifts)\s+"
    r"(?:start|begin|end|finish|run|open|close|commence|are\s+held|take\s+place)\b"
)


# "All meetings end at 5 p.m. today": the gatherings of one day, not a schedule
_ONE_DAY: Final = re.compile(
    r"\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week))\b"
)


def all_gatherings(text: str) -> bool:
    """Whether the text sets the time of every gathering of a kind (see above)."""
    return (
        "all " in text
        and _ALL_GATHERINGS.search(text) is not None
        and _ONE_DAY.search(text) is None
    )
