"""Whose turn it is: the speaker of a transcript's first person.

A press conference, a briefing, an interview or a statement to a parliament gives the
floor in turns, and each turn is opened by a label: capitals ("PRIME MINISTER:"), a name
with its office ("Mr. Takeshi Osuga, Foreign Press Secretary:", "ANTHONY ALBANESE, PRIME
MINISTER:"), a title with a surname ("Minister Kamikawa:"), a bare name in a dialogue
("Mikhail Kotyukov:"), or a line of its own naming the office and its holder ("The First
Minister (Humza Yousaf)"). A questioner's turn ("QUESTION:", "JOURNALIST:") holds no
pledge of whoever answers. The document's heading often names the principal in full
("Press Conference by Foreign Minister KAMIKAWA Yoko", "Remarks by Secretary Panetta at
...", "Presenter: Secretary of Defense Leon E. Panetta"), and a label that says only
"PRIME MINISTER" or a surname is that person.

So "I will be visiting Brunei" is the Minister's, not the guest minister named in the
sentence before, and "what we intend to do" is the Prime Minister's, not "Last Saturday"
with which his turn began. Nor is a time phrase, an addressee ("You have up to 20
minutes") or a place the text lists as one ("the electorate of Bean, Calwell") ever an
actor: wherever such a name was picked, the turn's speaker (or the heading's, when the
whole text is one speaker's) stands instead, else nobody.

The turns are found once per text (a regex per paragraph, none over the whole text per
candidate). What this changes is the name only: the candidate was scored with the actor
found before, as `impersonal` does, so nothing is proposed or ranked differently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.extract.actors import KICKER_WORDS, QUESTIONERS, is_actor
from bot.core.extract.calendar_names import CAPITALISED_MONTHS, MONTHS, WEEKDAYS
from bot.core.extract.clauses import Cue
from bot.core.extract.cues import ANY_PRONOUN, TITLES
from bot.core.extract.floor import contributor, floor_holders, holder_at
from bot.core.extract.passages import Sentence
from bot.core.extract.sentences import paragraph_spans
from bot.core.extract.speakers import (
    PARTICLES,
    is_org,
    normalise,
    same_speaker,
    subject_before,
)

# The opening of a paragraph up to a colon: a candidate label.
_LABEL = re.compile(r"(?P<label>[^\n:]{1,100}?)[ \t]*:[ \t]+(?=\S)")
# Who asks: their turn holds no pledge of the one who answers. A label's first or last
# word is read, so the questioners of a transcript label ("audience member") count word
# by word.
_ASKERS = frozenset(word for name in QUESTIONERS for word in name.split()) | frozenset(
    "questions correspondent interviewer moderator participant".split()
)
# Small words a name or an office may hold in lower case ("Minister for Foreign Affairs",
# "President of the Russian Federation"), a surname's particles among them ("Ursula von
# der Leyen").
_LINKS = frozenset("of for the and on".split()) | PARTICLES
OFFICE_WORDS = TITLES | {"officer"}  # "The Presiding Officer"
# Words that qualify an office, left out when two names are compared ("Foreign Minister
# KAMIKAWA Yoko" and "Minister Kamikawa").
_QUALIFIERS = frozenset("deputy vice foreign press first presiding".split())
# A line of its own: the office, then its holder in brackets ("The First Minister
# (Humza Yousaf)", "The Deputy Presiding Officer (Annabelle Ewing)").
_OFFICE_HOLDER = re.compile(
    r"[ \t]*(?P<office>The\s+[A-Z][^()\n]{2,80}?)\s+\((?P<who>[A-Z][^()\n]{2,60})\)[ \t]*$"
)
# A heading naming the principal: "Press Conference by Foreign Minister KAMIKAWA Yoko",
# "Remarks by Secretary Panetta at the National Press Club", "Statement by the First
# Minister", "Presenter: Secretary of Defense Leon E. Panetta December 18, 2012".
_HEAD_CHARS = 800
_HEADING = re.compile(
    r"(?im)^[ \t]*(?:(?:joint\s+)?(?:press\s+conference|press\s+briefing|news\s+conference|"
    r"briefing|remarks|statement|speech|address|interview|transcript)s?\s+(?:by|of|from|with)|"
    r"(?:presenter|speaker|interviewee)s?\s*:)\s+(?P<who>(?-i:(?:the\s+)?[A-Z])[^\n]{2,100}?)"
    # a stop ends the name, but not an initial's ("Statement of Carolyn W. Colvin, ...")
    r"(?=\s+(?:at|on|to|in|before|after|during|about|regarding|following)\s|[,;:(\n]"
    r"|(?<!\b(?-i:[A-Z]))\.\s|$)"
)
_TIME_WORDS = (
    frozenset(
        """
        week weeks weekend month months year years today tonight tomorrow yesterday
        morning afternoon evening night day days hour hours minute minutes time
        """.split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)
# An addressee or an object pronoun is never who commits.
_NOT_SPEAKERS = frozenset("you your yours yourself yourselves me us them him".split())
# A list of places the text names as such: "the electorate of Bean, Calwell, potentially
# Longman", "the regions of Kursk and Belgorod".
_PLACE_NOUNS = (
    r"(?:electorates?|seats?|constituenc(?:y|ies)|cit(?:y|ies)|towns?|villages?|regions?|"
    r"provinces?|states?|count(?:y|ies)|districts?|territor(?:y|ies)|islands?|suburbs?|"
    r"municipalit(?:y|ies)|oblasts?)"
)
_PLACE_LIST = re.compile(
    rf"\b{_PLACE_NOUNS}\s+of\s+(?P<places>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
    r"(?:\s*,\s*(?:(?:and|or|potentially|possibly)\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)*"
    r"(?:\s+(?:and|or)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?)"
)


@dataclass(frozen=True, slots=True)
class Turn:
    """A paragraph's turn: who has the floor (None: nobody we can name), and whether it
    is a question's."""

    speaker: str | None
    asking: bool = False


