"""Who gives what a sentence's subject receives, and who "he" or "she" is when the
sentence before names an office.

Split from the extractor, which mixes it in: "Over 7,000 businesses will see their bills
cut, as Government takes action" is the Government's pledge, not the businesses'; "The
Secretary will continue to Seoul. She will meet ..." is the Secretary's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.core.extract.actors import is_actor
from bot.core.extract.clauses import Cue
from bot.core.extract.cues import FIRST_PERSON, ORG_HEADS, TITLES, has_title
from bot.core.extract.declarations import declared_makers
from bot.core.extract.framing import AUTHOR_LINE
from bot.core.extract.issuers import of_office
from bot.core.extract.operations import plural_subject
from bot.core.extract.passages import Sentence
from bot.core.extract.publishing import issued_by
from bot.core.extract.speakers import (
    People,
    is_named,
    is_org,
    is_specific,
    looks_like_name,
    normalise,
    subject_before,
    walk_forward,
)
from bot.core.extract.timeframe import TimeFrames

# A subject that receives what the sentence promises: "Over 7,000 businesses will see
# their bills cut", "Local councils will be given the power", "Children will continue to
# access free meals". They are the beneficiaries; the actor is whoever gives, named in
# the same sentence ("as the Government takes action", "through Great British Energy")
# or in the text around it.
_RECEIVES = re.compile(
    r"\s+(?:(?:also|now|soon|then|still|all|each|(?-i:[a-z]+ly))\s+)?"
    r"(?:(?:continue|start|begin)\s+to\s+)?"
    r"(?:receive|benefit|enjoy|access|gain\s+access|see\s+(?:their|its|his|her)\b|"
    r"be\s+(?:given|offered|granted|awarded|eligible|entitled|allowed|"
    r"helped|funded|paid|spared|exempt(?:ed)?)\b)",
    re.IGNORECASE,
)
_QUOTES = frozenset("’‘'“”\"")  # "‘Species on the Edge’ will receive": a title, not a body
# What only a recipient is: "will be given", "will also be funded".
_GIVEN = re.compile(
    r"\s+(?:(?:also|now|soon|then|still|(?-i:[a-z]+ly))\s+)?be\s+(?:given|offered|granted|"
    r"awarded|helped|funded|paid|spared|exempt(?:ed)?)\b",
    re.IGNORECASE,
)
# Where a giver may be named after the benefit: "as the Government takes", "through
# Great British Energy", "thanks to", "from the Fund", "by the Department".
_GIVER = re.compile(r"(?:,\s*|\s+)(?:as|while|through|via|from|by|thanks\s+to)\s+", re.IGNORECASE)


# Money as the subject: "A further £200,000 will go to the Green Action Trust".
_MONEY_SUBJECT = re.compile(r"[£$€]\s?\d[\d,.]*(?:\s*(?:m|bn|k|million|billion))?\s+$")
_GOES_TO = re.compile(r"\s+(?:\w+ly\s+)?(?:go|be\s+(?:given|allocated|awarded))\s+to\b")


def receives(text: str, position: int) -> bool:
    """Whether the verb phrase that starts at `position` (after "will") receives, or
    allocates the money its subject is."""
    if _RECEIVES.match(text, position):
        return True
    before = re.sub(r"\s*\w+\s*$", " ", text[max(0, position - 60) : position])
    return bool(_GOES_TO.match(text, position) and _MONEY_SUBJECT.search(before))


def givers(text: str, position: int) -> list[int]:
    """Where the phrases that may name the giver start, after `position`, in order."""
    return [found.end() for found in _GIVER.finditer(text, position)]


# A relative clause on the object, its verb to come: ", copies of which", ", which".
_OF_WHICH = re.compile(r",\s+(?:(?:copies|details|some|all|parts?|most)\s+of\s+)?which\s+$")


def holder(actor: str | None) -> bool:
    """Whether a sentence's actor is one person: a name, or an office held by one ("the
    Secretary", "the Prime Minister"), which "he" or "she" may stand for."""
    words = (actor or "").split()
    if not words:
        return False
    last = words[-1].lower()
    if words[0].lower() == "the":
        return last in TITLES
    return looks_like_name(" ".join(words)) and last not in ORG_HEADS


# A sentence that opens in the first person: a later verb with no subject of its own, or
# a clause "of which" hangs on its object, is that "I"'s or "we"'s.
OPENS_FIRST = re.compile(r"\W*(?:I|We)\b")
# A commitment named as a noun after a possessive pronoun ("her intention to complete",
# "our commitment to working"; the cue starts at the pronoun): the owner is the actor.
_PRONOUN_OF = {"our": "we", "my": "i", "her": "she", "his": "he", "their": "they", "its": "it"}


