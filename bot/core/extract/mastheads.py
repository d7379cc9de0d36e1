"""The issuer a notice's capitalised letterhead names, and the speakers that are never
one.

A government notice or release often opens with its issuer in capitals, on a line of its
own: "NATIONAL WEATHER SERVICE HEADQUARTERS WASHINGTON DC", "BUREAU OF LAND MANAGEMENT
NEWS RELEASE". That body is who stands behind the notice's impersonal lines ("The
comment period will close on 25 April") and its unvoiced "we"; `impersonal` asks here
when no mixed-case masthead (`publishing.issuer`, `impersonal.agency_line`) named one.

Nor are these speakers of an unvoiced line, where the notice's body is named instead: a
first name alone ("Kathryn", left over from a quote's attribution), a plural acronym of
things handed out ("CDs are available"), a named thing the line does something to ("The
Satellite Interpretation Message will be discontinued"), or a thing the body owns by
name ("One of Fairchild's tankers will perform a fly-by" in the base's own release).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.actors import ACTOR_HEADS, is_actor, noun_phrase_before
from bot.core.extract.cues import TITLES
from bot.core.extract.publishing import HEAD_CHARS

# Heads of an issuing body's name, in capitals.
_HEADS = (
    r"SERVICE|BUREAU|AGENCY|ADMINISTRATION|DEPARTMENT|MINISTRY|COMMISSION|AUTHORITY|"
    r"OFFICE|COUNCIL|INSTITUTE|SURVEY|CORPS|DIRECTORATE|INSPECTORATE|SECRETARIAT|BASE"
)
_LINKS = frozenset({"OF", "FOR", "AND", "THE", "ON"})
# A body's name in capitals: up to four words before the head ("NATIONAL WEATHER
# SERVICE"), or the head followed by "OF ..." ("BUREAU OF LAND MANAGEMENT"); what
# follows on the line (a place, "NEWS RELEASE", "HEADQUARTERS") is left out.
_CAPS_BODY = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:THE[ \t]+)?(?P<body>(?:[A-Z][A-Z.&\-]+[ \t]+){{0,4}}(?:{_HEADS})"
    r"(?:[ \t]+(?:OF|FOR)[ \t]+(?:THE[ \t]+)?[A-Z][A-Z&\-]+(?:[ \t]+(?:AND[ \t]+)?"
    r"(?!NEWS\b|PRESS\b|HEADQUARTERS\b|RELEASE\b)[A-Z][A-Z&\-]+){0,3})?)\b"
)
# Departments of the US federal government as their letterheads print them, above the
# agency that issues ("U.S. DEPARTMENT OF THE INTERIOR" over "BUREAU OF LAND
# MANAGEMENT"): the agency under it issues the notice.
_PARENT = re.compile(r"^(?:U\.?S\.?[ \t]+)?DEPARTMENT[ \t]+OF\b")


def _title(name: str) -> str:
    words = name.split()
    return " ".join(
        word.lower() if index and word in _LINKS else word[:1] + word[1:].lower()
        for index, word in enumerate(words)
    )


def caps_masthead(text: str) -> str | None:
    """The issuing body a capitalised line of the text's head names, in title case
    ("National Weather Service", "Bureau of Land Management"); None without one."""
    found: str | None = None
    for line in text[:HEAD_CHARS].splitlines():
        if not line.strip() or line != line.upper() or ":" in line:
            continue
        match = _CAPS_BODY.match(line)
        if match is None:
            continue
        body = match.group("body").strip()
        if found is None or _PARENT.match(found):
            found = body
    return _title(found) if found else None


# A Federal Register document's head: its department in capitals ("DEPARTMENT OF HOMELAND
# SECURITY", over one or two lines), the agency under it in mixed case ("Coast Guard"), then
# the title of the Code it amends ("33 CFR Part 165"). The agency issues the document; the
# department above it is its parent, as in a letterhead (`_PARENT`).
_CFR_AGENCY = re.compile(
    r"^[ \t]*(?:U\.?S\.?[ \t]+)?DEPARTMENT[ \t]+OF[ \tA-Z,&\n]{2,80}?\n(?:[ \t]*\n)*"
    r"[ \t]*(?P<agency>[A-Z][a-z][\w.&’'\- \t]{1,80}?)[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*\d{1,2}[ \t]+CFR\b",
    re.MULTILINE,
)


def parent_department(body: str | None) -> bool:
    """Whether a capitalised masthead (`caps_masthead`) is a department over the agency that
    issues ("Department of Homeland Security" over "Coast Guard")."""
    return body is not None and _PARENT.match(body.upper()) is not None


def cfr_agency(text: str) -> str | None:
    """The agency a Federal Register document's head names under its department, above the
    Code's title ("Coast Guard" under "DEPARTMENT OF HOMELAND SECURITY"); None without one."""
    found = _CFR_AGENCY.search(text, 0, HEAD_CHARS)
    return "the " + found.group("agency").strip() if found else None


