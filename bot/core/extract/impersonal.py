"""Who stands behind a release's impersonal commitments: "The new guidance will apply
from 1 April", "A new Victims Commissioner will be appointed", "Earth MRI will fund ten
projects". Their subjects are things, posts to be filled, programmes or documents; the
actor committed is the body that issues the release, and the nearest noun phrase (the
post, the programme, a helpline's number) is the wrong one.

Split from the extractor, which mixes it in. The body is, in this order: the issuer a
reposted release names in its first lines ("The press release issued by ..."), a line of
its own naming an agency above the text ("FEMA News Release", "U.S. Geological Survey"),
the subject of the release's first sentence when that is a body or an office ("The First
Minister and deputy First Minister have today announced ...", "The U.S. Geological
Survey (USGS) will ..."), else the institution the text names most often.

What it changes is the name only. The candidate's confidence was scored with the actor
found before (round 18 learnt that letting a release's body name impersonal futures
raised look-alikes over the threshold), so nothing is proposed or ranked differently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.extract.actors import (
    ABSTRACT,
    DOCUMENTS,
    EVENTS,
    THINGS,
    is_actor,
    noun_phrase_before,
)
from bot.core.extract.announcer import announcer
from bot.core.extract.clauses import Cue
from bot.core.extract.cues import ANY_PRONOUN, FIRST_PERSON, ORG_HEADS, TITLES
from bot.core.extract.in_force import agency_heading
from bot.core.extract.mastheads import (
    acted_upon,
    caps_masthead,
    cfr_agency,
    lone_first_name,
    owned_by,
    parent_department,
)
from bot.core.extract.operations import fronted_subject, guessed_apart
from bot.core.extract.passages import Sentence, opening
from bot.core.extract.publishing import HEAD_CHARS, issuer
from bot.core.extract.series_lines import series_body
from bot.core.extract.speakers import normalise, same_speaker
from bot.core.extract.undergoing import COUNTS, undergoes

# What a release sets up, runs or gives out, besides documents, events and money: never
# the one who commits to it.
_SET_UP = frozenset(
    """
    programme programmes program programs scheme schemes initiative initiatives project
    projects pilot pilots number numbers line lines hotline helpline website site portal
    app application applications guidance rules rule code codes standard standards system
    systems facility facilities register database map maps data grant grants
    award awards prize scholarship scholarships contract contracts vacancy vacancies
    post posts role roles position positions seat seats place places
    """.split()
)
_NOT_BEHIND = _SET_UP | DOCUMENTS | EVENTS | THINGS | ABSTRACT
# Bodies and offices that issue releases, by the head of their name.
_ISSUING_HEADS = ORG_HEADS | frozenset(
    """
    survey office executive service commission agency administration institute
    secretariat assembly parliament directorate inspectorate bureau corps force forces
    """.split()
)
# A line of its own above the text naming the agency that issues it: "FEMA News
# Release", "U.S. Geological Survey", "The Executive Office" (a department's own name is
# `publishing.issuer`'s masthead).
_RELEASE_WORDS = r"(?:News|Press|Media)[ \t]+Releases?"
_AGENCY_LINE = re.compile(
    rf"^[ \t]*(?:(?P<acronym>[A-Z]{{2,8}})[ \t]+{_RELEASE_WORDS}|(?:The[ \t]+)?(?P<body>"
    r"(?:[A-Z][\w.&\-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*){0,5}(?:Agency|Survey|"
    r"Administration|Office|Executive|Service|Department|Ministry|Commission|Authority|"
    rf"Council|Institute|Bureau))(?:[ \t]*[-–—|:]?[ \t]*{_RELEASE_WORDS})?)[ \t]*$",
    re.MULTILINE,
)
# How many of the body's first sentences may name the release's actor.
_FIRST_SENTENCES = 4
# A post still to be filled, a count or an indefinite subject in the passive: "A new
# Victims Commissioner will be appointed", "Ten Board members will be recruited".
_PASSIVE = re.compile(
    r"\s+(?:(?:also|then|now|soon|shortly|only|\w+ly)\s+)?(?:be|have\s+been)\s+"
    r"(?:(?:also|then|now|soon|shortly|\w+ly)\s+)?(?!(?:pleased|delighted|interested|"
    r"involved|joined|accompanied|based|committed|prepared|required|expected)\b)"
    r"(?:\w+ed|\w+en|put|set|held|made|built|run|sent|paid|laid|led|brought|sought|chosen|"
    r"named|known|shown)\b"
)
_UNFILLED = re.compile(
    r"(?i)^(?:an?|" + "|".join(COUNTS) + r"|\d+|"
    r"(?:the|a|an)\s+(?:new|next|first|incoming|successful))\b"
)


def agency_line(text: str) -> str | None:
    """The agency a line of its own above the text names ("FEMA News Release")."""
    found = _AGENCY_LINE.search(text, 0, HEAD_CHARS)
    if found is None:
        return None
    return found.group("acronym") or "the " + found.group("body").strip()


def _issuing(actor: str) -> bool:
    """A body or an office, not a person's name: "the U.S. Geological Survey", "FEMA",
    "the First Minister and deputy First Minister"."""
    words = actor.split()
    last = words[-1].lower().strip(".,")
    bare = words[-1] if len(words) == 2 and words[0].lower() == "the" else actor
    if bare.isupper() and 2 <= len(bare) <= 8:
        return True  # "FEMA", "the USGS"
    return words[0].lower() == "the" and (last in _ISSUING_HEADS or last in TITLES)


def first_actor(sentences: Sequence[Sentence], text: str) -> str | None:
    """The body or office the release's first sentences name as their subject (not a
    programme the text spells out: "the Young Leaders Initiative (YLI)")."""
    for sentence in opening(sentences, _FIRST_SENTENCES):
        actor = sentence.actor or fronted_subject(sentence.text)
        if actor and actor.lower() not in ANY_PRONOUN and _issuing(actor):
            return None if not_behind(actor, text) else actor  # not "YALI", a programme
    return None


class Brackets:
    """Where a text closes its brackets, indexed by the three characters before each
    (and before a space before one): whether "X)" or "X )" is in the text is then asked
    of the few brackets whose lead-in ends like X, not by a scan of the whole text per
    sentence (`not_behind`, asked of every sentence's subject: a 100 kB paste of notices
    spent a tenth of its time on those scans)."""

    # A lead-in shared by more brackets than this is tested by the plain scan instead.
    _MANY = 32

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends: dict[str, list[int]] = {}  # lead-in's last 3 chars -> where it ends
        at = text.find(")")
        while at >= 0:
            self.ends.setdefault(text[max(0, at - 3) : at], []).append(at)
            if at and text[at - 1] == " ":
                self.ends.setdefault(text[max(0, at - 4) : at - 1], []).append(at - 1)
            at = text.find(")", at + 1)

    def closes(self, core: str) -> bool:
        """Whether `core` is written right before a closing bracket, a space between or
        not: `f"{core})" in text or f"{core} )" in text`, the same answer."""
        text = self.text
        ends = self.ends.get(core[-3:], ()) if len(core) >= 3 else None
        if ends is None or len(ends) > self._MANY:
            return f"{core})" in text or f"{core} )" in text
        size = len(core)
        return any(end >= size and text.startswith(core, end - size) for end in ends)


def not_behind(phrase: str, text: str, brackets: Brackets | None = None) -> bool:
    """A phrase that names what is set up, given out or counted, not who commits: "the
    TTY number", "the new guidance", an acronym the text spells out as a programme
    ("Earth Mapping Resources Initiative (Earth MRI)"). `brackets`, the text's index,
    spares a scan of the text per call."""
    bare = phrase.strip(" ,.")
    head = bare.split()[-1].lower().strip(".,’'") if bare else ""
    if head in _NOT_BEHIND:
        return True
    core = re.sub(r"^(?i:the)\s+", "", bare)
    if not core:
        return False
    bracketed = brackets.closes(core) if brackets else f"{core})" in text or f"{core} )" in text
    if not bracketed:
        return False  # never in brackets: a plain substring test, not a regex over the text
    spelt = re.search(
        r"([A-Za-z][\w\-]*)\s*\(\s*(?:the\s+)?" + re.escape(core) + r"\s*\)",
        text,
    )
    return spelt is not None and spelt.group(1).lower() in _NOT_BEHIND


class Impersonal:
    """The extractor's naming of a release's body behind its impersonal sentences."""

    text: str
    body: str | None
    sentences: list[Sentence]
    _behind_body: str | None = None
    _brackets: Brackets | None = None

    def _bracketed(self) -> Brackets:
        """The text's closing brackets, indexed once per text (`Brackets`)."""
        if self._brackets is None:
            self._brackets = Brackets(self.text)
        return self._brackets

    def _voice(self, index: int) -> str | None:
        raise NotImplementedError

    def _release_body(self) -> str | None:
        """The body behind the release (see the module's docstring); once per text."""
        if self._behind_body is None:
            # The first that answers wins, so the order is their precedence (a series
            # line's acronym over a capitalised masthead): moving one changes who speaks.
            found = (
                issuer(self.text)
                or agency_line(self.text)
                or series_body(self.text)
                or self._masthead_agency()
                or agency_heading(self.text)
                or first_actor(self.sentences, self.text)
                or announcer(self.sentences, self.text)
                or self.body
            )
            self._behind_body = found or ""
        return self._behind_body or None

    def _masthead_agency(self) -> str | None:
        """The capitalised masthead, unless it is a department over the agency that issues a
        Federal Register document: then that agency, as its "AGENCY:" line or its head names
        it ("Coast Guard" under "DEPARTMENT OF HOMELAND SECURITY"; stop 61, tuner x2)."""
        masthead = caps_masthead(self.text)
        if not parent_department(masthead):
            return masthead
        return agency_heading(self.text) or cfr_agency(self.text) or masthead

    def _behind(self, index: int, cue: Cue, speaker: str | None) -> str | None:
        """The release's body in place of `speaker` when the cue's subject is impersonal
        and nobody speaks the sentence; `speaker` otherwise."""
        sentence = self.sentences[index]
        if sentence.attribution or sentence.quote_span is not None or self._voice(index):
            return speaker
        text = sentence.text
        prefix = text[: cue.start].rstrip(" ,")
        subject = noun_phrase_before(prefix)
        low = subject.lower() if subject else ""
        if low in ANY_PRONOUN | FIRST_PERSON and low != "we":
            return speaker
        body = self._release_body()
        if not body or (speaker and same_speaker(speaker, body)):
            return speaker
        if low == "we":  # a release's (or a capitalised notice's) unvoiced "we" is its body
            return body if speaker is None or body == self._masthead_agency() else speaker
        if lone_first_name(speaker, self.text):
            return body  # "Kathryn" alone is nobody
        if speaker is None:
            return None if is_actor(subject, self.text) else body
        if (
            not_behind(speaker, self.text, self._bracketed())
            or acted_upon(prefix, speaker, text, text[cue.end :])
            or undergoes(prefix, speaker, text[cue.start :])
            or owned_by(prefix, body)
        ):  # "the TTY number", "Earth MRI", "The message will be discontinued", "One of
            return body  # Fairchild's tankers will ..." in Fairchild's release
        if subject and not_behind(subject, self.text, self._bracketed()) and not _issuing(speaker):
            if guessed_apart(subject, speaker, text):
                return body  # "This post will be re-advertised": not the post named before
        if subject and same_speaker(normalise(subject), speaker):
            if not is_actor(subject, self.text):
                return body
            if _PASSIVE.match(text, cue.end) and _UNFILLED.match(subject):
                return body  # "A new Victims Commissioner will be appointed"
        return speaker
