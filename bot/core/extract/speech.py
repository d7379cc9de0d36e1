"""Who speaks each sentence of a text: one model, built once per text.

A sentence whose clause names no actor ("Fares will be frozen until the end of 2026",
"Work on the new berth is set to begin on 1 June", "I will publish the code by June")
commits whoever speaks it, not the nearest noun phrase nor the last actor named before
it. Who speaks is, per sentence: the speaker of the transcript turn or the quotation it
stands in (the extractor's `_voice`, which `_speaker` reads before it asks this model),
else the writer of a first-person text, else the issuer of the text.

- the issuer: the body the release's first lines, masthead or agency line name, or
  the institution the text names most often (`impersonal._release_body`). An acronym
  the text names most often ("NASA") was tried and left out: on the seen splits it named
  "ISS", "AWIPS" and "VOA" as often as the right body;
- the writer: the signer a letter's heading or closing names ("Letter Signed by the
  Transport Secretary", "Sincerely,\\n\\nMara Quint"), a heading "Statement by X" or
  "Message from X", or a transcript's heading (`voices.heading_voice`).

The extractor asks `fallback` only at the end of its order of evidence, when neither a
subject nor a reporting verb nor a pronoun named the actor; the older rules decide
where they already do. It replaces a guess (the last actor named) and never gives a
speaker to a sentence that had none, since a speaker raises a candidate's confidence.
Issue 13, round 30a.
"""

from __future__ import annotations

import re
from typing import Protocol

from bot.core.extract.actors import is_actor
from bot.core.extract.cues import ANY_PRONOUN
from bot.core.extract.giving import OPENS_FIRST, holder
from bot.core.extract.passages import Sentence
from bot.core.extract.publishing import HEAD_CHARS, THING_PRONOUNS
from bot.core.extract.speakers import is_named, is_org, looks_like_name, normalise, walk_back
from bot.core.extract.voices import heading_voice, prepared_speaker

# How far from a text's end its signature stands (its heading: `publishing.HEAD_CHARS`).
_TAIL_CHARS = 400
# "Letter Signed by the Education Secretary", "Statement by the Minister for Ports",
# "Message from Secretary Perry", "Remarks by the First Minister".
_BY_LINE = re.compile(
    r"(?im)^[ \t]*(?:[\w’' ]{0,40}\b)?(?:signed|statement|message|letter|remarks|"
    # "Statement of Jane Rivers": after "of", a name of two capitalised words at least, not
    # what the paper is of ("Letter of Intent", "Statement of Principles on ...")
    r"address|speech\s+made)[ \t]+(?:by|from|of(?=[ \t]+(?-i:[A-Z][\w.’'\-]*[ \t]+[A-Z])))[ \t]+"
    r"(?P<who>(?:the[ \t]+)?[A-Z][\w.’'\-]*(?:[ \t]+"
    r"(?:of[ \t]+|for[ \t]+|and[ \t]+|or[ \t]+|the[ \t]+)*[A-Z][\w.’'\-]*){0,6})"
)
# Where an occasion follows the name in a by-line (read case-blind, so "ahead" was taken
# for a name's word): "Remarks by President Donald Tusk ahead of the Digital Summit".
_BY_LINE_TAIL = re.compile(r"\s+(?:ahead\s+of|at|in|on|before|after|during|following)\s.*$")
# A closing and the name under it: "Sincerely,\n\nMara Quint".
_SIGNATURE = re.compile(
    r"(?i:sincerely|yours\s+(?:sincerely|faithfully|truly)|regards|best\s+wishes)\s*,?"
    r"\s*\n\s*(?P<who>[A-Z][\w.’'\-]+(?:[ \t]+[A-Z][\w.’'\-]+){1,3})[ \t]*(?:\n|$)"
)
# The subjects that stand for the writer: "I" is theirs alone, "we" may be a body's.
_FIRST_SINGULAR = frozenset({"i", "me", "my"})
_FIRST = _FIRST_SINGULAR | frozenset({"we", "us", "our"})
# A pronoun stands for someone or something named elsewhere, never for the issuer.
_PRONOUNS = ANY_PRONOUN | THING_PRONOUNS | {"you"}
# The speaker's own office, which commits as "I" does: "my Department will fund", "My
# officials will publish" in a minister's answer.
_OWN_OFFICE = re.compile(r"(?i)my\s+(?:own\s+)?(?:department|ministry|office|officials|team)")
# A written answer's question: "Deputy Mary Byrne asked the Minister for Housing, Local
# Government and Heritage when ...": the office asked answers below it (its capitalised
# words, "for", "of", "and" and commas, up to the question's first word in lower case).
_ASKED = re.compile(
    r"(?m)^[^\n]{0,80}?\basked\s+(?P<office>the\s+(?:Minister|Secretary|Taoiseach|Tánaiste|"
    r"Chancellor|Prime\s+Minister|First\s+Minister|Attorney)\b(?:[ \t]+(?:[A-Z][\w’'\-]*|for|of|"
    r"and)|,)*)"
)


