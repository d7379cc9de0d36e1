"""What a thing will touch, cause or be called, who an event will draw, and a view agreed of a
thing's future: told, not pledged.

Issue 13, round 29i (precision), after `effects` (29a) and `bearing` (29c). The false
candidates of blind46 to blind55 told with "will" still held forms those lists lack:

- the reach of a thing: "The ban will affect pubs and clubs", "It will impact on the
  whole supply chain", "This policy will have huge implications for trade", "the confusion
  these notices will cause";
- what a thing will be called or what it qualifies for: "It will be known as the Child
  Support Act 2025", "Revenue from these leases will be eligible for revenue-sharing";
- who will take part, as a list: "Participants will include patients and academics";
  a delegation's members stay (the splits label "The delegation will also include the
  Deputy Secretary" as often as not);
- what parties agree a thing will do: "we agree that consistency across states will allow
  the Cabinet to give one message", "The leaders agreed that a vaccination programme will
  require a joint effort": a shared view of a thing's effect, not the parties' act ("the
  leaders agreed that the Council will provide guidance" names an actor, and stays).

The reach and the agreed effect hold only for a subject that is a thing (not a person nor
an actor; "it", "this", "these" and the like count as things here); a name or a
qualification is a state, not an act, for any subject but a pronoun of people. All hold
only with no time frame ahead. A thing a body changes by its act ("Restaurants will be
restricted", "the bridge will reopen") is no form here: those are the issuer's plans.
Each is doubted ("describes"), so the sentence is set aside, one click from being
recorded, rather than lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.extract.actors import is_actor, subject_head
from bot.core.extract.bearing import borne_by_thing
from bot.core.extract.clauses import Cue
from bot.core.extract.cues import DESCRIPTIVE, FIRST_PERSON, PERSON_PRONOUNS
from bot.core.extract.effects import told_of_thing
from bot.core.extract.publishing import THING_PRONOUNS

# The reach of a thing, its name, or what it qualifies for.
_REACH = re.compile(
    r"^\s*(?:also\s+|now\s+|still\s+|\w+ly\s+)?(?:"
    r"affect|impact(?:\s+(?:on|upon))?|cause|"
    r"have\s+(?:an?\s+|the\s+|no\s+|some\s+)?(?:\w+\s+){0,2}?(?:implications|impacts?|effects?|"
    r"consequences|repercussions|ramifications|bearing)"
    r")\b",
    re.IGNORECASE,
)
# A state, not an act, whoever holds it: a name, or what someone qualifies for.
_STATE = re.compile(
    r"^\s*(?:also\s+|now\s+|still\s+|\w+ly\s+)?be\s+(?:"
    r"(?:known|called|named|titled|styled|referred\s+to)\b|"
    r"(?:eligible|entitled|liable)\s+(?:for|to)\b)",
    re.IGNORECASE,
)
_PEOPLE = FIRST_PERSON | PERSON_PRONOUNS | {"you", "they"}
# Those who take part in an event, named as a list: "Participants will include ...".
_TAKING_PART = frozenset(
    "participants attendees panelists panellists speakers guests invitees audiences "
    "audience delegates contributors".split()
)
_INCLUDE = re.compile(r"^\s*(?:also\s+)?include\b", re.IGNORECASE)
# The complement of an agreement: its subject, then "will" and what follows.
_AGREED_FUTURE = re.compile(
    r"\s*(?P<subject>[^,;:]{1,120}?)\s+will\s+(?P<rest>[^;:]*)", re.IGNORECASE
)


def _a_thing(head: str, text: str) -> bool:
    """Whether a subject head is a thing, not someone who can act."""
    words = head.split()
    if not words:
        return False
    return words[-1].lower() in THING_PRONOUNS or not is_actor(head, text)


def _told_future(rest: str) -> bool:
    """Whether the words after a "will" tell a thing's effect or reach."""
    rest = f" {rest}"
    return bool(
        DESCRIPTIVE.match(rest)
        or told_of_thing(rest)
        or borne_by_thing(rest)
        or _REACH.match(rest)
        or _STATE.match(rest)
    )


def reach_doubt(
    text: str, cue: Cue, after: str, head: Callable[[], str | None], whole: str, dated: bool
) -> str | None:
    """ "describes" for a thing's reach, name or qualification, a list of who takes part,
    or an agreement on a thing's effect (all undated); None otherwise. `head` gives the
    cue's subject head, `whole` the text (who is an actor in it)."""
    if dated:
        return None
    if cue.kind == "agree":
        agreed = _AGREED_FUTURE.match(text, cue.end)
        if agreed is None or not text[cue.start : cue.end].endswith("that"):
            return None
        subject = subject_head(agreed.group("subject")) or ""
        if _a_thing(subject, whole) and _told_future(agreed.group("rest")):
            return "describes"
        return None
    if cue.kind not in {"will", "would"}:
        return None
    if _REACH.match(after) and _a_thing(head() or "", whole):
        return "describes"
    if _STATE.match(after) and (head() or "").lower() not in _PEOPLE:
        return "describes"  # "Revenue from these leases will be eligible for ..."
    if _INCLUDE.match(after):
        words = (head() or "").lower().split()
        if words and words[-1] in _TAKING_PART:
            return "describes"
    return None
