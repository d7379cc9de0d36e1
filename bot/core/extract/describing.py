"""What a future told about a thing or about others is: a description, not a pledge.

Split from the extractor, which mixes it in: "This will provide further disincentives",
"peace in Afghanistan will require a settlement", "they are going to have to break ties".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.core.deadlines import Deadline
from bot.core.extract.actors import is_actor, is_thing, scheduled_item, subject_head
from bot.core.extract.bearing import borne_by_thing
from bot.core.extract.candidate import MAYBE_BELOW
from bot.core.extract.clauses import Cue, clause_bounds
from bot.core.extract.cues import (
    ANY_PRONOUN,
    AUX_TAIL,
    CONSEQUENCE,
    DESCRIPTIVE,
    FIRST_PERSON,
    FORECAST_VERB,
    PERSON_PRONOUNS,
    SCHEDULED_ACT,
    has_title,
)
from bot.core.extract.doubts import OWN, demanded, forecast_effect, talked_about
from bot.core.extract.effects import told_of_thing
from bot.core.extract.funding import AMOUNT
from bot.core.extract.intended import impersonal_plan
from bot.core.extract.literals import holds_any_folded
from bot.core.extract.logistics import company_at_event, only_company
from bot.core.extract.operations import operated
from bot.core.extract.passages import Sentence
from bot.core.extract.plain_present import funded_item
from bot.core.extract.speakers import People, is_org, subject_before

# Purpose told with "aim" or "intended": "The ban aims to", "is also intended to".
_PURPOSE = re.compile(r"(?:aims?|aiming|(?:is|are)\s+(?:also\s+)?intended)\s+to\b")
# Occasions and schemes whose content a text describes, and the verbs that describe it.
_OCCASIONS = frozenset(
    "event events conference visit meeting summit forum session workshop programme "
    "programmes program programs year festival celebration ceremony exhibition fair "
    "doctorates fellowships networks".split()
)
_CONTENT = re.compile(
    r"\s+(?:also\s+)?(?:feature|focus|showcase|highlight|celebrate|conduct|train|explore|"
    r"bring\s+together)\b"
)
# What an agreement says others should do: "agreed that all sides should show restraint",
# "agreeing that Europe must do everything possible". The clause's subject, then its
# modal, with no "will" or "would" of the parties' own before it.
_AGREED_DEMAND = re.compile(
    r"\s*(?P<subject>(?:(?!\b(?:will|would|shall)\b)[^;:]){1,150}?)\s+"
    r"(?:should|must|needs?\s+to|ought\s+to)\b",
    re.IGNORECASE,
)
# Where a doubted candidate stands: on the "maybe" list, above the floor that drops it.
_DOUBTED = MAYBE_BELOW - 0.05
# A record told: "This will be the first time envoys will gather".
_FIRST_TIME = re.compile(r"\b(?:this|it)\s+(?:is|will\s+be)\s+the\s+first\s+time\b", re.I)
# Subjects that are the agreeing parties themselves: "they should", "both sides must".
_PARTIES = re.compile(r"(?:we|they|both|each|the\s+two|the\s+leaders)\b", re.I)


# What a law's effect changes in what people may or must do: a ban, a ban lifted, a body
# or a duty made, a rate set ("The Order will prevent the sale of single-use vapes", "will
# lift the ban on onshore wind", "will create a new Border Security Command", "will boost
# the minimum wage to £12.21"); "will boost growth", "will create jobs" stay effects.
LAW_CHANGES = re.compile(
    r"^\s*(?:\w+ly\s+|also\s+|further\s+|now\s+)?(?:"
    r"(?:prevent|prohibit|ban|stop)\s+(?:the\s+)?(?:sale|use|import|export|supply|"
    r"advertising|anyone|people|companies|firms|landlords|retailers)\b"
    r"|(?:lift|end|remove|scrap|ease)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:ban|restrictions?|caps?|"
    r"limits?|requirements?|prohibition)\b"
    r"|create\s+(?:a|an|the)\s+(?:new\s+)?(?:[A-Z]\w+|offences?|duty|duties|right|powers?|"
    r"register|regulator|body)\b"
    r"|(?:boost|raise|increase|cut|lower|reduce)\s+[^,.;]{1,40}?\s+to\s+[£$€\d])"
)
# What a measure pays out, which whoever runs it can be checked to have paid (CONVENTIONS
# 6.2's "provide", "fund"): "The funding will provide for the development of ...", "which
# will provide €800 billion", "will provide payments to eligible producers", "will support
# the reforms with 55 million euros"; not "will provide further disincentives".
_PAYS_OUT = re.compile(
    r"^\s+(?:also\s+|now\s+)?(?:provide\s+(?:for\s+the\b|(?:\w+\s+){0,2}?(?:payments?|"
    r"grants?|grant\s+aid|funding|loans?|funds)\b)|(?:provide|support)\s+(?:[^.;]{0,80}?\bwith\s+)?"
    # "with a one-off payment of £200", "with a £200 payment" (stop 59 review)
    r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{AMOUNT}|\d[\d,.]*\s*(?:million|billion|bn|m)\b|payments?\b|grants?\b))"
)
# The measures CONVENTIONS 6.2 reads by their verb, as a subject's last word.
_MEASURE = re.compile(
    r"\b(?:measure|scheme|service|fund|review|plan|programme|program|package|initiative|"
    r"strategy|reform|investment|funding|grant|project|deal|agreement|partnership)s?$",
    re.IGNORECASE,
)


def _is_measure(head: str) -> bool:
    """Whether a subject's head names a measure, which CONVENTIONS 6.2 reads by its verb
    even when its name makes it an actor: "The new service will simplify the process" is
    an effect, "The service will open to applications in May" the measure's own act."""
    return _MEASURE.search(head) is not None