class Giving:
    """The extractor's reading of recipients and office holders; it needs what the
    extractor knows of the text (its people, its body, its time frames)."""

    text: str
    sentences: list[Sentence]
    people: People
    times: TimeFrames
    body: str | None
    _heard_before: list[str | None] | None = None

    if TYPE_CHECKING:  # `impersonal.Impersonal`'s, later in the MRO: no stub may shadow it

        def _release_body(self) -> str | None: ...

    def _masked(self, index: int) -> str:
        raise NotImplementedError

    def _voice(self, index: int) -> str | None:
        raise NotImplementedError

    def _last_actor(self, index: int, *, person: bool) -> str | None:
        raise NotImplementedError

    def _protagonist(self) -> str | None:
        raise NotImplementedError

    def _recent(self, index: int, reach: int) -> Iterator[Sentence]:
        raise NotImplementedError

    def _resolve(self, phrase: str, index: int, position: int) -> str | None:
        raise NotImplementedError

    def _receiver(self, text: str, cue: Cue) -> bool:
        """Whether the cue's subject receives rather than acts; a person "will receive
        the briefing" attends it, so people are never receivers here."""
        if not receives(text, cue.end):
            return False
        subject = subject_before(text, cue.start)
        named_body = subject and subject.lower().startswith("the ") and not _QUOTES & set(subject)
        if named_body and is_actor(subject, self.text):
            # "The Department will receive applications", "The council will access the
            # register": a body acting; "The council will be given the power" receives
            return bool(_GIVEN.match(text, cue.end))
        return not self._person(subject)

    def _main(self, index: int, cue: Cue) -> str | None:
        """The main clause's actor for a cue in a relative clause about its object ("I am
        today publishing the response, copies of which will be deposited"): the writer's.
        A commitment named as a noun is its owner's ("her intention to complete")."""
        text = self._masked(index)
        first = text[cue.start : cue.end].split()[0].lower() if cue.kind == "commit" else ""
        if first in _PRONOUN_OF:
            pronoun = _PRONOUN_OF[first]
            if pronoun in {"we", "i"}:
                return self._voice(index) or self._writer(index)
            own = self.sentences[index].actor
            if not (pronoun in {"he", "she"} or pronoun == "they" and plural_subject(own)):
                own = None  # "Ministers have again emphasised their commitment": Ministers
            # "The chair is bound ..., and she has been clear as to her intention": the chair.
            return own or self._resolve(pronoun, index, cue.start)
        if not _OF_WHICH.search(text, 0, cue.start):
            return None
        if OPENS_FIRST.match(text):
            return self._voice(index) or self._writer(index)
        return self.sentences[index].actor

    def _heard(self, index: int) -> str | None:
        """The person last heard before sentence `index`, however far back: a release's
        "our commitment" is the minister it quoted, not the scheme it named since. Worked
        out once for the whole text, so that a paste of a thousand "we"s stays linear."""
        if self._heard_before is None:
            self._heard_before, last = [], None
            for sentence in self.sentences:
                self._heard_before.append(last)
                who = None if sentence.headline else sentence.attribution
                last = who if who and is_named(who) and not is_org(who) else last
        return self._heard_before[index]

    def _writer(self, index: int) -> str | None:
        """Whose "we" it is when no voice is on record: the person last heard (not in a
        headline), else the body the release says issued it, else a person named last or
        in the sentences just before, else the writer a heading names ("Made by: Mr Sam
        Gyimah"), else the institution the text speaks for, else the body named last. A
        body named last is the weakest guess: "the Committee" a letter answers is not the
        letter's "we"."""
        heard = self._heard(index)
        if heard and is_named(heard) and not is_org(heard):
            return heard
        issued = declared_makers(self.text) or issued_by(self.text)  # "We, the leaders of"
        if issued:
            return issued
        last = heard or self._last_actor(index, person=False)
        if last and is_named(last) and not is_org(last):
            return last
        for sentence in self._recent(index, 6):
            if sentence.headline or OPENS_FIRST.match(sentence.text):
                # "We have seen President Trump pursue a just peace": whom a "we" or an "I"
                # speaks of is not the speaker (stop 60, blind142).
                continue
            who = self.people.first_mention(sentence.text)  # attributions: _heard
            if who and is_named(who) and not is_org(who):
                return who
        author = AUTHOR_LINE.search(self.text[:3000])
        if author:
            return normalise(author.group(1).strip())
        # The issuer the release names before the body named last: "We’re investing" after
        # "The Metro Tunnel will open" is the government's. Stop 46, tuner s.
        return self.body or self._release_body() or last

    def _actor_or_we(self, subject: str | None) -> bool:
        """A subject that commits: an actor, or the writer's "we" ("We are determined to")."""
        return (subject or "").lower() in FIRST_PERSON or is_actor(subject, self.text)

    def _person(self, phrase: str | None) -> bool:
        """Whether a subject names people: a title ("the President and the Vice
        President") or someone the text names as a person."""
        if not phrase:
            return False
        if phrase.lower() in {"he", "she"}:
            return True  # "He'll continue to receive updates": the one "he" stands for
        titled = has_title(phrase.split())
        return titled or self.people.expand(normalise(phrase)) in self.people.full_names

    def _giver(self, index: int, cue: Cue) -> tuple[str | None, bool]:
        """Who gives what the subject receives: the actor the sentence names after the
        benefit ("..., as the Government takes action"), else the one who speaks, the
        institution the text speaks for, or the actor named last; never the recipient."""
        text = self._masked(index)
        for start in givers(text, cue.end):
            phrase = walk_forward(text[start:])
            named = is_actor(phrase, self.text) or looks_like_name(phrase)
            if phrase and named and self.times.parse(phrase) is None:
                return self.people.expand(normalise(phrase)), False
        voice = self._voice(index)
        if voice:
            return voice, True
        # The body that issues the release gives what its clauses say others receive
        # (CONVENTIONS 3.3), before a guess at the actor named last ("Safety has to come
        # first ... Prisoners will not be held"). Issue 13, stop 46 (tuner s, speakers).
        found = (
            self.body
            or self._release_body()
            or self._last_actor(index, person=False)
            or self._protagonist()
        )
        return found, True

    def _holder_name(self, actor: str, before: int) -> str:
        """ "the Secretary" -> "Hillary Rodham Clinton" when the text named her with the
        title before ("Secretary of State Hillary Rodham Clinton"); else the office."""
        if not actor.lower().startswith("the "):
            return actor
        named = of_office(
            self.text, actor, _titled_names(self.text, actor.split()[-1].capitalize())
        )
        at = bisect_left(named, (before, ""))
        return self.people.expand(normalise(named[at - 1][1])) if at else actor