def _words(label: str) -> list[str]:
    return [word for word in re.split(r"[\s,]+", label) if word]


def _bare(word: str) -> str:
    return word.lower().strip(".,’'()")


def _office(words: list[str]) -> bool:
    return any(_bare(word) in OFFICE_WORDS for word in words)


def _capitalised(words: list[str]) -> bool:
    """Every word a capitalised one or a link of a name ("Minister for Foreign Affairs")."""
    return bool(words) and all(
        word[:1].isupper() or _bare(word) in _LINKS or word == "(retranslated)" for word in words
    )


def _spoken(name: str) -> str:
    """The label's name as a speaker: capitals in title case ("ANTHONY ALBANESE" ->
    "Anthony Albanese"), the titles left out ("Minister Kamikawa" -> "Kamikawa")."""
    name = re.sub(r"\s*\(retranslated\)\s*$", "", name).strip()
    if name.isupper():
        name = " ".join(word[:1] + word[1:].lower() for word in name.split())
    words = name.split()
    if all(_bare(word) in OFFICE_WORDS | _QUALIFIERS | _LINKS for word in words):
        return "the " + " ".join(w for w in words if w.lower() != "the")  # "the Prime Minister"
    return normalise(name)


def _label_speaker(label: str, lower_words: frozenset[str]) -> tuple[str | None, bool, bool]:
    """Who a label names, whether they ask, and whether the label is a bare name (a
    turn only in a dialogue); (None, False, False) for no label of a speaker."""
    words = _words(label)
    if not words or len(words) > 9 or any(ch.isdigit() for ch in label):
        return None, False, False
    low = " ".join(_bare(word) for word in words)
    if low.split()[0] in _ASKERS or low.split()[-1] in _ASKERS:
        return None, True, False  # "QUESTION", "VOA STATE DEPARTMENT CORRESPONDENT ..."
    if not _capitalised(words) or any(_bare(w) in _TIME_WORDS for w in words):
        return None, False, False  # "PM call with ...", "Tuesday 9 April", "Made by"
    if _bare(words[-1]) in KICKER_WORDS - OFFICE_WORDS:
        return None, False, False  # "PRESS RELEASE", "FACT SHEET": what the text is
    name, _, office = label.partition(",")
    name_words = _words(name)
    if office and _office(_words(office)) and 1 <= len(name_words) <= 5:
        return _spoken(name), False, False  # "Mr. Takeshi Osuga, Foreign Press Secretary"
    if _office(name_words):
        return _spoken(name), False, False  # "Minister Kamikawa", "The Prime Minister"
    if 2 <= len(name_words) <= 4 and not any(_bare(w) in lower_words for w in name_words):
        return _spoken(name), False, True  # "Mikhail Kotyukov": a name, never in lower case
    return None, False, False


def _head_speaker(text: str) -> tuple[str, str] | None:
    """The principal a heading names, if any: the phrase as written ("Foreign Minister
    KAMIKAWA Yoko") and the name in it ("KAMIKAWA Yoko")."""
    found = _HEADING.search(text, 0, _HEAD_CHARS)
    if found is None:
        return None
    who = found.group("who").strip()
    # "Secretary of Defense Leon E. Panetta December 18, 2012"
    cut = re.search(r"\s+(?:" + CAPITALISED_MONTHS + r")\b|\s+\d", who)
    who = who[: cut.start()] if cut else who
    words = _words(who)
    if not _capitalised(words) or len(words) > 8:
        return None
    return who, _spoken(who)