# What an act changes in the world, with no act of its own named (CONVENTIONS 2.2, 6.2):
# "will strengthen collaborative working", "will contribute to the rise of", "will bring
# about a Europe that protects", "will transform the industry", "will help deliver on the
# agenda". Told of a body or a thing, undated, it describes; a person, a country or a
# government saying it commits. "Help" only before the change it helps ("will help cut
# costs"): "The Strategy Unit will help departments cut costs" is the unit's own work.
_WORLD_CHANGE = re.compile(
    r"\s+(?:also\s+|further\s+|\w+ly\s+)?(?:strengthen|transform|contribute\s+to|"
    r"bring\s+about|boost|enhance|improve|revolutioni[sz]e|promote|encourage|benefit|"
    r"reinforce|help\s+(?:to\s+)?(?:deliver|ensure|build|create|"
    r"make|improve|reduce|drive|boost|secure|protect|tackle|grow|achieve|meet|bring|keep|save|"
    r"cut|shape|restore|raise|lower|speed|address))\b",
    re.IGNORECASE,
)
# Who commits for a whole country: its name, its government, a union of states.
_POLITY_WORD = re.compile(
    r"\b(?:[Gg]overnment|[Aa]dministration|[Cc]ountry|[Nn]ation|[Ss]tates?|[Kk]ingdom|UK|U\.?S\.?|"
    r"EU|[Uu]nion|[Rr]epublic|Executive)\b"
)
# A law as a subject: what it changes is read by `LAW_CHANGES` and the law reading.
_LAW_WORD = r"\b(?:act|bill|law|decree|order|regulations?|directive|legislation)"
_LAW_HEAD = re.compile(_LAW_WORD + "$", re.IGNORECASE)
# a law, with its relative pronoun, as the subject: "the Act (which) will mean that ..."
_LAW_SUBJECT = re.compile(_LAW_WORD + r"(?:,?\s+(?:which|that))?$", re.IGNORECASE)

# A country as the actor of its own acts: "the country", "the nation".
_POLITY = re.compile(r"^(?:the|this|our|their)\s+(?:country|nation|republic|state)$", re.I)


