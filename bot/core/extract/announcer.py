"""The announcer of a release: who its opening sentences say announces what follows.

A minister's or an agency's release opens with its announcement: "Internal Affairs
Minister Tracey Martin today announced the opening of the 2017/18 funding round", "The
Department of the Interior has scheduled 38 lease sales", "HHS Secretary Tommy G.
Thompson today announced that HHS plans to award ...". The impersonal lines after it
("Applications close 21 March 2018, and funding decisions will be announced in June")
are that announcer's commitments, whatever the text's masthead (a pasted release has
none). `impersonal.first_actor` already takes a body or an office that opens a release;
this takes any actor, a titled person too, but only as the subject of an announcing verb
in the present perfect or past ("has announced", "today released"), the act that makes
the rest of the release theirs. A person who only "met" or "spoke" opens no release.

Issue 13, stop 41 (the speaker misses of blind76-79: the issuer behind impersonal lines).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.extract.actors import is_actor
from bot.core.extract.cues import ANY_PRONOUN
from bot.core.extract.passages import Sentence, opening

# "<subject> (has) (today) announced|released|launched|unveiled|scheduled|published|opened":
# the subject at the sentence's start, after at most a dateline ("WASHINGTON – "), and at
# most one adverb of when or how before the verb ("today", "this week", "also", "formally").
_ANNOUNCES = re.compile(
    r"^(?:[A-Z][A-Z.,\s]{2,40}\s[-–—]+\s+)?(?P<who>[A-Z][^,;:\"“]{1,90}?)\s+"
    r"(?:(?:has|have)\s+)?(?:(?:today|yesterday|this\s+week|also|formally)\s+)?"
    r"(?:announced|released|launched|unveiled|scheduled|published|opened)\b"
)
# A verb of its own inside the subject: a clause, whose "released" is an adjective.
_CLAUSE = re.compile(r"\s(?:is|are|was|were|will|would|can|could|may|must|should|shall)\s")
# How many of the body's first sentences may name the announcer.
_OPENING = 3


def announcer(sentences: Sequence[Sentence], text: str) -> str | None:
    """The actor the release's opening sentences name as announcing (see the module)."""
    for sentence in opening(sentences, _OPENING):
        found = _ANNOUNCES.match(sentence.text)
        if found is None:
            continue
        who = found.group("who").strip()
        if who.lower() in ANY_PRONOUN or _CLAUSE.search(who) or not is_actor(who, text):
            continue  # not "The Corps is seeking comments on the recently [released report]"
        actor = sentence.actor
        return actor if actor and actor in who else who
    return None
