"""Who will publish what a text says "will be posted", "will be announced", "will be
available": a publication told in the passive names no actor, and the nearest name before
it ("The ambassador concluded ... The entire interview will be available") is the wrong
one.

Split from the extractor, which mixes it in. The actor is, in this order: the voice of a
transcript, whoever owns the place it will appear ("on PNN's website"), whoever a
statement's heading names ("Statement from Press Secretary Karine Jean-Pierre on ..."),
the body a release's masthead names ("European Commission - Daily News", "Department of
State"), or the institution the text speaks for most often.

The same evidence names the writer of a release's "we" when no voice is on record
(`giving.Giving._writer`): a reposted release says who issued it in its first lines ("The
press release issued by the Department for Education on 26 April 2023."), and that body
is the text's "we" and the actor of its impersonal futures ("Every state school is to
receive a cash boost").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.core.extract.actors import is_actor
from bot.core.extract.clauses import Cue
from bot.core.extract.passages import Sentence
from bot.core.extract.speakers import normalise

# "will be available", "will also be posted", "will be made available", "will be
# announced soon": the publication itself, in the passive.
_PUBLICATION = re.compile(
    r"\s+(?:(?:also|soon|then|now|only|shortly)\s+)?be\s+"
    r"(?:(?:also|soon|then|now|only|shortly|made)\s+)?"
    r"(?:available|announced|released|published|posted|broadcast|aired|streamed|"
    r"livestreamed|webcast|uploaded|circulated|shared)\b"
)
_NAME = r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}"
_PLACE = r"(?:website|web\s+site|site|page|channel|feed|account|service|programme|program)"
# Where it will appear, and whose that place is: "on PNN's website", "on the VOA website".
_VENUE = re.compile(
    rf"\b(?:on|at|via|through|from)\s+(?P<owner>(?:the\s+)?{_NAME})(?:’s|'s)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}{_PLACE}\b"
    rf"|\b(?:on|at|via)\s+(?P<named>the\s+{_NAME})\s+(?:[\w\-]+\s+)?{_PLACE}\b"
)
# Platforms carry what others publish: "streamed on YouTube's official channel" is the
# speaker's stream, not YouTube's.
_PLATFORMS = frozenset(
    {
        "youtube",
        "facebook",
        "twitter",
        "x",
        "instagram",
        "tiktok",
        "linkedin",
        "flickr",
        "vimeo",
        "spotify",
        "apple",
        "google",
        "telegram",
        "vk",
        "whatsapp",
        "soundcloud",
    }
)
# A statement's heading: "Statement from Press Secretary Karine Jean-Pierre on ...".
_STATEMENT_FROM = re.compile(
    r"^\s*(?:Joint\s+)?Statement\s+(?:from|by)\s+(?:the\s+)?(?P<who>.+?)\s+"
    r"(?:on|about|regarding|following|after|in)\s",
    re.MULTILINE,
)
# A masthead line naming the issuing body, alone or before its series' name
# ("European Commission - Daily News", "Department of State").
_MASTHEAD = re.compile(
    r"^[ \t]*(?P<body>(?:The[ \t]+)?(?:[A-Z][\w\-]*[ \t]+){0,3}"
    r"(?:Commission|Government|Kremlin|White[ \t]+House|(?:Department|Ministry)[ \t]+"
    r"(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w\-]*){0,3}))"
    r"[ \t]*(?:[-–—|:][ \t]+[^\n]*)?$",
    re.MULTILINE,
)
# The line a reposted release opens with, naming who issued it: "The press release issued
# by 10 Downing Street on 3 May 2023.", "This news story was published by the Ministry of
# Defence", "The following was released by NOAA Fisheries:". The name runs to "on" and
# a date, or to the line's punctuation.
_ISSUED_BY = re.compile(
    r"(?i:\b(?:press\s+release|news\s+release|news\s+story|release|statement|notice|"
    r"correspondence|guidance|update|following)\s+(?:was\s+)?"
    r"(?:issued|published|released|put\s+out)\s+by)"
    r"\s+(?P<who>(?:[Tt]he\s+)?[A-Z0-9][^\n.;:()]{1,100}?)"
    r"(?=[ \t]+on[ \t]+(?:\d|[A-Z])|[ \t]*[.;:(\n]|$)"
)
# How far into a text its heading and masthead stand.
HEAD_CHARS = 600
# Subjects that are the published thing itself, not someone to be available.
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those"})


@lru_cache(maxsize=4)
def issued_by(text: str) -> str | None:
    """The body a release's first lines say issued it ("The press release issued by the
    Ministry of Justice on 27 February 2023."), as written, "The" in lower case."""
    found = _ISSUED_BY.search(text, 0, HEAD_CHARS)
    if found is None:
        return None
    who = found.group("who")
    return "the " + who[4:] if who.startswith("The ") else who


def issuer(text: str) -> str | None:
    """Who issues a text, when its first lines say so: the body a reposted release names
    as its issuer, the author of a statement, or the body in its masthead."""
    head = text[:HEAD_CHARS]
    issued = issued_by(head)
    if issued:
        return issued
    statement = _STATEMENT_FROM.search(head)
    if statement:
        return normalise(statement.group("who"))
    masthead = _MASTHEAD.search(head)
    if masthead is None:
        return None
    body = masthead.group("body")  # whole: "the European Commission", not "Commission"
    return "the " + (body[4:] if body.startswith("The ") else body)


def venue_owner(after: str, known: str | None = None) -> str | None:
    """Whose website or channel a publication will appear on ("on PNN's website"), named
    as `known` (the body that issues the text) when it is that body ("the Commission's
    audiovisual service" in a text of the European Commission); None for a platform."""
    found = _VENUE.search(after)
    if found is None:
        return None
    owner = found.group("owner") or found.group("named")
    bare = owner[4:] if owner.lower().startswith("the ") else owner
    words = bare.split()
    while words and words[-1].lower() in _PLATFORMS:
        words.pop()  # "the White House YouTube channel": the White House's
    if not words:
        return None
    bare = " ".join(words)
    if known and known.lower().endswith(" " + bare.lower()):
        return known
    return "the " + bare if owner != bare else bare


class Publishing:
    """The extractor's reading of passive publications; it needs the text, its body and
    the extractor's voice and subject finders."""

    text: str
    body: str | None
    sentences: Sequence[Sentence]

    def _voice(self, index: int) -> str | None:
        raise NotImplementedError

    def _head(self, index: int, cue: Cue) -> str | None:
        raise NotImplementedError

    def _publisher(self, index: int, text: str, cue: Cue) -> tuple[str, bool] | None:
        """The actor of "X will be posted / announced / available", a guess: see the
        module's docstring for the order of evidence. None when the subject is someone
        who will be available ("The Commissioner will be available to the press")."""
        if cue.kind != "will" or not _PUBLICATION.match(text, cue.end):
            return None
        head = self._head(index, cue)
        if head and head.lower() not in THING_PRONOUNS and is_actor(head, self.text):
            return None
        voice = self._voice(index)
        if voice:
            return voice, False  # a transcript's "Details will be announced" is its speaker's
        if self.sentences[index].attribution:
            return None  # "The report will be published on Friday, the Minister said."
        found = issuer(self.text) or self.body
        owner = venue_owner(text[cue.end :], found)
        if owner:
            return owner, True
        return (found, True) if found else None