class _Reading(Protocol):
    """The extractor, as this model reads it."""

    text: str
    sentences: list[Sentence]

    def _release_body(self) -> str | None: ...

    def _writer(self, index: int) -> str | None: ...

    def _last_actor(self, index: int, *, person: bool, plural: bool = False) -> str | None: ...

    def _from_context(self, index: int, *, person: bool) -> str | None: ...


def first_person(subject: str | None) -> str | None:
    """The subject, or "I" for the speaker's own office ("my Department will fund")."""
    return "I" if subject and _OWN_OFFICE.fullmatch(subject) else subject


# "My party colleagues and I intend to", "my Ministerial colleagues and I are committed":
# the speaker with the group named, as the text names them (stop 56, xs56), not a body
# named further up nor the House the speaker sits in.
_COLLEAGUES_AND_I = re.compile(
    r"\b([Mm]y\s+(?:[\w\-]+\s+){0,2}colleagues\s+and\s+I)\s+"
    r"(?:(?:are|have|will|shall|would|were)\s+(?:\w+ly\s+)?)?$"
)


def colleagues_and_i(before: str) -> str | None:
    """ "My party colleagues and I" when `before` (the sentence up to a cue) ends so."""
    found = _COLLEAGUES_AND_I.search(before)
    return found.group(1) if found else None


# A partner named as the subject with the writer, the sentence's whole subject: "The
# Minister of State for Immigration, and I will represent the UK", "the Lord Chancellor
# (Kenneth Clarke MP) and I intend to attend". No verb in it: "X will attend the justice
# day and I will attend the interior day" is two clauses.
_PARTNER_AND_I = re.compile(
    r"^\W*(?P<partner>(?:(?!\b(?:will|shall|is|are|was|were|has|have|had|said|says)\b)"
    r"[^.;:!?])+?)\s*,?\s+and\s+I\s+(?:(?:are|have|will|shall|would|were)\s+(?:\w+ly\s+)?)?$"
)
# The name a partner's office gives in brackets: "(Kenneth Clarke MP)".
_BRACKETED = re.compile(
    r"\((?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}?)(?:\s+(?:MP|MEP|MSP|TD|QC|KC))?\)$"
)


def partner_and_i(before: str, text: str) -> str | None:
    """The actor named with "I" as the subject when `before` (the sentence up to a cue)
    ends so: the writer's partner stands for an unsigned statement's "I" (stop 62)."""
    found = _PARTNER_AND_I.search(before)
    if not found:
        return None
    partner = found.group("partner").strip()
    named = _BRACKETED.search(partner)
    if named:
        return named.group("name")
    who = walk_back(partner)
    return normalise(who) if who and is_actor(who, text) else None


def writer_of(text: str) -> str | None:
    """Who writes a first-person text, when its heading or signature says so."""
    head = text[:HEAD_CHARS]
    by = _BY_LINE.search(head)
    if by:
        who = re.sub(r"\s+or\s+.*$", "", by.group("who").strip())  # "the Secretary or Deputy"
        who = _BY_LINE_TAIL.sub("", who)  # "President Roe ahead of the Digital Summit in"
        return "the " + who[4:] if who.startswith("The ") else who
    signed = _SIGNATURE.search(text, max(0, len(text) - _TAIL_CHARS))
    if signed:
        return signed.group("who")
    return heading_voice(text) or prepared_speaker(text)