def _fuller(speaker: str, head: tuple[str, str] | None) -> str:
    """The heading's name for a turn's speaker when they are one: the same name ("Kamikawa"
    and "KAMIKAWA Yoko"), or the office the heading gives its holder ("PRIME MINISTER"
    under "Press Conference by Prime Minister Anthony Albanese")."""
    if not head:
        return speaker
    plain = OFFICE_WORDS | _QUALIFIERS | _LINKS
    mine = {_bare(w) for w in speaker.split()}
    theirs = {_bare(w) for w in head[0].split()}
    if mine - plain and (mine - plain) & (theirs - plain):
        return head[1] if len(head[1]) >= len(speaker) else speaker
    if not mine - plain and mine - _LINKS <= theirs:
        return head[1]  # the office alone, held by the heading's principal
    return speaker


def find_turns(text: str) -> tuple[list[Turn | None], list[int], str | None]:
    """Per paragraph of `text` (`sentences.paragraph_spans`), the turn it belongs to
    (None outside any), where in `text` each paragraph's label ends (0: none), and the
    heading's speaker when the whole text is that one speaker's."""
    spans = list(paragraph_spans(text))
    lower_words = frozenset(re.findall(r"\b[a-z][\w’'\-]*", text))
    head = _head_speaker(text)
    opened: list[tuple[str | None, bool, bool, int] | None] = []
    for start, end in spans:
        body = text[start:end].lstrip()
        offset = end - start - len(body)
        holder = _OFFICE_HOLDER.match(body)
        label = _LABEL.match(body)
        if holder and "\n" not in body.strip():
            opened.append((normalise(holder.group("who")), False, False, 0))
        elif label:
            who, asking, bare = _label_speaker(label.group("label"), lower_words)
            asking = asking or body.startswith("To ask", label.end())
            known = who is not None or asking
            opened.append((who, asking, bare, start + offset + label.end()) if known else None)
        else:
            opened.append(None)
    named = {who for entry in opened if entry for who in [entry[0]] if who}
    dialogue = len(named) >= 2 or any(entry and entry[1] for entry in opened)
    turns: list[Turn | None] = []
    ends: list[int] = []
    current: Turn | None = None
    for entry in opened:
        if entry is not None and (not entry[2] or dialogue):
            who = _fuller(entry[0], head) if entry[0] else None
            current = Turn(who, entry[1])
            ends.append(entry[3])
        else:
            ends.append(0)
        turns.append(current)
    principal = head[1] if head else None
    others = any(
        turn and (turn.asking or (turn.speaker and not same_speaker(turn.speaker, principal)))
        for turn in turns
    )
    single = None if others else principal  # others have the floor too: no fallback
    return turns, ends, single


def places_named(text: str) -> frozenset[str]:
    """The names the text lists as places ("the electorate of Bean, Calwell")."""
    found: set[str] = set()
    for match in _PLACE_LIST.finditer(text):
        for part in re.split(r"\s*,\s*|\s+(?:and|or)\s+", match.group("places")):
            part = re.sub(r"^(?:and|or|potentially|possibly)\s+", "", part).strip()
            if part:
                found.add(part)
    return frozenset(found)


def no_actor(speaker: str | None, places: frozenset[str]) -> bool:
    """A time phrase ("Last Saturday", "This week"), an addressee ("You") or a place the
    text lists as one: never who commits."""
    if not speaker:
        return False
    words = speaker.split()
    if _bare(words[-1]) in _TIME_WORDS or (len(words) == 1 and _bare(words[0]) in _NOT_SPEAKERS):
        return True
    return speaker in places


_WORD = re.compile(r"\w+")


def _unnamed(speaker: str, text: str) -> bool:
    """Whether `text` does not name `speaker` (its words, "the" aside, in any case)."""
    words = [word for word in _WORD.findall(speaker.lower()) if word != "the"]
    named = frozenset(_WORD.findall(text.lower()))  # whole words: "Ann" is not in "annual"
    return not words or not all(word in named for word in words)


