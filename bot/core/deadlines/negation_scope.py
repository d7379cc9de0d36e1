"""Where a "not" stops (issue 12, round 14): a negation in a part of the sentence that does
not carry the time is no denial of the time. These shapes recurred across the sets:

- a "not" with no auxiliary before it modifies a noun ("Producers not in the selected
  states must file ... by the original July 15 deadline", "announcements ... but not
  received in time for inclusion ... will be printed next week"): when a finite verb of its
  own ("must file", "will be printed") follows, the time belongs to that verb;
- a "not" inside a condition ("if the Taoiseach shall not already have been called ... he
  shall be called by the Chair at 10.30 p.m."): the main clause after it, with its own
  subject and modal, is not denied;
- a "not" in a relative clause ("Staff who are not vaccinated must be tested by Friday",
  "Those who did not apply must reapply by 30 June", "Any report which is not filed must be
  filed by ...", "Applications that are not complete will be returned by ..."): the main verb
  after it carries the time, unless a complement with a subject of its own comes first ("who
  do not believe we will ...", "said that is not a promise the department will keep ...");
  a present "have" of time given is such a main verb ("Victims who have not applied have 30
  days left to sign up", stop 39k);
- a new subject after "and"/"but" ("He is not interfering with ... and he expects the report
  to be published early next month") starts a clause of its own;
- a "not" on a verb of changing the thing the time dates ("will not affect the timing of ...
  a poll planned for January 31"): the change is denied, the time stands (change_denied.py,
  stop 39g).

A "not" on the verb that carries the time ("will not meet on Friday", "do not expect ... by
June"), and one whose modifier holds the time ("Payments not made by 30 June will be
cancelled": the time comes before any verb of its own), still deny it.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.change_denied import change_denied

_AUX: Final = (
    r"(?:is|are|was|were|be|been|being|am|do|does|did|will|would|shall|should|can|could"
    r"|may|might|must|has|have|had|need)"
)
# a full or a contracted auxiliary ("we are not", "we're not", "I'm not", "it's not")
_CONTRACTED: Final = r"['’](?:m|re|s|ve|d|ll)"
_AUX_BEFORE: Final = re.compile(rf"(?:\b{_AUX}|{_CONTRACTED})\s+(?:[a-z]+ly\s+)?$")
# a modal with its verb, or a present "has"/"have" of time given ("Victims who have not
# applied have 30 days left to sign up", "Those who did not apply have until 30 June")
_FINITE_AFTER: Final = re.compile(
    r"\b(?:will|shall|must|should)\s+(?:not\s+)?(?:be\s+)?[a-z]+"
    r"|\b(?:has|have)\s+(?:not\s+)?(?:only\s+|just\s+)?(?=until\b|[0-9]|$)"
)
_IN_RELATIVE: Final = re.compile(
    rf"\b(?:who|which|that)(?:\s+{_AUX}|{_CONTRACTED})\s+(?:[a-z]+ly\s+)?$"
)
# between the relative clause's "not" and the main verb: no complement with a subject of its
# own ("who do not believe we will ...", "which is not a promise the department will keep")
_COMPLEMENT: Final = re.compile(
    r"\b(?:that|whether|if|we|i|he|she|it|they|you|a|an|the|one|this|these|those|any|some"
    r"|my|our|your|their|his|her|its)\b"
)
# a relative clause with a subject of its own (round 20): "issues on which they do not bear
# the burden of proof will be due May 30", "the rooms that we do not need will be let by
# June"; not a verb of thinking, whose complement may hold the time ("on which they do not
# expect a ruling will come by May")
_OWN_SUBJECT_RELATIVE: Final = re.compile(
    r"(?:\b(?:on|in|for|by|under|to|from|with|of|at|about|over)\s+(?:which|whom)"
    rf"\s+(?:[a-z]+\s+){{1,3}}?|\b(?:which|that|who|whom)\s+(?:we|they|i|you|he|she))\s+{_AUX}"
    r"\s+$"
)
_THINKING: Final = re.compile(
    r"\s+(?:think|believe|expect|know|say|agree|accept|consider|feel|suppose|anticipate"
    r"|intend|plan|promise|guarantee|see|hope|want|wish|envisage|foresee|doubt)\b"
)
_IN_CONDITION: Final = re.compile(r"\b(?:if|unless)\s[^,;]*$")
_MAIN_AFTER: Final = re.compile(
    r"\b(?:he|she|it|they|we|i|you|the\s+[a-z]+)\s+(?:shall|will|must)\s+(?!not\b)"
)
_NEW_SUBJECT: Final = re.compile(
    r"\b(?:and|but)\s+(?:he|she|they|we|i)\s+(?:expects?|hopes?|intends?|plans?|will|shall)\b"
)


def stops_before(clause: str, start: int, end: int) -> bool:
    """Whether the "not" at clause[start:end] stops before the clause's end (where the
    time phrase comes)."""
    after = clause[end : end + 200]
    if _NEW_SUBJECT.search(after) is not None:
        return True
    before = clause[max(0, start - 60) : start]
    if _AUX_BEFORE.search(before) is None:
        if re.match(r"\s+(?:all|every\w*|many|much|both)\b", after):
            return False  # "Not all staff will be tested by Friday": the whole is denied
        return _main_verb(after) is not None and not after.lstrip().startswith("by")
    if change_denied(after):
        return True  # "will not affect the timing of a poll planned for January 31"
    if _IN_RELATIVE.search(before) is not None:
        # the main verb, not one of what the relative clause's verb denies ("who do not
        # believe we will finish by Friday", "who are not convinced that the bill will ...")
        m = _main_verb(after)
        return m is not None and _COMPLEMENT.search(after, 0, m.start()) is None
    if "which" in before or "that" in before or "who" in before:
        if _OWN_SUBJECT_RELATIVE.search(before) is not None and not _THINKING.match(after):
            return _main_verb(after) is not None
    return _IN_CONDITION.search(before) is not None and _MAIN_AFTER.search(after) is not None


def _main_verb(after: str) -> re.Match[str] | None:
    """The finite verb after the "not", when it is not denied itself ("Staff who are not
    vaccinated will not be tested by Friday": the second "not" denies the time)."""
    m = _FINITE_AFTER.search(after)
    return m if m is not None and m[0].split()[1:2] != ["not"] else None