class Voices:
    """The issuer and the writer of one text, read once."""

    def __init__(self, reading: _Reading) -> None:
        self.reading = reading
        self.writer = writer_of(reading.text)
        self.prepared = prepared_speaker(reading.text)
        self.issuer = reading._release_body()
        self.asked = [(m.start(), m.group("office")) for m in _ASKED.finditer(reading.text)]

    def answerer(self, index: int) -> str | None:
        """The office a written answer's question asked, for an "I" below the question:
        the minister answers; the member who asked is named nearer but speaks no more."""
        sentence = self.reading.sentences[index]
        if sentence.question:
            return None
        offices = [office for at, office in self.asked if at < sentence.start]
        if not offices:
            return None
        return re.sub(r"(?:\s+(?:and|of|for)|,)+$", "", offices[-1].rstrip(" ,"))

    def unvoiced(self, subject: str | None) -> str | None:
        """The actor of a clause that names none and that no turn or quotation speaks:
        "I" is the writer; a thing, an event or no subject at all is the issuer's act.
        None when the subject is an actor or a pronoun standing for someone else, or
        when the text names no writer or issuer."""
        low = (subject or "").lower()
        if low in _FIRST_SINGULAR:
            return self.writer
        if low in _PRONOUNS or is_actor(subject, self.reading.text):
            return None
        return self.issuer

    def unnamed(self, low: str) -> str | None:
        """Who speaks a clause the extractor found no speaker for, its subject `low` in
        lower case: the issuer of the text (CONVENTIONS 3.3: a department's release
        speaks for the department), where the older rule took the actor the text names
        most often, whom the clause need not concern ("they will face an extra two years"
        in a ministry's release that quotes the Prime Minister three times). Not for an
        "I", a person: the protagonist stays the guess there. Stop 45, tuner h."""
        if low in _FIRST_SINGULAR:
            return None
        if low == "we" and not self.issuer:
            # A "we" of a text its by-line gives to a writer, with no issuer to speak for
            # ("Statement of Carolyn W. Colvin, ...: We will process claims"), stop 63:
            # named after scoring, so that the name lifts no look-alike over the floor.
            return self.writer
        return self.issuer

    def fallback(self, index: int, subject: str | None, low: str) -> str | None:
        """The extractor's last resort for sentence `index`, which no turn or quotation
        speaks and whose subject (`low` in lower case) named nobody: for "I" or "we", a
        person the older rules name, else the writer; otherwise the last actor named or
        the person in the context, which the issuer replaces when the clause names no
        actor."""
        reading = self.reading
        answering = self.answerer(index) if low in _FIRST_SINGULAR else None
        if answering:
            return answering  # stop 47, tuner t
        if low in _FIRST:
            # A person the older rules name ("Mark Harper", the holder of the heading's
            # office) stands; a body, a place or a bare plural ("Ports") guessed for "I"
            # gives way to the writer.
            older = reading._writer(index)
            if low in _FIRST_SINGULAR and self.prepared:
                return self.prepared  # a prepared speech's "I" (`voices.prepared_speaker`)
            if older and is_named(older) and not is_org(older) and " " in older:
                return older
            return self.unvoiced(low) or older
        guess = reading._last_actor(index, person=False) or reading._from_context(
            index, person=True
        )
        # Only in place of a guess: a sentence nobody was found for stays unattributed, so
        # that no look-alike is scored up by a speaker it did not have before.
        if not guess or OPENS_FIRST.match(reading.sentences[index].text):
            return guess  # "We have held 17 sales and plan to hold 20 more": a quoted "we"
        if self.issuer and holder(self.issuer) and looks_like_name(guess):
            return guess  # "the president" a story is about may be the "Barack Obama" named
        return self.unvoiced(subject) or guess


def model(reading: _Reading) -> Voices:
    """The text's model, built on the first question and kept on the extractor."""
    built = getattr(reading, "_voices", None)
    if built is None:
        built = Voices(reading)
        setattr(reading, "_voices", built)  # noqa: B010
    return built
