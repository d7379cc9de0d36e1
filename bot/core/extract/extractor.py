"""The extractor: cues in each sentence -> scored candidates."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from functools import partial
from zoneinfo import ZoneInfo

from bot.core.deadlines import Deadline
from bot.core.extract import issuers, neighbours, no_actor, speech
from bot.core.extract.act_time import last_joined
from bot.core.extract.actors import (
    is_actor,
    reported_by,
    reporter_only,
    unlocated,
)
from bot.core.extract.announcing import Announcing
from bot.core.extract.aside import SettingAside
from bot.core.extract.asked_to import asked_to
from bot.core.extract.candidate import (
    MAX_CUES_PER_SENTENCE,
    MAX_SENTENCE_CHARS,
    Candidate,
    quoting,
)
from bot.core.extract.clauses import (
    Cue,
    clause_bounds,
    clean,
    judges_or_guesses,
    promise_start,
    scopes,
    sentence_cues,
    trailing_attribution,
    without_repeated_headlines,
)
from bot.core.extract.courtesies import BELOW_FLOOR, own_anticipation
from bot.core.extract.coverage import broadcaster
from bot.core.extract.cues import (
    ANY_PRONOUN,
    BACKGROUND,
    BASE,
    FIRST_PERSON,
    HARD_BOUNDARY,
    INTERROGATIVE,
    LIKELY_ACT,
    ORDER,
    OTHER_PRONOUNS,
    PAST_AUX,
    PERSON_PRONOUNS,
    RELATIVE_WHO,
    reports,
)
from bot.core.extract.dating import Dating
from bot.core.extract.decisions import agreement_without_subject
from bot.core.extract.describing import Describing
from bot.core.extract.doubts import not_pledged
from bot.core.extract.framing import (
    ATTRIBUTION_LINE,
    REPOST_TITLE,
    addressee,
    announcer_at,
    carries,
    embedded_subject,
    in_question,
    participle,
    passive_agent,
    possessor,
)
from bot.core.extract.giving import Giving, naming_weight
from bot.core.extract.impersonal import Impersonal
from bot.core.extract.in_force import over_issuer
from bot.core.extract.intended import impersonal_plan
from bot.core.extract.judging import (
    backshifted,
    forecast,
    hedging,
    passive_act,
    refusal,
)
from bot.core.extract.negations import (
    DEMANDED,
    NEGATION,
    POST_NEGATION,
    REQUEST,
    negation_outside,
)
from bot.core.extract.neighbours import (
    assent,
    assented,
    briefed,
    list_item,
    reported_would,
)
from bot.core.extract.order_items import listed_item
from bot.core.extract.order_of_business import business_line, proposed_item
from bot.core.extract.order_paper import tabled
from bot.core.extract.outcomes import Outcomes, starts_line
from bot.core.extract.passages import build_sentences
from bot.core.extract.patients import issued, patient
from bot.core.extract.previewed import lead_in
from bot.core.extract.procedures import withheld_until
from bot.core.extract.publishing import Publishing
from bot.core.extract.readings import house_step
from bot.core.extract.schedule import Scheduling
from bot.core.extract.sentences import BULLET, SYMBOL_ITEM
from bot.core.extract.speaker_lookups import SpeakerLookups
from bot.core.extract.speakers import (
    People,
    is_named,
    normalise,
    walk_back,
    walk_forward,
)
from bot.core.extract.standfirst import without_repeated_standfirst
from bot.core.extract.text_issuer import dominant_body, proclaimer
from bot.core.extract.timeframe import TimeFrames
from bot.core.extract.turns import Turns
from bot.core.extract.undertaken import committer
from bot.core.extract.windows import window_at

# Cue kinds that say an act is still to come, whose past frame can only precede them.
_FUTURE_KINDS = frozenset({"will", "schedule", "order", "must"})
# a sentence opened by "he" or "she": its act is that person's, whoever reports it
_OPENING_PRONOUN = re.compile(r"\s*(?:he|she)\b", re.IGNORECASE)
# "She will be replaced ...": a passive after the cue, no act of the pronoun's person
_PASSIVE_NEXT = re.compile(
    r"\s+(?:\w+ly\s+|also\s+)?be\s+(?:\w+ly\s+)?[a-z]{3,}(?:ed|en|wn|ght|ilt|ut|ne)\b"
)


class Extractor(
    SpeakerLookups,
    Announcing,
    Dating,
    Describing,
    Giving,
    Impersonal,
    Outcomes,
    Publishing,
    Scheduling,
    SettingAside,
    Turns,
):
    def __init__(self, text: str, published: datetime, tz: str | ZoneInfo) -> None:
        normalise.cache_clear()  # a cache per paste: a fresh paste is timed as read fresh
        self.text = text
        self.zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
        if published.tzinfo is None:
            published = published.replace(tzinfo=self.zone)
        self.published = published
        self.tz = tz
        self.times = TimeFrames(published, tz, self.zone)
        self.deadlines: dict[tuple[str, tuple[int, int], str, int], Deadline | None] = {}
        self.dropped: set[tuple[str, ...]] = set()  # sentences read as no pledge, by neighbours
        self.asides, self.proposed = {}, set()  # doubted cues, sentences proposed (`aside`)
        self.subjects, self.endings = {}, {}  # `_subject`, `_subject_before`: once a position
        self.phrases: dict[tuple[str, int, int], str | None] = {}  # `_phrase_for_report`
        self.sentences = self._at_lines(build_sentences(text))
        self.people = People()
        self.people.scan(text, (sentence.text for sentence in self.sentences))
        for sentence in self.sentences:
            if len(sentence.text) > MAX_SENTENCE_CHARS:
                continue
            for match in reports(sentence.text):
                phrase = self._phrase_for_report(sentence.text, match)
                if phrase:
                    name = normalise(phrase)
                    if is_named(name) and name.lower() not in PERSON_PRONOUNS:
                        self.people.add(name)
        self.body = over_issuer(text, dominant_body(text))  # not the agency's department
        self.protagonist: str | None = None
        # A list of instructions or a decree, where "X should assess ..." is an order.
        self.ordering = len(ORDER.findall(text, 0, 20_000)) >= 2
        self.briefing = briefed(self.sentences)  # a lobby briefing: its "would"s are reports
        self.span_attributions: dict[int, str] = {}
        for index, sentence in enumerate(self.sentences):
            sentence.attribution = self._attribution(index)
            if sentence.quote_span is not None and sentence.attribution:
                self.span_attributions.setdefault(sentence.quote_span, sentence.attribution)
            sentence.actor = sentence.attribution or reporter_only(self._leading_actor(index))

    def _speaker(self, index: int, cue: Cue) -> tuple[str | None, bool]:
        """Who made the commitment, and whether we had to guess it from the context.

        Order of evidence: a reporting verb before the cue ("Merz said the meeting
        could..."), the subject of the cue when it names an actor ("the Kremlin agreed
        to", "the Secretary shall", "The panel will"), an attribution after it (",
        Trump said."), a pronoun resolved to the last actor named before it, the voice
        that speaks the sentence (a transcript label, an "X said:" paragraph, the
        quotation's attribution), and last the nearest actor named before it. A receiver
        ("Local councils will be given") is passed over for the giver."""
        text = self._masked(index)
        if cue.kind == "present" and house_step(text, cue.start, cue.end):
            return "the House", False  # "To be read a Second time upon Tuesday next."
        framed = self._stated(index, text) or self._reported(index, cue)
        framed = framed or self._framed_actor(text, cue) or self._main(index, cue)
        if framed:
            return framed, False
        if self._receiver(text, cue):
            return self._giver(index, cue)  # "Local councils will be given the power"
        announced = announcer_at(text, cue)
        at = cue.start if announced is None else announced
        subject = unlocated(text[:at], self._subject(index, at), self.text)  # not "in Oregon"
        subject = speech.first_person(subject)  # "my Department will fund": "I" will
        if agreement_without_subject(text[cue.start : cue.end]) or window_at(text, cue.start):
            subject = None  # "In response to a UK initiative there was agreement to"
        ahead = cue.opens_ahead(text)
        if cue.kind in {"goal", "commit", "readout"} and not self._actor_or_we(subject):
            subject = None  # "sets a new national ambition": the actor is the sentence's
        inside = self._inside_clause(index, text, cue)
        if inside:
            return inside
        if (ahead or participle(text, cue)) and self.sentences[index].actor:
            return self.sentences[index].actor, False  # "X spoke to Y ahead of seeing": X
        low = subject.lower() if subject else ""
        if cue.kind == "agenda":  # the voice reading a business statement, else the item's
            item = self._voice(index) or walk_forward(text[cue.end :])
            if item and is_actor(item, self.text):
                return self.people.expand(normalise(item)), False
            return self.body or self._last_actor(index, person=False), True
        if cue.kind == "headline":
            # "X says Y to act": X speaks; "X to act": X is both actor and speaker.
            if cue.start:
                subject = walk_back(re.sub(r"\s+(?:says?|said)\s*$", "", text[: cue.start]))
            else:
                subject = text[: text.find(" to ")]
            speaker = self._resolve(subject, index, cue.start) if subject else None
            if speaker:
                return speaker, False
        trailing = reported_by(trailing_attribution(text, cue.end))  # not CNN's
        if trailing is not None and cue.kind == "would":
            # Reported speech: "X would take charge, Trump said" is Trump's promise.
            speaker = self._resolve(trailing[1], index, len(text))
            if speaker:
                return speaker, False
        if cue.kind != "headline" and subject and low not in ANY_PRONOUN:
            if is_actor(subject, self.text) and not patient(text, cue, low, self._voice(index)):
                speaker = issued(self, text, cue, low) or self._resolve(subject, index, cue.start)
                if speaker:
                    return speaker, False
        if trailing is not None:
            speaker = self._attributed(trailing[1], index, text, cue, subject)
            if speaker:
                return speaker, False
        if low in PERSON_PRONOUNS | OTHER_PRONOUNS:
            found = self._resolve(subject or "", index, cue.start)
            if found:
                return found, True
            person = low in PERSON_PRONOUNS
            return self._last_actor(index, person=person, plural=low == "they"), True
        voice = self._voice(index)
        if voice:
            return voice, False
        if re.search(r"(?i)\bour\s+(?:\w+\s+){0,2}$", text[: cue.start]):
            low = "we"  # "At least 85% of our customers will rate us": the writer's target
        if self.body and low not in ANY_PRONOUN and issuers.impersonal(self, subject, index, cue):
            return self.body, True  # an impersonal future in an institution's text
        own = self.sentences[index].actor
        if own and low not in FIRST_PERSON:
            return own, True
        return self._last_resort(index, subject, low, cue.start), True

    def _attributed(
        self, source: str, index: int, text: str, cue: Cue, subject: str | None
    ) -> str | None:
        """The speaker an attribution after the cue gives (", Trump said."); but when "he"
        or "she" opens the sentence ("He'll also make a stop in Seoul, according to defense
        officials"), the officials report his act: the person the pronoun stands for, the
        last one named (stop 66)."""
        if (
            subject
            and subject.lower() in PERSON_PRONOUNS
            and _OPENING_PRONOUN.match(text)
            and not _PASSIVE_NEXT.match(text, cue.end)
        ):
            found = self._resolve(subject, index, cue.start)
            if found:
                return found
        return self._resolve(source, index, len(text))

    def _last_resort(self, index: int, subject: str | None, low: str, at: int) -> str | None:
        """The guess when nothing in or near the sentence names its actor: the speech model's
        (issue 13, round 30a), else who has the floor there ("Speaker’s Statement", stop 63)."""
        return speech.model(self).fallback(index, subject, low) or self._floor_speaker(index, at)

    def _stated(self, index: int, text: str) -> str | None:
        """The actor the sentence's own form states before any subject is read: the owner
        of the channel carrying an advisory's coverage ("Coverage will begin on NASA
        Television": NASA, `coverage`), and the labelled answerer of an impersonal plan
        ("It is intended to ...", `intended`)."""
        owner = broadcaster(text)
        if owner:
            return owner
        if impersonal_plan(text) and self.sentences[index].label:
            return self._voice(index)
        return None

    def _reported(self, index: int, cue: Cue) -> str | None:
        """The speaker a reporting verb before the cue names ("Merz said the meeting
        could ..."), else the proclaimer an order's "I hereby direct that" names: only
        when no frame and no quotation gives the sentence to someone else ('Governor Mary
        Lee said: "I also direct that ..."' is hers)."""
        text = self._masked(index)
        group = speech.colleagues_and_i(text[: cue.start])
        group = group or speech.partner_and_i(text[: cue.start], self.text)
        if group:
            return group  # "My party colleagues and I intend to": that group (stop 56)
        for match in reports(text, 0, cue.start):
            phrase = self._phrase_for_report(text, match)
            subject = committer(cue, text[match.end() : cue.start], self.text, self._subject, index)
            if subject and (committed := self._resolve(subject, index, cue.start)):
                return committed  # "She said the minister had undertaken to": the minister
            if phrase and phrase.lower() not in FIRST_PERSON:
                speaker = self._resolve(phrase, index, match.start())
                if speaker:
                    return speaker
        if self.sentences[index].quote_span is not None:
            return None
        return proclaimer(self.text, text[: cue.start])

    def _framed_actor(self, text: str, cue: Cue) -> str | None:
        """The actor the cue's frame names: an instruction's addressee ("instructions to
        the Government involve"), or the main clause's subject after an opening
        participle ("Pledging to cut waiting lists, the Health Secretary ...")."""
        phrase = addressee(text, cue) if cue.kind == "order" else possessor(text, cue)
        opening = re.match(r"[A-Z][a-z]+ing\b[^,]{0,120},\s+", text) if cue.start == 0 else None
        if opening:
            main = walk_forward(text[opening.end() :])
            phrase = main if main and is_actor(main, self.text) else None
        return self.people.expand(normalise(phrase)) if phrase else None

    def _inside_clause(self, index: int, text: str, cue: Cue) -> tuple[str, bool] | None:
        """The actor the clause names itself: a passive's agent ("will be purchased by
        Thailand"; whose act, not who committed to it, so a guess), or the subject an
        agreement or an "ahead of" introduces."""
        agent = passive_agent(text, cue)
        for phrase, guessed in (
            (walk_forward(text[agent:]) if agent is not None else None, True),
            (embedded_subject(text, cue), False),
        ):
            if phrase and is_actor(phrase, self.text) and self.times.parse(phrase) is None:
                return self.people.expand(normalise(phrase)), guessed  # not "by Easter"
        return self._publisher(index, text, cue)  # "will be posted on PNN's website"

    # -- judging a cue ----------------------------------------------------------

    def _vetoed(self, text: str, cue: Cue, left: int, prefix: str, after: str, matrix: str) -> bool:
        """Whether the sentence frames the cue as something other than a commitment: a
        question, biography, a past frame, "would have", or a negation governing it."""
        if "?" in text[cue.start :] or INTERROGATIVE.match(text) or in_question(text, cue):
            return True
        if RELATIVE_WHO.search(text) and any(
            m.start() < cue.start < m.end() for m in RELATIVE_WHO.finditer(text)
        ):
            return True  # "X, who will retire next year, said ..." is biography
        if cue.kind in {"would", "maybe"} and re.match(r"\s+have\b", after):
            return True  # "would have", "could have": what did not happen
        # A past-tense cue ("promised in 2019 to") is history whatever the year's place;
        # for others only a year before the cue frames the sentence as past.
        past_verb = cue.kind not in {"order"} and text[cue.start : cue.end].split()[0].endswith(
            "ed"
        )
        years = None if past_verb else BACKGROUND.sub(",", text[: cue.start])
        # A future's frame lies before it: "measures will go further than previously set
        # out" looks back from a plan, which stays a plan.
        frame = years if cue.kind in _FUTURE_KINDS and years is not None else matrix
        if PAST_AUX.search(text[: cue.start]) or self.times.is_past(frame, years):
            if not (backshifted(self.times, text, cue) or self._own_date_ahead(text, cue, after)):
                return True
        # The clause itself, and the words governing it ("did not confirm that X would"),
        # but not an earlier clause that a "but" or a semicolon has already closed.
        governing = text[max(0, left - 60) : left]
        closed = list(HARD_BOUNDARY.finditer(governing))
        if closed:
            governing = governing[closed[-1].end() :]
        governing, prefix = scopes(governing, prefix)  # the frame's own, not a condition's
        if REQUEST.search(prefix) or REQUEST.search(governing):
            return True
        if not (NEGATION.search(prefix) or NEGATION.search(governing)):
            return False
        # a negation of another conjunct, or a negative commitment (1.7), leaves it standing
        return not negation_outside(text[: cue.start], f"{governing} {prefix}", cue.kind)

    def _own_date_ahead(self, text: str, cue: Cue, after: str) -> bool:
        """A present or future cue whose own clause names a date still ahead, after a
        past frame earlier in the sentence: "In June 2014 the Department placed an order
        for a vessel which has been delivered and is due to be named on Monday 17 October
        2016" (published in September 2016) tells the naming as a plan, whatever the
        order's year. A past cue ("had", "was", "promised") keeps the past frame."""
        if cue.kind not in _FUTURE_KINDS:
            return False
        if PAST_AUX.search(text[: cue.start]) or text[cue.start : cue.end].endswith("ed"):
            return False
        own = HARD_BOUNDARY.search(after)  # not a later clause's date (review s60: "said it
        # will build a pool, and the consultation closes on 31 December")
        found = self.times.parse(after[: own.start()] if own else after)
        return found is not None and found.due > self.times.published

    def _past_promise(self, text: str, cue: Cue, clause: tuple[int, int]) -> bool:
        """ "promised during a July visit", published in December; but "agreed to hold
        the next round in January" names next January as the deadline."""
        verb = text[cue.start : cue.end].split()[0]
        if not (verb.endswith("ed") and self.times.past_month(text[clause[0] : clause[1]])):
            return False
        ahead = self._deadline(text, clause, cue)
        return ahead is None or not self.times.past_month(ahead.matched)

    def _guessed(
        self, index: int, cue: Cue, low: str, clause: tuple[int, int], hedged: bool
    ) -> bool:
        """A judgement or a guess (`judges_or_guesses`); but "will likely hold elections in
        July" is a hedged plan, with a date and someone to act still a plan."""
        text = self.sentences[index].text
        left, right = clause
        after = text[cue.end : right]
        acts = "likely" not in text[left:right] or self._can_act(index, cue, low)
        if not judges_or_guesses(text, cue, low, left, right, after, acts):
            return False
        return not (hedged and acts and cue.kind == "will" and self._ahead(text, cue, clause))

    def _score(self, index: int, cue: Cue) -> tuple[float, str | None, Deadline | None, int, int]:
        """Confidence for one cue, with its speaker, deadline and promise bounds.

        Vetoes come first (question, past frame, negation, a condition on a weak cue)
        because no amount of supporting evidence turns "did not confirm that Russia
        would" into a pledge. What survives is scored additively, so that a reviewer
        can see why one candidate outranks another: the cue's own strength, plus a
        named speaker, plus a time frame, minus hedges.
        """
        sentence = self.sentences[index]
        text = sentence.text
        nothing = (0.0, None, None, 0, 0)
        left, right = clause_bounds(text, cue)
        clause = text[left:right]
        prefix = text[left : cue.start]
        after = text[cue.end : right]
        matrix = BACKGROUND.sub(",", text[:right])

        vetoed = sentence.question or self._vetoed(text, cue, left, prefix, after, matrix)
        if (vetoed or self._past_promise(text, cue, (left, right))) and self._doubt(
            index, cue, "vetoed"
        ):
            return nothing
        subject = self._subject_before(index, cue.start)
        low = subject.lower() if subject else ""
        first_person = low in FIRST_PERSON
        negated_after = POST_NEGATION.search(after) is not None and cue.kind != "strong"
        own_refusal = first_person and cue.kind == "will"
        refused = own_refusal or refusal(text, cue, after, low) or withheld_until(after)
        if negated_after and not refused and self._doubt(index, cue, "negated"):
            return nothing
        hedged = re.match(r"\s+(?:likely|probably)\b", after) is not None
        if self._guessed(index, cue, low, (left, right), hedged):
            return nothing
        if cue.kind == "strong" and not first_person and DEMANDED.search(text[: cue.start]):
            return nothing
        if not_pledged(self.times, text, cue):
            return nothing
        dated = self._ahead(text, cue, (left, right))
        told = self._told_doubt(index, cue, low, after, dated)  # `outcomes`
        if told and self._doubt(index, cue, told):
            return nothing

        # "would likely travel to Pyongyang in March": a likely act weighs less (`hedging`).
        acted = LIKELY_ACT.match(text, cue.start) is not None
        penalty = hedging(clause, cue, after, hedged and not acted, negated_after, prefix)
        if penalty is None and self._doubt(index, cue, "conditional"):
            return nothing  # "We'll consider it if earnings hold up"
        effect = not dated and self._thing_acts(index, cue, after)  # "This will give ..."
        score = BASE[cue.kind] - (penalty or 0.0) - 0.15 * effect  # an undated effect, doubted

        framed = self._time_frame(index, cue, (left, right), first_person)
        if framed is None:
            return nothing
        deadline, bonus = framed
        score += bonus
        if deadline is None and dated:
            score += 0.1  # "will apply from 1 January": a start ahead is a time frame too
        if cue.kind == "would":
            score += reported_would(self.sentences, index, cue, self.briefing)
        speaker, guessed = self._speaker(index, cue)
        if forecast(text, cue, speaker):
            return nothing  # "Shares are expected to rise next week, analysts said"
        score += naming_weight(speaker, guessed)
        score += passive_act(cue, after, first_person)  # stop 44, tuner p
        if first_person and (sentence.quote_span is not None or not speaker):
            score += 0.05
        speaker = self._behind(index, cue, no_actor.kept(speaker, self.text))  # not "Safety"
        # Last: a transcript's turn (`turns`) has the final word over the body `_behind`
        # may have put in ("I" in a minister's turn under a ministry's heading).
        speaker = self._whose_turn(index, cue, speaker, guessed)
        # Nobody near: issuer, office asked (not the asker), protagonist, heading's author.
        voices = speech.model(self)
        speaker = speaker or voices.unnamed(low) or voices.answerer(index) or self._protagonist()
        speaker = speaker or self._heading_author()
        start, end = clean(text, promise_start(cue, left), right)
        if end <= start:
            return nothing
        cap = self._cap(index, cue, deadline, low)
        return max(0.0, min(cap, score)), speaker, deadline, start, end

    def run(self) -> list[Candidate]:
        candidates: list[Candidate] = []
        headlines: set[int] = set()
        bullets: set[int] = set()
        seen: set[str] = set()
        intro: Candidate | None = None  # "The panel will:" before a list of what it will do
        openers: set[int] = set()  # ids of headers that only open their items
        for index, sentence in enumerate(self.sentences):
            if sentence.text in seen or len(sentence.text) > MAX_SENTENCE_CHARS:
                continue
            if ATTRIBUTION_LINE.search(sentence.text):
                continue  # "Economic Secretary to the Treasury, John Glen said:" only introduces
            if lead_in(sentence.text):
                continue  # "He will say:" only leads into the speech (`previewed`)
            if REPOST_TITLE.match(sentence.text):
                continue  # "PRESS RELEASE : UK to deliver on 5% NATO pledge [June 2025]"
            found = (
                tabled(sentence.text, sentence.start, self.text)
                or self._best(index)
                or self._assent(index)
            )
            found = found or self._announced(index)
            found = proposed_item(  # after the reader's label: "Senator X: It is proposed"
                self._masked(index), self.text, found, partial(self._proposer, index), self.times
            )
            found = business_line(  # "Wednesday's business shall be No. 21, ..."
                self._masked(index), self.text, found, partial(self._proposer, index), self.times
            )
            found = listed_item(  # "; No. 2, statements on X, to be taken at 12.45 p.m."
                self._masked(index), self.text, found, partial(self._voice, index), self.times
            )
            found = asked_to(  # "The President has asked the Vice President to travel"
                sentence.text, found, self.times, lambda who: self.people.expand(normalise(who))
            )
            found = self._on_schedule(index, found)
            item = BULLET.match(sentence.text)
            listed = item or (intro is not None and neighbours.unmarked_item(self.sentences, index))
            if listed and intro is not None:
                openers |= {id(intro)} if neighbours.only_opens(intro) else set()
                found = found or list_item(self.times, sentence.text, item, intro)
            elif not listed:
                intro = None
            if found is None:
                continue
            found = dataclasses.replace(found, start=sentence.start)
            if sentence.text.rstrip().endswith(":") and not listed and carries(found):
                intro = found
            seen.add(sentence.text)
            summary = (
                item
                and SYMBOL_ITEM.match(sentence.text)
                and starts_line(self.text, sentence.start)  # "Minn. – The Corps will": no item
                and found.cue != getattr(intro, "cue", None)
            )
            if sentence.headline:
                headlines.add(len(candidates))
            elif summary:
                bullets.add(len(candidates))  # a summary bullet above the body counts as one
            candidates.append(found)
        kept = without_repeated_headlines(candidates, headlines, bullets)
        kept = without_repeated_standfirst(kept, self.text)  # `standfirst` (stop 57)
        return self.ruled_out([found for found in kept if id(found) not in openers])

    def _best(self, index: int) -> Candidate | None:
        """The sentence's strongest cue as a candidate, if any clears `MIN_CONFIDENCE`."""
        sentence = self.sentences[index]
        # A sentence repeated between the same neighbours reads the same: a paste that
        # repeats one dropped sentence is judged once, not once a copy.
        near = (
            self.sentences[i].text for i in (index - 1, index + 1) if 0 <= i < len(self.sentences)
        )
        key = (sentence.text, *near)
        if key in self.dropped:
            return None
        best: tuple[float, str | None, Deadline | None, int, int] | None = None
        best_cue: Cue | None = None
        dated: Deadline | None = None  # another committing cue's time frame, if any
        timed: list[tuple[Cue, Deadline | None]] = []  # each cue's time frame
        for cue in sentence_cues(sentence.text, sentence.headline)[:MAX_CUES_PER_SENTENCE]:
            if self.ordering and sentence.text[cue.start : cue.end] == "should":
                cue = Cue("must", cue.start, cue.end)  # an order's "should" obliges
            elif self.ordering and re.match(r"(?:is|are)\s+to\s", sentence.text[cue.start :]):
                cue = Cue("order", cue.start, cue.end)  # "The Government is to submit"
            scored = self._score(index, cue)
            if scored[0] and own_anticipation(sentence.text, cue):
                # "I look forward to visiting Wales", a courtesy (`courtesies`): below the
                # floor, so `_clears` notes it as weak, once no refutation has ruled it out.
                scored = (BELOW_FLOOR, scored[1], scored[2], scored[3], scored[4])
            timed.append((cue, scored[2]))  # a joined act's time counts if it clears or not
            if not self._clears(index, cue, scored[0]):
                continue
            dated = dated or scored[2]
            if best is None or scored[0] > best[0]:
                best, best_cue = scored, cue
        if best is None or best_cue is None:
            self.dropped.add(key)
            return None
        confidence, speaker, deadline, start, end = best
        deadline = last_joined(sentence.text, best_cue, deadline, timed)
        deadline = deadline or self._deadline_line(index) or dated
        cue_span = (best_cue.start, best_cue.end)
        return quoting(
            sentence.text, (start, end), cue_span, speaker, deadline, round(confidence, 2)
        )

    def _assent(self, index: int) -> Candidate | None:
        """ "Yes, Sir." to "may I ask if she will give a further assurance ... ?"."""
        question = assented(self.sentences, index, self._masked(index).strip())
        if question is None:
            return None
        return assent(self.sentences[index], question, self.times, self._voice(index))
