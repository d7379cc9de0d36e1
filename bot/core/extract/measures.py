"""What research, a rule or a measure will do, a state foreseen, a meeting's own course and
an appeal: told, not pledged.

Issue 13, round 28a (precision). The false candidates of blind40 and blind41 that the
older readings (`outcomes`, `describing`) left as pledges:

- the field a body of work will cover, told of the work ("Research in this area will
  focus on new tools", "This work will focus on materials broadly"); what a meeting
  "will focus on" is its agenda, which stays as the older rules read it;
- the effect of a measure, a rule or an act named by a gerund ("These rules will reduce
  the waiting period", "Banning them will cut pollution"), or of the thing a relative
  clause describes ("released the plan, which will drive growth"); a body's own "will
  reduce its emissions by 25% by 2020" is dated or has an actor, and stays;
- a benefit told as a state ("conditions that will be beneficial to native fish"), and
  a role told rather than an act ("With such a target, the country will take on the
  leadership role", in a third party's praise);
- a state foreseen of a thing ("the reservoir is expected to fill this year", "debt is
  expected to peak at 30 percent"): a forecast, even with a date (CONVENTIONS 2.4);
- a possibility told of the meeting ("we may have to defer this meeting"); the chair's
  course of it ("We will deal with the private business after the public business") is
  the running of the sitting (`sitting`);
- a commitment asked of others after an adverb ("calls on all parties to fully commit
  to"), which `negations.REQUEST` reads only with "to" right before the cue; and a call to
  meet the moment ("we must face the future"), or a verbless fragment after a conjunction
  ("And a robust commitment to international law."): rhetoric.

Each is doubted (set aside under "Maybe"), not refuted: a reader may still see a pledge.
Only grammar is read here, never a particular body or measure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.extract.actors import EVENTS, is_actor
from bot.core.extract.clauses import Cue
from bot.core.extract.cues import reports
from bot.core.extract.spent import spent_effect

# "will focus on", "will mainly concentrate on".
_FOCUS = re.compile(r"\s+(?:\w+ly\s+|also\s+)?(?:focus|concentrate|centre|center)\s+on\b")
# Nouns of a body of work, whose focus is its field.
_WORKS = frozenset(
    "research work study studies project projects programme program effort efforts "
    "initiative investigation".split()
)
# An occasion's focus is its agenda, which stays: "The discussions will
# center on security issues" (`actors.EVENTS` and talk of the kind).
_OCCASIONS = EVENTS | frozenset("discussion discussions dialogue meetings visits".split())
# The second verb of a field told: "will focus on materials broadly and will include".
_FOCUS_AND = re.compile(
    r"\bwill\s+(?:\w+ly\s+|also\s+)?(?:focus|concentrate)\s+on\b[^;:]{1,120}\s+and\s+$"
)
# An effect: "will reduce", "will help to drive", "will further cut".
_EFFECT = re.compile(
    r"\s+(?:\w+ly\s+|also\s+|further\s+)?(?:help\s+(?:to\s+)?)?"
    r"(?:reduce|cut|lower|drive|boost|spur|curb|lessen)\b"
)
# A benefit told as a state: "will be beneficial to", "will be very helpful for".
_BENEFICIAL = re.compile(
    r"\s+be\s+(?:\w+ly\s+|very\s+|most\s+|more\s+|also\s+)?(?:beneficial|helpful|advantageous)\b"
)
# Nouns of a measure whose effect is told: "These regulations", "The ban", "the changes".
_MEASURES = frozenset(
    "regulation regulations rule rules measure measures ban bans change changes reform "
    "reforms policy policies law laws requirement requirements restriction restrictions "
    "scheme schemes plan plans programme programmes program programs".split()
)
# An act named by a gerund at the head of the sentence: "Banning them will", "Investing in
# skills will"; not a preposition ending in "-ing" ("During the visit Mr English will").
_GERUND = re.compile(r"^\W*(?P<word>[A-Z][a-z]+ing)\s+[^,;:]{0,80}$")
_NOT_GERUNDS = frozenset(
    "during following including according regarding concerning beginning starting pending "
    "notwithstanding barring excluding considering".split()
)
# A relative after a comma, describing the thing just named: "the plan, which will".
_WHICH = re.compile(r",\s+which\s+(?:\w+ly\s+)?$")
# Past participles without "-ed", "-en" or "-wn" (with "re-", "up-", "with-" and the like):
# "is expected to be held on Tuesday" is an act planned, not a state foreseen.
_IRREGULAR_PARTICIPLES = (
    r"(?:re|up|with|over|under|out)?(?:held|made|built|done|sent|paid|laid|set|put|shut|cut|run"
    r"|brought|bought|sought|taught|found|met|read|led|sold|told|won|begun|kept|left|lost|spent"
    r"|struck|hit|let|heard|said|fed|bound|dealt|felt|meant|lent|bent|spread|cast|sung|hung|dug)"
)
# A state foreseen: "expected to fill", "expected to be at above-average levels", "is set
# to grow", and "be" with an adjective ("Votes are expected to be close", "to be tight next
# week"), the clause going on with no more than a time or a comparison. Not "be" with a past
# participle ("is expected to be completed by May", "to be held on Tuesday": an act), a
# noun phrase ("to be a major step") or a particle ("to be back in session", "to be able
# to", "to be due"), which stay as the older rules read them.
_STATE = re.compile(
    r"\s+(?:to\s+)?(?:\w+ly\s+)?(?:be\s+(?:at|above|below|near|full)|fill|peak|exceed|rise|fall|"
    r"drop|decline|grow|shrink|slow|ease|remain\s+(?:above|below|high|low))\b|"
    r"\s+(?:to\s+)?\w+ly\s+reduce\b|"  # "inflation is expected to substantially reduce"
    r"\s+(?:to\s+)?be\s+(?:\w+ly\s+|very\s+|more\s+|less\s+|too\s+)?"
    rf"(?!(?:{_IRREGULAR_PARTICIPLES}|back|out|up|off|down|over|in|on|here|there|home|able|due"
    r"|about|under|through|sure|unable)\b)(?![a-z]+(?:ed|en|wn|ing)\b)[a-z]{2,}"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:on|at|by|in|for|with|than|as|next|this|until|through|over"
    r"|during|again)\b)"
)
# "may have to defer", "might have to": a possibility, not an undertaking.
_MAY_HAVE = re.compile(r"\b(?:may|might|could)\s+(?:well\s+|yet\s+)?$")
# A call on others, with an adverb before their commitment: "calls on all parties to fully".
_CALLED_ON = re.compile(
    r"\b(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?)\s+(?:on|upon|to)\s+[^.;:]{1,80}?\s+to\s+"
    r"\w+ly\s+$",
    re.IGNORECASE,
)
# A role told, not an act: "will take on the leadership role", "will play a key role".
_ROLE = re.compile(
    r"\s+(?:\w+ly\s+|also\s+)?(?:take\s+on|assume|play|fulfil+)\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w\-]+\s+){0,3}?roles?\b"
)
# A verbless fragment after a conjunction, in a speech: "And a robust commitment to
# international law."
_FRAGMENT = re.compile(r"^\W*(?:And|But|Or|Plus)\s+(?:a|an|the|our|its|their)\s+")
_FINITE = re.compile(
    r"\b(?:will|would|shall|should|must|can|could|may|is|are|was|were|has|have|had|do|does|"
    r"did)\b",
    re.IGNORECASE,
)
# "we must face the future", "we must rise to the challenge": rhetoric.
_MOMENT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:face|confront|embrace|seize|meet|rise\s+to)\s+(?:the|this|that|our)\s+"
    r"(?:\w+\s+)?(?:future|moment|challenges?|task)\b"
)


def measure_doubt(
    text: str, cue: Cue, after: str, subject: Callable[[], str | None], dated: bool
) -> str | None:
    """The doubt (`aside.DOUBTS`) of a cue told as a measure's effect, a forecast state, a
    mere possibility or an appeal, or None (the chair's course of the sitting is read by
    `sitting.running_doubt`, asked first). `subject` gives the cue's subject head (""
    when none was found), read only for the forms that need it; `dated` whether the cue's
    clause names a time ahead."""
    before = text[: cue.start]
    if _FRAGMENT.match(text) and not _FINITE.search(text):
        return "weak"  # "And a robust commitment to international law."
    if _CALLED_ON.search(before):
        return "vetoed"  # "calls on all parties to fully commit to"
    words = text[cue.start : cue.end].lower()
    if words.startswith(("have to", "has to")) and _MAY_HAVE.search(before):
        return "weak"  # "we may have to defer this meeting"
    if ("expected" in words or words.endswith("set to")) and _STATE.match(text, cue.end):
        head = subject() or ""
        return "forecast" if head and not is_actor(head, text) else None
    if cue.kind == "must" and _MOMENT.match(after):
        return "weak"  # "we must face the future once again"
    if cue.kind not in {"will", "would"}:
        return None
    if dated:
        return None
    if _BENEFICIAL.match(after) or _ROLE.match(after):
        return "describes"  # "will be beneficial to", "will take on the leadership role"
    if spent_effect(before, after):
        return "describes"  # "These grants will allow the projects to continue" (`spent`)
    if _FOCUS_AND.search(before):  # "This work will focus on X and will include": told
        return "describes"  # by the first verb, which this rule has read already
    if _FOCUS.match(after):
        return "describes" if _work(subject() or "", text) else None
    if not _EFFECT.match(after):
        return None
    return "describes" if _measure(before, subject() or "") else None


def _work(head: str, text: str) -> bool:
    """Whether a subject names a body of work, not someone nor an occasion: "Research in
    this category" (capitalised at the start, which `actors.is_actor` may take for a
    name), "This work"; not "The discussions" (an agenda)."""
    words = head.lower().split()
    if not words or words[-1] in _OCCASIONS:
        return False
    return words[-1] in _WORKS or not is_actor(head, text)


def _measure(before: str, head: str) -> bool:
    """Whether the subject before an effect is a measure, an act named by a gerund, or the
    thing a relative clause describes ("the plan, which will drive growth")."""
    if _WHICH.search(before):
        return True
    gerund = _GERUND.match(before)
    if gerund and gerund.group("word").lower() not in _NOT_GERUNDS and not any(reports(before)):
        return True  # not "Speaking to reporters X said her government will cut"
    last = head.lower().split()[-1] if head.strip() else ""
    return last in _MEASURES
