"""An event's arrangements, a standing disposition, a thing's effect: told, not pledged.

Issue 13, round 28c (precision). Three forms of "will" that the cues read as commitments
but that bind no one to an act anyone could check later:

- the arrangements of an event the text has already announced ("The briefing will be in
  the library on the ground floor", "Refreshments will be provided", "Visitors will have
  the opportunity to ask questions", "A stenographer will take down the discussion"):
  the event is labelled once, where it is announced, and its venue, services and agenda
  for the public are its details (CONVENTIONS 2.5). Only a sentence after the one that
  names the event is read this way, and only when what the "will" tells is a room, a
  service, a material, the public's chance to take part or the record kept of it; what a
  named actor will do there ("officials will present the plan") stays. From round 32a, so
  are the hours and the place of the event referred back to ("The first meeting will be
  from 8:00 a.m. until noon at the County Center", "The meeting will convene at the VFW
  Post") when the sentence names no day of its own: the day was given with the event;
- a standing disposition with no act to check ("I will always stand up for farmers",
  "We will see democracy at work", "One of my aims as Director will be to ..."): a stance;
- what a change, a plan or a programme will do ("The new rule will cut the paperwork",
  "The agreement will help small exporters", "The redesigned website will give readers
  ..."): the effect of a thing, not its owner's act; the speaker's own plan ("our plan
  will include ...") is their undertaking and stays.

Also doubted: a time named for a body's sitting ("the day on which it shall meet"; the
chair's "The member will resume her seat" is `sitting`'s), one's own time in a post ending
("my time in this office will come to an end", the departure being told as an act
elsewhere), a state held until now ("have been intent on ...", a claim about the past),
and what an occasion will be about, show or serve ("The visit will advance ...": its theme,
`event_aims`, stop 39).

Each is doubted (moved to the "maybe" list), never refuted: the reviewer can still record
it with one click. Only grammar and a few closed word lists are read here.
"""

from __future__ import annotations

import re
from functools import partial

from bot.core.extract.calendar_names import MONTHS
from bot.core.extract.clauses import Cue
from bot.core.extract.cues import DETERMINERS, FIRST_PERSON
from bot.core.extract.event_aims import event_aim
from bot.core.extract.passages import Sentence
from bot.core.extract.sitting import AUDIENCE

# An event a release announces: the noun the later sentences refer back to.
_EVENT = re.compile(
    r"\b(?:meeting|forum|hearing|workshop|open\s+house|session|exhibition|exhibit|"
    r"conference|town\s+hall|webinar|listening\s+tour|fair|festival|ceremony|event)s?\b",
    re.I,
)
# How many sentences back the event may have been named.
_REACH = 6
# What an event's arrangements are made of: a service, a material, a show, the record,
# told as the subject of the "will" ("sign language interpretation will be provided").
_PROVISION = re.compile(
    r"\b(?:interpret(?:ation|ers?)|translation|captioning|refreshments|lunch|food|parking|"
    r"childcare|handouts|maps|materials|displays?|posters|exhibits|presentations?|"
    r"videos?|films?|slides|(?:court\s+)?reporters?|stenographers?|transcripts?|"
    r"facilities|rooms?|doors)\b",
    re.I,
)
# The public's part at the event: "members of the public will have the opportunity to".
_PUBLIC = re.compile(r"\b" + AUDIENCE + r"\b", re.I)
# The noun heads the subject: it ends it, or a phrase of place or purpose follows
# ("interpretation for deaf visitors"), not "the transport office, which runs parking,".
_HEADS = r"(?:\s+(?:of|for|at|in|on|from|to|\w+ing)\b[^,;]*)?\s*$"
_CHANCE = re.compile(
    r"\s+(?:also\s+)?(?:have\s+(?:the\s+|an\s+)?(?:opportunity|chance)|be\s+(?:able|welcome|"
    r"invited)\s+to\s+(?:ask|comment|voice|speak|view|visit|see|learn|meet|submit|attend))\b",
    re.I,
)
# Where an announced event will be held: a room, a floor, a hall ("in the Hyatt Senate
# Salon Conference rooms on the second floor"), not a city or a date.
_VENUE = re.compile(
    r"\s+(?:also\s+)?(?:be\s+held|take\s+place|be)\s+in\s+(?:the\s+)?[^.;]{0,60}?\b"
    r"(?:rooms?|floor|hall|auditorium|lobby|library|chamber|suite|salon|gallery)\b",
    re.I,
)