def lone_first_name(speaker: str | None, text: str) -> bool:
    """A single capitalised word that the text uses only as the first of a longer name
    ("Kathryn" of "Kathryn Stevens"): no speaker on its own."""
    if not speaker or " " in speaker.strip() or not speaker[:1].isupper() or speaker.isupper():
        return False
    if _WORD.fullmatch(speaker):
        return _only_before_names(text).get(speaker, False)
    pattern = re.compile(rf"\b{re.escape(speaker)}\b(?P<next>[ \t]+[“\"(A-Z])?")
    uses = list(pattern.finditer(text))
    return bool(uses) and all(use.group("next") for use in uses)


_WORD = re.compile(r"\w+")
# What follows a first name: a space, then a capital, an opening quote or a bracket.
_NAME_NEXT = re.compile(r"[ \t]+[“\"(A-Z]")


@lru_cache(maxsize=4)
def _only_before_names(text: str) -> dict[str, bool]:
    """Each word of `text`, and whether every use of it runs into a capitalised word: read
    once per text, since a release with thousands of speakers asked once each (a scan of
    the text per speaker took 5 s on 100 kB)."""
    found: dict[str, bool] = {}
    for word in _WORD.finditer(text):
        followed = _NAME_NEXT.match(text, word.end()) is not None
        found[word.group()] = found.get(word.group(), True) and followed
    return found


def actor_headed(subject: str) -> bool:
    """Whether a noun phrase ends in a body's head or an office ("the Board", "the
    councils", "the Minister"): an actor, whatever the verb does to it."""
    head = subject.split()[-1].lower().strip(".,’'")
    return head in ACTOR_HEADS or head.rstrip("s") in ACTOR_HEADS or head in TITLES


def found_in(speaker: str, subject: str) -> bool:
    """Whether the speaker found is the subject itself (its last word ends the subject),
    not a name from elsewhere in the sentence."""
    return subject.lower().endswith(speaker.lower().split()[-1])


def acted_upon(prefix: str, speaker: str, sentence: str, after: str) -> bool:
    """The subject of an unvoiced line is a named thing done to, not a doer: "The
    Satellite Interpretation Message will be discontinued" (the speaker found is the
    message itself), or the speaker found is a thing's plural acronym in a line whose
    subject is no actor ("The comment period will close ...": not the "CDs" before)."""
    subject = noun_phrase_before(_ASIDE.sub("", prefix))
    if not subject:
        return False
    if subject.split()[0].lower() not in {"the", "a", "an", "this"} or actor_headed(subject):
        return False
    if _PASSIVE_VERB.match(after) and found_in(speaker, subject):
        return True
    # "CDs", "PDFs": things handed out, never the actor of a line whose subject is none.
    return _PLURAL_ACRONYM.fullmatch(speaker) is not None and not is_actor(subject, sentence)


_PLURAL_ACRONYM = re.compile(r"(?:the\s+)?[A-Z]{2,}s")
# A one-word aside between subject and verb: "The message, however, will be ...".
_ASIDE = re.compile(r",\s*[a-z]+\s*,?\s*$")
_PASSIVE_VERB = re.compile(
    r"\s*(?:be|have\s+been)\s+(?:\w+ly\s+)?(?!(?:joined|accompanied|"
    r"asked|invited|expected|pleased|able|required|briefed)\b)\w+(?:ed|en|wn)\b"
)


def owned_by(prefix: str, body: str) -> bool:
    """The line's subject is a thing of the body's own, named by its possessive ("One of
    Fairchild's tankers will perform a fly-by" in the base's release): the body acts."""
    owned = _OWNED_BY.search(prefix)
    return owned is not None and owned.group("owner").lower() in body.lower().split()


# "One of Fairchild's", "Two of the Agency's": at the start of the line's subject.
_OWNED_BY = re.compile(
    r"^\s*(?:(?:one|two|three|some|each|several|all|many|most)\s+of\s+)?(?:the\s+)?"
    r"(?P<owner>[A-Z][\w\-]+)(?:’s|'s)\s",
    re.IGNORECASE,
)