class Turns:
    """The extractor's reading of a transcript's turns; once per text."""

    text: str
    sentences: list[Sentence]
    _turns: tuple[list[Turn | None], list[int], str | None] | None = None
    _places: frozenset[str] | None = None
    _floor: tuple[list[tuple[int, str | None]], str | None] = ([], None)
    _turn_words: dict[int, dict[str, int]] | None = None
    _paragraph_ends: dict[int, int] | None = None

    def _turn_of(self, index: int, at: int = 0) -> tuple[Turn | None, int, str | None]:
        """The sentence's turn, how much of it its label takes, and the text's speaker;
        where lines name the speakers (`floor`), the turn at `at` in the sentence."""
        if self._turns is None:
            self._turns = find_turns(self.text)
            self._places = places_named(self.text)
            self._floor = floor_holders(self.text), contributor(self.text)  # `floor`
        turns, ends, single = self._turns
        sentence = self.sentences[index]
        if sentence.paragraph >= len(turns) or turns[sentence.paragraph] is None:
            held = holder_at(self._floor[0], sentence.start + at) or self._floor[1]
            return (Turn(held) if held else None), 0, single
        label = max(0, ends[sentence.paragraph] - sentence.start)
        return turns[sentence.paragraph], label, single

    def _floor_speaker(self, index: int, at: int) -> str | None:
        """Who has the floor (`floor`) at `at` in a sentence no turn's label holds: the
        speaker of an impersonal line nobody else is named for ("Nominations will close
        at noon" under "Speaker’s Statement")."""
        turn, label_end, _ = self._turn_of(index, at)
        return turn.speaker if turn is not None and not label_end and not turn.asking else None

    def _whose_turn(
        self, index: int, cue: Cue, speaker: str | None, guessed: bool = False
    ) -> str | None:
        """The speaker whose turn holds a first-person cue, or who stands for a name that
        is no actor (see the module's docstring), or whose turn holds an impersonal future
        whose actor was only guessed from another sentence ("The force is devoting its
        resources ... Publication will take place after the examination", in the
        Taoiseach's turn: his, not the force's); `speaker` otherwise."""
        turn, label_end, single = self._turn_of(index, cue.start)
        sentence = self.sentences[index]
        if turn is not None and turn.asking:
            return None if no_actor(speaker, self._places or frozenset()) else speaker
        own = turn.speaker if turn is not None else single
        if no_actor(speaker, self._places or frozenset()):
            return own
        if not own or sentence.attribution or sentence.quote_span is not None:
            return speaker
        if speaker is None:
            return own  # "Nominations will close at noon" in the Speaker's statement: nobody else
        if speaker and same_speaker(speaker, own):
            return speaker  # as the extractor wrote it ("Prime Minister", "Lane")
        if guessed and speaker and _unnamed(speaker, sentence.text):
            head = subject_before(sentence.text, cue.start)
            if head is None and turn is not None and not label_end:
                # No subject read ("If there is more than one candidate, the ballot will
                # take place"), past a turn's label: the holder's, not a name carried.
                return own
            if head and head.lower() not in ANY_PRONOUN and not is_actor(head, self.text):
                return own  # an impersonal future in the turn: the speaker's, not a name carried
        text = sentence.text
        start = min(label_end, len(text))
        masked = " " * start + text[start:] if start else text
        subject = subject_before(masked, cue.start) if cue.start >= start else None
        low = (subject or "").lower()
        body = speaker is not None and is_org(speaker)
        if turn is None and speaker and not (low == "i" and body):
            return speaker  # a heading's speaker is a weaker guess than a person named
        if low == "i" and own.isupper() and speaker and speaker == sentence.label != own:
            return speaker  # old Commons: the reply `answered` gives the one asked, not "MR. X"
        if low == "i" or (low == "we" and not body) or self._from_elsewhere(index, speaker):
            return own
        return speaker

    def _from_elsewhere(self, index: int, speaker: str | None) -> bool:
        """Whether a labelled turn never names `speaker` up to the sentence: a name carried
        from another turn ("SPEAKER: Order!" before the Minister's answer) is not who
        commits in this one, whose speaker stands instead."""
        turns = self._turns
        sentence = self.sentences[index]
        if not speaker or turns is None or not turns[1][sentence.paragraph]:
            return False
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", speaker) if w[:1].isupper()]
        named = self._words_named(sentence.paragraph)
        end = sentence.start + len(sentence.text)
        return bool(words) and not any(named.get(word, end + 1) <= end for word in words)

    def _words_named(self, paragraph: int) -> dict[str, int]:
        """Where each word (in lower case) of a labelled turn first ends, read once per turn
        (a search of the turn up to each of its sentences was quadratic in a long turn)."""
        if self._turn_words is None or self._paragraph_ends is None:
            self._turn_words, ends = {}, {}
            for sentence in self.sentences:  # in reading order: a paragraph's last one ends it
                ends[sentence.paragraph] = sentence.start + len(sentence.text)
            self._paragraph_ends = ends
        named = self._turn_words.get(paragraph)
        if named is None and self._turns is not None:
            named = {}
            start, stop = self._turns[1][paragraph], self._paragraph_ends[paragraph]
            for word in _WORD.finditer(self.text, start, stop):
                named.setdefault(word.group().lower(), word.end())
            self._turn_words[paragraph] = named
        return named or {}