# When in its day and where an announced event is held, told after the event itself
# ("The first meeting will be from 8:00 a.m. until noon at the County Center", "The
# meeting will convene at the VFW Post", "The session will start at 2:00 p.m."): its day
# was given where it was announced, and the label is there (CONVENTIONS 2.5).
_HOURS_OR_PLACE = re.compile(
    r"\s+(?:also\s+)?(?:begin|start|convene|open|run|be\s+held|take\s+place|be)\s+"
    r"(?:at|in|from)\b",
    re.I,
)
# A day of its own after the cue keeps the sentence a schedule: "will be held at the
# Hyatt on May 24", "will begin at 9 a.m. tomorrow".
_OWN_DAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|next|"
    r"this\s+(?:week|month|year)|(?:19|20)\d\d|\d{1,2}/\d{1,2}|" + "|".join(MONTHS) + r")\b",
    re.I,
)
# An event referred back to: "The meeting", "the first session", "Its opening session".
_DEFINITE = re.compile(r"^\W*(?:the|this|that|these|those|its|their|each)\b", re.I)


def _hours_or_place(text: str, cue: Cue, subject: str) -> bool:
    """Whether a "will" tells only when in the day or where an event referred back to by
    its subject is held, naming no day of its own."""
    return (
        _DEFINITE.match(subject) is not None
        and _heads(_EVENT, subject)
        and _HOURS_OR_PLACE.match(text, cue.end) is not None
        and _OWN_DAY.search(text, cue.end) is None
    )


# Where the clause of a cue begins, for the forms below: after a stop, a semicolon or "and".
_CLAUSE_OR_AND = re.compile(r"[.;:!?](?:\s|$)|,?\s+and\s+")


def clause_before(boundary: re.Pattern[str], text: str, cue: Cue) -> str:
    """The words of `text` from after the last `boundary` before the cue up to the cue:
    what a module's forms read as the cue's subject (each module says where its clauses
    begin; `particulars` reads a dash as a boundary and "and" as none)."""
    start = 0
    for found in boundary.finditer(text, 0, cue.start):
        start = found.end()
    return text[start : cue.start]


def _heads(noun: re.Pattern[str], subject: str) -> bool:
    """Whether one of `noun`'s words heads `subject` (`_HEADS`)."""
    return any(re.match(_HEADS, subject[found.end() :]) for found in noun.finditer(subject))


def _announced_before(sentences: list[Sentence], index: int) -> bool:
    """Whether one of the sentences just before names an event."""
    return any(_EVENT.search(s.text) for s in sentences[max(0, index - _REACH) : index])


def arrangement(sentences: list[Sentence], index: int, cue: Cue, subject: str) -> bool:
    """Whether a "will" (or the public's "may") tells only the arrangements of an event
    named before it: its room, its hours or place, a service or material it offers, the
    public's chance to take part, its record."""
    text = sentences[index].text
    # "Visitors may come at any time": the public's leave at the event, the same part
    allowed = cue.kind == "maybe" and text[cue.start : cue.end].lower() == "may"
    if not (cue.kind == "will" or allowed):
        return False
    if _heads(_PUBLIC, subject) and (allowed or _CHANCE.match(text, cue.end)):
        told = True
    elif allowed:
        return False
    else:
        told = _heads(_PROVISION, subject) or _hours_or_place(text, cue, subject)
        told = told or (
            _EVENT.search(subject) is not None and _VENUE.match(text, cue.end) is not None
        )
    # last, as the dearest: the event named in a sentence before
    return told and _announced_before(sentences, index)


# "will always put", "will always seek": a disposition, not an act.
_ALWAYS = re.compile(r"\s+always\b", re.I)
# "We will see free trade in action": a perception of the speaker's own, no act of theirs.
_WE_SEE = re.compile(r"\b(?:" + "|".join(sorted(FIRST_PERSON)) + r")\s*$", re.I)
_SEE = re.compile(r"\s+(?:also\s+)?see\s+(?!to\b|that\b)", re.I)
# "One of my priorities as Chairman ... will be to": one of several aims, a stance.
_ONE_OF = re.compile(
    r"\bone\s+of\s+(?:my|our|his|her|their|its|the)\s+(?:\w+\s+)?"
    r"(?:priorities|aims|goals|objectives|ambitions)\b",
    re.I,
)


def disposition(text: str, cue: Cue, before: str) -> bool:
    """Whether a "will" tells a standing disposition: "will always", "we will see",
    "one of my priorities ... will be to"."""
    if cue.kind != "will":
        return False
    if _ALWAYS.match(text, cue.end):
        return True
    if _WE_SEE.search(before) and _SEE.match(text, cue.end):
        return True
    return (
        _ONE_OF.search(before) is not None
        and re.match(r"\s+be\s+to\b", text[cue.end :]) is not None
    )


