"""A thing that undergoes a change of state is not who commits to it.

"Federal waters of the Gulf will close to harvest on 11 July", "The pilot scheme will
transition to its second phase in May", "This Order comes into force on 1 April", "Eight
new Bills are due to be introduced": the subject closes, moves on, takes effect or is
acted on, and the nearest noun phrase (the waters, the scheme, the Order, the Bills) is
what the release is about, not its actor. The actor is the body that issues the text,
as for `mastheads.acted_upon`'s passives; this module adds the verbs of a state changing
(closing, reopening, ending, expiring, coming into force, remaining in place) and the
scheduled passive ("is expected to be signed", "due to be introduced").

Only a subject a determiner or a count introduces is read so ("the Gulf", "eight new
Bills", "all editions"): a bare name may be a person's ("Smith will remain in post"),
and a body's head ("the sector", "the Commission") or an office is an actor.
Used by `impersonal._behind`, so the name changes and nothing is scored differently.

Issue 13, round 29g.
"""

from __future__ import annotations

import re

from bot.core.extract.actors import noun_phrase_before
from bot.core.extract.calendar_names import CAPITALISED_MONTHS
from bot.core.extract.cues import TITLES
from bot.core.extract.mastheads import actor_headed, found_in

# A modal or a copula and a scheduling frame, then the change of state, from the cue on:
# "will close", "is expected to be signed", "due to be introduced", "comes into force".
_CHANGE = re.compile(
    r"(?:(?:will|shall|would|could|may|might|can|is|are)\s+)?"
    r"(?:(?:now|also|then|soon|\w+ly)\s+)?"
    r"(?:(?:expected|due|set|scheduled|planned|likely)\s+to\s+)?"
    r"(?:(?:close|reopen|expire|lapse|cease\s+to\s+have\s+effect|transition)s?\b"
    r"|(?:end|ends)\s+on\b"
    r"|(?:enter|enters|come|comes)\s+into\s+(?:force|circulation|effect|operation)\b"
    r"|takes?\s+effect\b"
    r"|remains?\s+(?:in\s+place|in\s+force|open|closed|available|accessible|publicly|unchanged)\b"
    r"|be\s+(?:\w+ly\s+)?(?!joined|accompanied|asked|invited|pleased|able|briefed)"
    rf"\w+(?:ed|en)\b(?!\s+by\s+(?:the\s+)?(?!(?:{CAPITALISED_MONTHS})\b)[A-Z]))"
)
# A copula the cue ("due to", "expected") leaves before it: "Ten permits are due to be".
_COPULA = re.compile(r"(?i)\s+(?:is|are|was|were|will|shall)$")
# The counts spelt out that introduce a thing's name ("Twelve new permits"), here and in
# `impersonal`'s post to be filled ("Two new Commissioners will be appointed").
COUNTS = "one two three four five six seven eight nine ten twelve".split()
# What may introduce a thing's name: a determiner, a quantifier or a count.
_INTRODUCED = frozenset("the this these that those all every each both some any".split() + COUNTS)


def undergoes(prefix: str, speaker: str, from_cue: str) -> bool:
    """Whether the subject ending `prefix`, found as `speaker`, is a thing whose state the
    cue's verb changes (`from_cue`: the sentence from the cue on), not an actor."""
    if not _CHANGE.match(from_cue):
        return False
    subject = noun_phrase_before(_COPULA.sub("", prefix.rstrip(" ,")))
    if not subject:
        return False
    words = subject.split()
    first = words[0].lower()
    if first not in _INTRODUCED and not first.isdigit():
        return False
    if actor_headed(subject) or any(word.strip(".,") in TITLES for word in words):
        return False  # "the sector", "the Prime Minister's delegation": an actor is named
    return found_in(speaker, subject)