# Someone's act named as a noun, and its start: "distribution is likely to begin next
# month", "the talks are likely to resume on Monday" ("Rain is likely to start" is no act).
_ACT_NOUN = re.compile(
    r"(?:[a-z]{3}(?:tion|sion|ment)s?|talks|summit|meeting|vote|elections?|conference|visit|"
    r"trip|ceremony|hearing|trial|review|inquiry|negotiations|works)$",
    re.I,
)
_STARTS = re.compile(r"\s+(?:begin|start|resume|open|take\s+place|be\s+held|get\s+under\s*way)\b")


# What the weather does, said of an empty "it": "It will rain tomorrow", "it will be
# windy on the coast". No actor can promise it (issue 13: forecasts of weather).
WEATHER_VERB = re.compile(
    r"^\s+(?:\w+ly\s+|also\s+|still\s+)?(?:rain|snow|sleet|hail|drizzle|pour|thunder|freeze|"
    r"be\s+(?:\w+ly\s+|very\s+|much\s+|a\s+bit\s+)?(?:sunny|cloudy|windy|wet|dry|warm|cold|"
    r"hot|mild|chilly|foggy|misty|stormy|rainy|showery|humid|icy|frosty|cooler|warmer|colder|"
    r"hotter|milder|wetter|drier|windier|sunnier|cloudier))\b",
    re.IGNORECASE,
)

# The weather named as a subject ("The high pressure system", "Temperatures", "Heavy rain"):
# what it "will remain" or "stay" is a forecast, even where a measure that "will remain in
# place" is kept on by whoever runs it (`cues._KEPT_ON`).
_WEATHER_SUBJECT = re.compile(
    r"\b(?:weather|pressure|temperatures?|rain|rainfall|snow|winds?|fog|frost|showers|storms?"
    r"|heatwave|cold\s+snap)\b",
    re.IGNORECASE,
)
_REMAINS = re.compile(r"^\s+(?:\w+ly\s+|also\s+|still\s+)?(?:remain|stay)\b")


# A time frame this wide is a horizon, not a date: about eight years ("the 2030s", "between
# 2027 and 2040").
_HORIZON_DAYS = 3000