# A change, a plan or a programme as the subject, with an effect verb after the "will".
_INSTRUMENT = re.compile(
    r"\b(?:change|plan|deals?|programme|program|exhibition|file|clean-?up|"
    r"agreements?|rules?|regulations?|treaty|scheme|initiative|strategy|partnership|"
    r"website|database|system|developments?|model|approach|format)\b",
    re.I,
)
_EFFECT = re.compile(
    r"\s+(?:also\s+)?(?:ensure|reduce|address|contribute|give|include|strengthen|open\s+the\s+"
    r"door|help|improve|allow|enable|mean|boost|lower|cut)\b",
    re.I,
)
# What a body may be called: "the World Food Programme", "the Local Enterprise Partnership".
_BODY_NOUNS = frozenset("programme program partnership initiative system".split())


def _names_body(subject: str, head: re.Match[str]) -> bool:
    """Whether the instrument noun is part of a body's name, whose act it is: "The World
    Food Programme will give", "The Strategy Unit will help" (a name going on after it)."""
    if not head.group()[0].isupper():
        return False
    return (
        head.group().lower() in _BODY_NOUNS
        or re.match(r"\s+[A-Z]", subject[head.end() :]) is not None
    )


# The speaker's own plan is their undertaking: "our plan will include ...".
_OWN = re.compile(r"\b(?:my|our)\s+(?:\w+\s+){0,2}$", re.I)


def thing_effect(text: str, cue: Cue, dated: bool, subject: str) -> bool:
    """Whether an undated "will" tells what a change, plan or programme will do, not who
    acts ("The scheme will cut energy prices from April" dates its owner's act)."""
    if dated or cue.kind != "will" or not _EFFECT.match(text, cue.end):
        return False
    head = _INSTRUMENT.search(subject)
    return (
        head is not None
        and not _names_body(subject, head)
        and not _OWN.search(subject[: head.start()])
    )


_ON_WHICH = re.compile(r"\b(?:on|in|at|by)\s+which\s+(?:\w+\s+){0,3}$", re.I)
# One's own time in a post ending ("soon, my time in this position will conclude"): the
# departure is a fact of the office, told (and dated) as the speaker's act elsewhere.
_MY_TIME = re.compile(
    r"\bmy\s+(?:time|tenure|term)\s+(?:here|in\s+(?:this|the|my)\s+\w+)\s*$", re.I
)
_ENDS = re.compile(r"\s+(?:soon\s+)?(?:conclude|end|come\s+to\s+an\s+end)\b", re.I)
# "plan to" read where "plan" is a noun and "to" a preposition: "the plan to the public".
_NOUN_PLAN = re.compile(r"(?<=to)\s+(?:" + "|".join(sorted(DETERMINERS)) + r")\b", re.I)
# A state held up to now: "have been intent on killing Americans" is a claim about the past.
_HELD = re.compile(r"\b(?:has|have|had)\s+(?:long\s+|always\s+)?been\s+$", re.I)


def procedure(text: str, cue: Cue, before: str) -> str | None:
    """The doubt of a cue that names a time ("on which it shall meet"), ends one's own time
    in a post, or tells a state held until now ("have been intent on"), or None."""
    if cue.kind == "will" and _ON_WHICH.search(text, 0, cue.start):
        return "weak"  # "the first day on which it shall meet": a time named, no act
    if cue.kind == "will" and _MY_TIME.search(before) and _ENDS.match(text, cue.end):
        return "weak"
    if cue.kind == "plan" and _NOUN_PLAN.match(text, cue.end):
        return "weak"  # "to explain the proposed plan to the public": a noun, no infinitive
    held = text[cue.start : cue.end].lower().startswith("intent") and _HELD.search(before)
    return "vetoed" if held else None


def occasion_doubt(sentences: list[Sentence], index: int, cue: Cue, dated: bool) -> str | None:
    """The doubt of a cue told as an event's arrangement, a disposition or a thing's
    effect (`aside.DOUBTS`), or None."""
    text = sentences[index].text
    subject = clause_before(_CLAUSE_OR_AND, text, cue)  # read once: every form below asks for it
    if arrangement(sentences, index, cue, subject) or thing_effect(text, cue, dated, subject):
        return "describes"
    if event_aim(text, cue, subject, partial(clause_before, _CLAUSE_OR_AND, text)):  # `event_aims`
        return "describes"
    return "weak" if disposition(text, cue, subject) else procedure(text, cue, subject)
