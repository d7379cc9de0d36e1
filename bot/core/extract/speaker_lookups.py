"""The extractor's speaker look-ups: the subject of a verb, the actor a sentence is
about, who speaks it (a transcript label, an "X said:" paragraph, a quotation's
attribution), and a pronoun followed back to the last actor or speaker named before it.
Split from the extractor, which mixes it in first so that these stand in for the stubs
of the other mixins; it holds the sentences, the people and the caches read here."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from bot.core.extract import body_acts, no_actor, order_reader, plain_present, voices
from bot.core.extract.actors import EVENT_WITH, is_actor, noun_phrase_before, owner_of, unlocated
from bot.core.extract.call_parties import call_pair
from bot.core.extract.candidate import MAX_SENTENCE_CHARS
from bot.core.extract.captions import is_caption
from bot.core.extract.clauses import PARENTHESIS
from bot.core.extract.cues import (
    ANY_PRONOUN,
    AUDIENCE_TOLD,
    AUX_TAIL,
    FINITE,
    FIRST_PERSON,
    LEADING_FUNCTION_WORDS,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    reports,
)
from bot.core.extract.framing import AUTHOR_LINE
from bot.core.extract.giving import PAIR, holder, one_person, receives
from bot.core.extract.moved import outing_owner
from bot.core.extract.owners import opening_holder
from bot.core.extract.passages import Sentence
from bot.core.extract.patients import unless_verbal
from bot.core.extract.report_phrases import report_phrase
from bot.core.extract.speakers import People, is_org, normalise
from bot.core.extract.third_person import clause_body, clause_office

# A finite verb found mid-sentence right after a subordinator and a proper name ("...
# support for reforms as Moldova continues on its path"): the verb of a subordinate clause,
# whose subject is not what the sentence is about (stop 56, xs56). Not "as well as"; only
# a lexical verb in the present ("as Moldova continues"), not "as Business Secretary is key"
# (a preposition) nor "came as DOE finalized" (a main verb the FINITE list lacks, before).
_SUBORDINATE = re.compile(
    r"(?<=\S\s)(?<!\bwell\s)(?<!\bsuch\s)\b(?:as|while|whereas|because|since|although|though)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){1,4}$"
)
_PRESENT = re.compile(r"(?!(?:is|has|does|was)$)[a-z]{3,}s")


class SpeakerLookups:
    """Who a sentence is about and who speaks it, read from the extractor's sentences."""

    text: str
    sentences: list[Sentence]
    people: People
    protagonist: str | None
    phrases: dict[tuple[str, int, int], str | None]
    span_attributions: dict[int, str]

    if TYPE_CHECKING:  # the other mixins', later in the MRO: no stub may shadow them

        def _subject(self, index: int, position: int) -> str | None: ...

        def _subject_before(self, index: int, position: int) -> str | None: ...

        def _person(self, phrase: str | None) -> bool: ...

        def _holder_name(self, actor: str, before: int) -> str: ...

    def _masked(self, index: int) -> str:
        """The sentence with its speaker label blanked ("§ Mr. GodberI will" -> "I will")."""
        sentence = self.sentences[index]
        if not sentence.label_end:
            return sentence.text
        return " " * sentence.label_end + sentence.text[sentence.label_end :]

    def _read_subject(self, index: int, position: int) -> str | None:
        """The subject of the verb at `position`: a name or title phrase, a pronoun, or
        a plain noun phrase that names an actor ("The two presidents", "the panel")."""
        text = self._masked(index)
        # "The Co-Chairs, each on behalf of ..., shall"; "Acme of Dayton, Ohio, is recalling"
        between = PARENTHESIS.search(text, 0, position) or body_acts.seat_between(text, position)
        position = between.start() if between else position
        prefix = AUX_TAIL.sub("", text[:position]).rstrip(" ,")
        event = EVENT_WITH.search(prefix)
        if event:
            return event.group().split()[0].lower()  # the event, which commits no one
        owner = owner_of(noun_phrase_before(prefix), self.text) or outing_owner(prefix, self.text)
        if owner:
            return owner  # "The Secretary’s speech will be livestreamed": the Secretary's
        subject = self._subject_before(index, position)
        if subject and (subject.lower() in ANY_PRONOUN or is_actor(subject, self.text)):
            return subject
        phrase = unless_verbal(prefix, noun_phrase_before(prefix))  # not "to confirm X"
        if phrase and (phrase.lower() in ANY_PRONOUN or is_actor(phrase, self.text)):
            return phrase
        return subject

    def _leading_actor(self, index: int) -> str | None:
        """The actor a sentence is about: the subject of its first finite verb."""
        text = self._masked(index)
        if len(text) > MAX_SENTENCE_CHARS:
            return None
        begin = len(text) - len(text.lstrip())
        first = re.match(r"\W*(\w+)", text[begin:])
        if first and first.group(1).lower() in LEADING_FUNCTION_WORDS:
            comma = text.find(",", begin, begin + 200)
            begin = comma + 1 if comma > 0 else begin
        verb = FINITE.search(text, begin)
        if verb is None:
            return None
        if re.match(r"(?:is|are|was|were)\s+\w+ed\b", text[verb.start() :]):
            return None  # a passive: "Gas issues were discussed" names no actor
        if receives(text, verb.end()):
            return None  # "A project to restore ... will receive £1m": no actor
        if AUDIENCE_TOLD.match(text, verb.end()):
            return None  # "Colleagues should also be aware that": the audience, no actor
        if _SUBORDINATE.search(text, begin, verb.start()) and _PRESENT.fullmatch(verb.group()):
            return None  # "X's visit reiterates ... as Moldova continues": not the main verb
        subject = unlocated(text[: verb.start()], self._subject(index, verb.start()), self.text)
        if not subject:
            return None
        # "They both agreed", "Both condemned": the two named before.
        low = re.sub(r"^(?:they\s+)?(?:both|all)$", "they", subject.lower())
        if low in PERSON_PRONOUNS | OTHER_PRONOUNS:
            return self._last_actor(index, person=low in PERSON_PRONOUNS, plural=low == "they")
        if low in FIRST_PERSON:  # a transcript's heading ("Jane Smith / Prime Minister") last
            return self._voice(index) or voices.heading_voice(self.text)
        return self.people.expand(normalise(subject)) if is_actor(subject, self.text) else None

    def _protagonist(self) -> str | None:
        """The actor the text names as a subject most often: who an impersonal sentence
        with nobody near it ("Two review exercises will begin today") most likely
        concerns. Counted once per text."""
        if self.protagonist is None:
            counts = Counter(sentence.actor for sentence in self.sentences if sentence.actor)
            self.protagonist = plain_present.most_named(counts, self.text)
        return no_actor.kept(self.protagonist or None, self.text)  # not "Below": stop 55

    def _heading_author(self) -> str | None:
        """The writer a heading names ("Author: | Jeff Baker, Director, ..."): who speaks for
        a notice's sentences when nobody else is named as their actor."""
        author = AUTHOR_LINE.search(self.text[:3000])
        return normalise(author.group(1).strip()) if author else None

    def _proposer(self, index: int) -> str | None:
        """Who reads out an Order of Business line: the sentence's voice, else the Leader
        the chair called on to outline it."""
        return self._voice(index) or order_reader.called_reader(self.text)

    def _voice(self, index: int) -> str | None:
        """Who is speaking in this sentence: a transcript label, the "X said:" paragraph
        before it, or the quotation's attribution."""
        sentence = self.sentences[index]
        for who in (sentence.label, sentence.introduced, self._span_attribution(index)):
            if who:
                return self.people.expand(normalise(who))
        return None

    def _recent(self, index: int, reach: int) -> Iterator[Sentence]:
        """The sentences before `index`, nearest first: at most `reach` of them, and none
        more than two paragraphs up; photo captions are passed over (`captions`)."""
        paragraph = self.sentences[index].paragraph
        captions: set[int] = set()  # a photo's caption is no paragraph of the story
        for back in range(index - 1, max(-1, index - reach - 1), -1):
            sentence = self.sentences[back]
            if paragraph - sentence.paragraph - len(captions) > 2:
                return
            if is_caption(sentence.text):
                captions.add(sentence.paragraph)
            else:
                yield sentence

    def _last_actor(self, index: int, *, person: bool, plural: bool = False) -> str | None:
        """The last actor named before sentence `index`: in its paragraph first, then in
        the two before ("They will consider ..." after "The panel will ..."). For "they"
        (`plural`) after one person, a pair named as an actor within that reach:
        "The President and First Lady will travel ... The Queen will host ... They will
        visit" means the couple."""
        if person:
            found = self._from_context(index, person=True)
            if found:
                return found
        recent = [sentence for sentence in self._recent(index, 11) if sentence.actor]
        if not person and not plural:
            body = self._clause_body(index)  # "..., which the Board will publish" (stop 57)
            if body:
                return body
        if plural and recent and one_person(recent[0].actor or ""):
            pairs = (s.actor for s in recent if s.actor and PAIR.search(s.actor))
            pair = next((a for a in pairs if self._person(PAIR.split(a)[0])), None)
            if pair:
                return pair
            return call_pair(recent[0].text, recent[0].actor or "") or recent[0].actor
        return recent[0].actor if recent else None

    # -- speakers -------------------------------------------------------------

    def _phrase_for_report(self, text: str, match: re.Match[str]) -> str | None:
        """`report_phrase`, read once per sentence and verb."""
        key = (text, match.start(), match.end())
        if key not in self.phrases:
            self.phrases[key] = report_phrase(text, match, self.text)
        return self.phrases[key]

    def _attribution(self, index: int) -> str | None:
        sentence = self.sentences[index]
        if len(sentence.text) > MAX_SENTENCE_CHARS:
            return None
        for match in reports(sentence.text):
            phrase = self._phrase_for_report(sentence.text, match)
            speaker = self._resolve(phrase, index, match.start()) if phrase else None
            if speaker:
                return speaker
        return None

    def _resolve(self, phrase: str, index: int, position: int) -> str | None:
        """Turn a speaker phrase into a speaker, following "he"/"it" back in the text."""
        low = phrase.lower()
        if low in FIRST_PERSON:
            return None
        if low in PERSON_PRONOUNS | OTHER_PRONOUNS:
            earlier = self.sentences[index].text[:position]
            for match in reports(earlier):
                found = self._phrase_for_report(earlier, match)
                if found and found.lower() not in ANY_PRONOUN:
                    return self.people.expand(normalise(found))
            if low in OTHER_PRONOUNS:
                found = self._last_actor(index, person=False, plural=low == "they")
                if found:
                    return found
            own = self._own_subject(index, position) if low in PERSON_PRONOUNS else None
            return own or self._from_context(index, person=low in PERSON_PRONOUNS)
        return self.people.expand(normalise(phrase))

    def _clause_body(self, index: int) -> str | None:
        """A body a sentence nearer than the last one with an actor names as the subject
        of a future clause (`third_person.clause_body`), else None."""
        for sentence in self._recent(index, 11):
            if sentence.actor:
                return None
            body = clause_body(sentence.text, self.text)
            if body:
                return body
        return None

    def _own_subject(self, index: int, position: int) -> str | None:
        """ "And then the President travels to Texas, where he will spend the weekend":
        "he" inside the sentence is the person its main clause is about, when that
        person's name or office is written before the pronoun."""
        own = self.sentences[index].actor
        if not own or not holder(own) or own.lower() in ANY_PRONOUN:
            return None
        written = own.split()[-1]
        return own if written in self.sentences[index].text[:position] else None

    def _from_context(self, index: int, *, person: bool) -> str | None:
        for sentence in self._recent(index, 6):
            attribution = sentence.attribution
            if attribution and (not person or not is_org(attribution)):
                return attribution
            owned = opening_holder(sentence.text)  # "The Minister's first stop is": below
            if person and sentence.actor and holder(sentence.actor) and not owned:
                # "The Secretary will ... She will": the subject, by name if the text
                # gave the office's holder one ("Secretary Clinton").
                return self._holder_name(sentence.actor, sentence.start)
            if person:
                # a person the sentence names first ("..., where Mayor John Smith greeted
                # her. He will ..."); else the office it opens with as a possessor, or
                # one a later clause has as its subject (`clause_office`, stop 57)
                mention = (
                    self.people.object_mention(sentence.text)
                    or owned
                    or clause_office(sentence.text)
                )
                if mention:
                    return mention
            elif attribution:
                return attribution
        return None

    def _span_attribution(self, index: int) -> str | None:
        span = self.sentences[index].quote_span
        return None if span is None else self.span_attributions.get(span)