# A titled name that holds another office than the text's own "the President": a rank
# above or below it ("China’s Vice Minister Guo", "Deputy Secretary Lee", "former
# President Carter"), another country's ("Germany’s President"), or a place's ("President
# Préval of Haiti", "Prime Minister Papandreou of Greece"): a guest, not the principal.
_OTHER_RANK = re.compile(
    r"(?:\b(?:Vice|Deputy|Under|Assistant|Executive|[Ff]ormer|[Ll]ate)[\s\-]|[’']s\s)$"
)
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# One the principal meets or is received by: "He will meet Olympics Minister Shunichi
# Suzuki" names a host, not the visiting "Minister" the next "He" stands for.
_MET = re.compile(
    r"\b(?:meet|meets|met|meeting|meet\s+with|meets\s+with|met\s+with|hosted\s+by|"
    r"received\s+by|talks\s+with|call\s+with|welcomed\s+by)\s+(?:[A-Z][\w’'\-]+\s+){0,3}$"
)


@lru_cache(maxsize=32)
def _titled_names(text: str, title: str) -> tuple[tuple[int, str], ...]:
    """Where `text` names someone with `title` before the name, in order, leaving out the
    holders of another office (`_OTHER_RANK`, `_OF_PLACE`), also where the text names them
    again by surname ("President Quang" after "President Tran Dai Quang of Vietnam");
    once per text and title (a paste of a thousand "She will" lines asks for each)."""
    found = re.finditer(  # a middle initial stays in the name: "Antony J. Blinken"
        rf"\b{re.escape(title)}\s+(?:of\s+State\s+)?"
        rf"((?:[A-Z][\w’'\-]+\s+|[A-Z]\.\s+(?=[A-Z])){{0,2}}[A-Z][\w’'\-]+)",
        text,
    )
    named: list[tuple[int, str]] = []
    others: set[str] = set()
    for match in found:
        name = match.group(1)
        if (
            _OTHER_RANK.search(text, max(0, match.start() - 12), match.start())
            or _OF_PLACE.match(text, match.end())
            or _MET.search(text, max(0, match.start() - 40), match.start())
        ):
            others |= {name, name.rsplit(" ", 1)[-1]}
        elif name not in others:
            named.append((match.start(), name))
    return tuple(pair for pair in named if pair[1] not in others)


def naming_weight(speaker: str | None, guessed: bool) -> float:
    """What naming the actor adds: more for a name or an office than for "officials",
    less when the actor was guessed from the context."""
    if not speaker:
        return 0.0
    if is_specific(speaker):
        return 0.1 if guessed else 0.2
    return 0.05 if guessed else 0.1


PAIR = re.compile(r"\s(?:and|&)\s")


def one_person(actor: str) -> bool:
    """A lone person ("the Queen", "Ana Diaz"), whom "they" does not stand for; "the
    President and First Lady" is two."""
    return holder(actor) and not PAIR.search(actor)