class Describing:
    """The extractor's test for a described future; it needs the extractor's sentences,
    its subject finder and what it knows of the text (a decree's orders, its body)."""

    text: str
    sentences: list[Sentence]
    ordering: bool
    body: str | None
    people: People
    subjects: dict[tuple[int, int], str | None]
    endings: dict[tuple[int, int], str | None]  # `_subject_before`

    def _masked(self, index: int) -> str:
        raise NotImplementedError

    def _subject(self, index: int, position: int) -> str | None:
        """The subject of the verb at `position` (the extractor's `_read_subject`), read
        once per position: a sentence's first verb is asked for its actor, and again for
        its speaker when it is the cue."""
        if (index, position) not in self.subjects:
            self.subjects[index, position] = self._read_subject(index, position)
        return self.subjects[index, position]

    def _read_subject(self, index: int, position: int) -> str | None:
        raise NotImplementedError

    def _subject_before(self, index: int, position: int) -> str | None:
        """`subject_before` the verb at `position` of the masked sentence, read once per
        position: the sentence's actor is read for every sentence before any cue is
        scored, so the cue's own reading of the same verb came too late for the shared
        cache of recent phrases (more than a thousand sentences lie between them)."""
        if (index, position) not in self.endings:
            self.endings[index, position] = subject_before(self._masked(index), position)
        return self.endings[index, position]

    def _describes(self, index: int, cue: Cue, subject: str, after: str, dated: bool) -> bool:
        """A future told about a thing or about others, with no one committing: "This
        will provide further disincentives", "they are going to have to break ties"."""
        if re.fullmatch(r"\s+be\s*:\s*", after) or talked_about(self.sentences[index].text, cue):
            return True  # "business ... would be:" opens a list; "what the plant will make"
        if subject == "it" and WEATHER_VERB.match(after):
            return True  # "It will rain tomorrow": the weather, which no one commits to
        if _REMAINS.match(after) and _WEATHER_SUBJECT.search(
            re.split(r"[,;:()]", self._before_cue(index, cue))[-1]
        ):
            return True  # "The high pressure system will remain in place over the weekend"
        if not dated and only_company(self.sentences[index].text, cue):
            return True  # "The President will be joined by the Secretary of Education"
        told = self._occasion_told(index, cue, after, dated)
        if told or cue.kind == "plan":
            return told
        demand = cue.kind == "must" or re.match(r"\s+have\s+to\b", after)
        sentence = self.sentences[index].text
        others = re.search(r"\b(?:he|she|they|you)\s+(?:\S+\s+){0,3}$", sentence[: cue.start])
        if demand and (subject in {"he", "she", "they", "you"} or others):
            return True  # a demand on others, not their commitment
        if demand and not self.ordering and subject not in FIRST_PERSON:
            head = self._head(index, cue) or ""
            last = head.split()[-1].lower() if head else ""
            if is_thing(head) or last == "there":
                return True  # "any deal must reflect", "progress must be made": a demand
        if sentence[cue.start : cue.end] == "must" and not (dated or self.ordering):
            # "Israel must show restraint", "China must now use all its leverage": with
            # no time frame and no order around it, what another must do is a demand; a
            # government's "must" said of itself ("the Government must study the
            # Report before deciding") is its own undertaking.
            if not OWN.search(subject):
                return True
        if cue.kind == "must" and not (dated or self.ordering):
            phrase = (self._subject(index, cue.start) or "").split()
            if phrase and phrase[-1].endswith("s") and phrase[-1].lower() not in ANY_PRONOUN:
                return True  # "the EU's Member States must act together": an exhortation
        if CONSEQUENCE.search(sentence[: cue.start]) and not dated:
            return True  # "the FCC voted ..., a step that will expand access": an effect
        if holds_any_folded(sentence, ("first",)) and _FIRST_TIME.search(sentence):
            return True  # "This will be the first time envoys will gather": a record, told
        perfect = re.match(r"\s+have\s+(?!to\b)[a-z]+(?:ed|en)\b", after)
        if perfect and cue.kind == "will" and subject not in FIRST_PERSON and not dated:
            return True  # "81 companies will have signed": a count foreseen, undated
        if re.fullmatch(r"\s+(?:also\s+)?include\s*:?\s*", after):
            return True  # "The business for the week will include:" only opens a list
        if re.match(r"\s+still\s+(?:have|be)\b", after):
            return True  # "we'll still have 68,000 troops there" states what remains
        if self._forecast(index, cue, subject, after, dated):
            return True  # "Prices will rise further": a thing's future, forecast
        if subject in FIRST_PERSON | PERSON_PRONOUNS or subject == "they":
            return False
        told = cue.kind == "will" and not dated and _WORLD_CHANGE.match(after) is not None
        pays = _PAYS_OUT.match(after) is not None
        if told and not pays and self._institution_told(index, cue):
            return True  # "The Taskforce will strengthen collaborative working": an effect
        if re.search(r"\bthere\s+$", sentence[: cue.start], re.I) and (
            scheduled_item(after) or funded_item(after)
        ):
            return False  # "There would be opening and closing remarks": a programme
        if sentence[cue.start : cue.end] == "shall":
            return False  # "The second report shall be an analysis of": "shall" obliges
        if pays:
            return False  # "The fund will provide €800 billion": the measure pays (6.2)
        borne = borne_by_thing(after)  # `bearing`
        if not (DESCRIPTIVE.match(after) or told_of_thing(after) or borne):
            return False
        if dated and not self._horizon_only(index, cue):  # a decade: "grow by the 2030s"
            return False  # "The scheme will provide free meals from September" is a plan
        phrase = self._subject(index, cue.start) or ""
        before = self._before_cue(index, cue)
        law_reading = not borne or LAW_CHANGES.match(after)
        if law_reading and _LAW_SUBJECT.search(f"{phrase}|{before}"):
            # "the Act (which) will mean that ...": what a law does obliges; what it brings
            # about ("The legislation will help 160,000 teachers keep their jobs") is told.
            return False
        head = self._head(index, cue)
        # A measure named as the subject is read by its verb too (CONVENTIONS 6.2; stop 43).
        thing = head is not None and (not is_actor(head, self.text) or _is_measure(head))
        return subject in {"it", "this", "that"} or not is_actor(phrase, self.text) or thing

    if TYPE_CHECKING:  # `dating.Dating`'s: a stub here would shadow it if the bases moved

        def _deadline(self, text: str, clause: tuple[int, int], cue: Cue) -> Deadline | None: ...

    def _horizon_only(self, index: int, cue: Cue) -> bool:
        """Whether the clause's time spans more than _HORIZON_DAYS (about eight years): a
        decade ("by the 2030s", "well into the 2030s") or as wide a range ("between 2027 and
        2040"), the horizon of a claimed effect, no date anyone could be held to (stop 64)."""
        text = self.sentences[index].text
        found = self._deadline(text, clause_bounds(text, cue), cue)
        span = found.due - found.earliest if found and found.earliest else None
        return span is not None and span.days > _HORIZON_DAYS

    def _forecast(self, index: int, cue: Cue, subject: str, after: str, dated: bool) -> bool:
        """A thing's future told as a forecast, not decided: "Prices will rise further"."""
        if not FORECAST_VERB.match(after) or subject in FIRST_PERSON | {"they", "he", "she"}:
            return False
        sentence = self.sentences[index].text
        phrase = self._subject(index, cue.start) or ""
        plural_noun = " " not in phrase and phrase.lower().endswith("s")
        decided = re.search(r"\b(?:announc|confirm|decide|decree|set\s+out)", sentence)
        # In a government's or a commission's own text "the state pension will rise
        # by 8.5% in April" is its policy, not a forecast.
        decided = decided or (dated and operated(sentence[: cue.start], self.text))
        return (not is_actor(phrase, self.text) or plural_noun) and not (decided or self.body)

    def _institution_told(self, index: int, cue: Cue) -> bool:
        """Whether the cue's subject is a body or a thing, not a person nor a polity
        (country, government, union): "The expanded Ministry", "The Board", "CAFTA"."""
        head = self._head(index, cue) or ""
        words = head.replace("-", " ").split()
        if not words or words[-1].lower() in ANY_PRONOUN:
            return False
        if has_title(words):
            return False  # "the President", "Secretary Rubio": a person commits
        if _POLITY_WORD.search(head):
            return False  # "The UK will strengthen its ties": the country's own act
        if _LAW_HEAD.search(head):
            return False  # "The order will boost the minimum wage to £12.21": `LAW_CHANGES`
        return is_org(head) or not is_actor(head, self.text) or head.isupper()

    def _can_act(self, index: int, cue: Cue, subject: str) -> bool:
        """Whether the cue's subject is someone who can act (a person, a body, a title, a
        government): "The Prime Minister is likely to travel", not "Inflation is likely to
        return" nor "voters will likely deliver a hung parliament" (forecasts)."""
        if subject in ANY_PRONOUN - {"it"}:
            return True
        head = self._head(index, cue)
        if head is not None and _POLITY.search(head):
            return True  # "the country will likely hold elections in July": its government
        if (
            head is not None
            and _ACT_NOUN.search(head)
            and _STARTS.match(self.sentences[index].text, cue.end)
        ):
            return True  # "distribution is likely to begin next month": someone's act starts
        if head is None or is_thing(head) or not is_actor(head, self.text):
            return False
        # A lone capitalised word ("Inflation", "Rain") is an actor when it is an acronym
        # or a name the text gives a person ("Trump" after "Donald Trump").
        word = head.strip()
        return " " in word or word.isupper() or word in self.people.surnames

    def _before_cue(self, index: int, cue: Cue) -> str:
        """The masked sentence up to the cue, without the auxiliaries that lead into it."""
        return AUX_TAIL.sub("", self._masked(index)[: cue.start]).rstrip()

    def _head(self, index: int, cue: Cue) -> str | None:
        """The head of the cue's subject, not its last name: "peace" in "peace in
        Afghanistan"; the subject before an appositive ("The Foundation, the body ... in
        England, will lead": the Foundation)."""
        before = self._before_cue(index, cue)
        if before.endswith(","):
            before = before[: max(0, before.rfind(",", 0, len(before) - 1))]
        return subject_head(before) if before else None

    def _occasion_told(self, index: int, cue: Cue, after: str, dated: bool) -> bool:
        """What a measure or an occasion is for, or what it will hold, with no time frame:
        "The ban aims to reduce ...", "The visit is also intended to advance ...", "The
        event will feature live music", "Selected programmes will conduct research". An
        actor's aim ("The Government aims to build ...") and a dated aim are plans."""
        text = self.sentences[index].text
        head = self._head(index, cue) or ""
        words = head.split()
        # "It is intended to publish the reports": an answer's impersonal plan, no purpose.
        if _PURPOSE.match(text, cue.start) and not dated and not impersonal_plan(text):
            return bool(words) and not is_actor(head, self.text) and words[-1].lower() != "we"
        last = words[-1].lower() if words else ""
        # What an occasion holds is told the same whether or not its day is named.
        return cue.kind == "will" and last in _OCCASIONS and bool(_CONTENT.match(after))

    def _cap(self, index: int, cue: Cue, deadline: Deadline | None, subject: str) -> float:
        """The most confidence a cue may earn, `subject` being the cue's subject in lower
        case: below the "maybe" line for what an agreement says others should do with no
        firm date, however named ("must begin immediately"), and for who will come along to
        an event ("will be joined by", "will be in attendance"); and, dated or not, for a
        "must" demanded of others, a thing's forecast effect ("expected to create 500
        jobs") and a future inside a thing talked about ("what the council will decide").
        A doubt, not a drop, since some such sentences hold a commitment."""
        firm = deadline is not None and not deadline.vague
        text = self.sentences[index].text
        if not firm and (agreed_for_others(text, cue) or company_at_event(text, cue)):
            return _DOUBTED
        if demanded(text, cue, subject, self.ordering, firm):
            return _DOUBTED
        if forecast_effect(text, cue, lambda: self._head(index, cue) or "", self.text):
            return _DOUBTED
        if talked_about(text, cue):
            return _DOUBTED
        return 1.0

    def _thing_acts(self, index: int, cue: Cue, after: str) -> bool:
        """An undated future whose subject is a thing, in the active ("This will give
        patients more choice", "The deal will bring prices down"): likelier an effect
        than a plan, so it is doubted (the "maybe" list), not dropped. A passive ("will
        be published") or a start ("will come into force") is someone's act."""
        if cue.kind not in {"will", "would"} or SCHEDULED_ACT.match(after):
            return False
        before = self.sentences[index].text[: cue.start]
        if re.search(r"(?:^|[.;:,]\s*)(?:this|that)\s+$", before, re.I):
            return True  # "This will give patients more choice" ("it" is often an actor)
        head = self._head(index, cue)
        return head is not None and is_thing(head)


def agreed_for_others(text: str, cue: Cue) -> bool:
    """ "The leaders agreed that all sides should show restraint", "agreeing that Europe
    must do everything possible": what an agreement asks of others, undated, is a demand
    as often as a commitment (the parties' own "we should share more information", a dated
    "the G7 must send a message at next week's summit" are theirs, and stay sure)."""
    if cue.kind != "agree" or not text[cue.start : cue.end].endswith("that"):
        return False
    demand = _AGREED_DEMAND.match(text, cue.end)
    return demand is not None and not _PARTIES.match(demand.group("subject").strip())
