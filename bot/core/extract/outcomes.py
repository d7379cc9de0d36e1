"""What a thing is for or what it will do, and a view heard from others: told, not pledged.

Issue 13, round 20 (precision). The false candidates of blind31, and their like in the
splits before it, share four forms that the rest of the rules read as commitments:

- a purpose or a mission, the subject a noun of aim with "is to" or "are to" ("The
  purpose of this closure is to make repairs", "The objectives of the programme are to
  restore"); someone's own aim ("Our aim is to relocate", "His goal is to increase") is
  their target and stays, as the splits label it, and so does "A principal aim of the
  conference will be to prepare ...", the agenda of a meeting ahead (CONVENTIONS 2.5);
- the future of a thing described, with a verb of use, coverage, benefit or duration and
  no date of its own ("The survey will cover parts of the range", "The new survey will
  use the latest technology", "it will take time to repair the damage", "agreements that
  will be to the benefit of people"); what a briefing or a meeting "will cover" is its
  agenda, and stays;
- a state said to be improved by a thing, in the passive ("ties will be deepened further
  by this deployment"): the outcome of the thing, whoever stands behind the thing;
- a view others stated that the writer only notes ("We have noted the statement of the
  opposition parties that such a committee would help").

None of them is refuted outright (a dated aim, a speaker's own "we will use our network"
stay as they are): each is doubted, so the sentence moves to the "maybe" list
(`aside`), one click from being recorded, rather than vanishing.

Also here, for the same round: `starts_line`, so that the dash after a dateline is not
read as a summary bullet, and the headline the body repeats is dropped (CONVENTIONS 2.1).
"""

from __future__ import annotations

import re
from functools import partial

from bot.core.extract.actors import EVENTS, is_actor
from bot.core.extract.agenda_items import agenda_doubt, order_doubt
from bot.core.extract.agreed_demand import agreed_demand_doubt
from bot.core.extract.claims import claimed
from bot.core.extract.clauses import Cue
from bot.core.extract.conjuncts import shared_doubt
from bot.core.extract.cues import ANY_PRONOUN, POSSESSIVES
from bot.core.extract.decided_then import decided_then_doubt
from bot.core.extract.enacted import enacted_doubt
from bot.core.extract.invitations import invited_doubt
from bot.core.extract.measures import measure_doubt
from bot.core.extract.motions import motion_doubt
from bot.core.extract.occasions import occasion_doubt
from bot.core.extract.particulars import particulars_doubt
from bot.core.extract.passages import Sentence
from bot.core.extract.procedures import told_doubt
from bot.core.extract.proceedings import proceeding_doubt
from bot.core.extract.reaching import reach_doubt
from bot.core.extract.recalled import recalled_doubt
from bot.core.extract.relative_future import relative_doubt
from bot.core.extract.remits import remit_doubt
from bot.core.extract.sitting import running_doubt
from bot.core.extract.spoken import spoken_of
from bot.core.extract.weather import weather_doubt

# Nouns that name what a thing or a body is for, whoever it belongs to: "SERT's mission",
# "The purpose of this closure".
_MISSIONS = frozenset("mission missions purpose purposes role remit task function".split())
# Nouns of an aim: told when they are a thing's ("The goal of the talks", "The objectives of
# the programme"); someone's own ("Our aim is to relocate", "His goal is to increase") is
# that someone's target, as the splits label it.
_AIMS = frozenset("aim aims goal goals objective objectives intention".split())
# What a thing will do when it does nothing anyone could be held to: its use, its
# coverage, its duration ("will use the latest technology", "will cover parts of",
# "will take more time than any of us would like").
_THING_DOES = re.compile(
    r"\s+(?:\w+ly\s+|also\s+|further\s+)?(?P<verb>use|utili[sz]e|cover|"
    r"take\s+(?:(?:a\s+)?(?:little|lot|bit|long|longer|more|some|much|considerable|"
    r"significant|further)\s+){0,2}(?:time|while|longer))\b"
)
# A benefit told as a state, whoever its subject: "will be to the benefit of", "would be of
# great help to".
_OF_BENEFIT = re.compile(
    r"\s+be\s+(?:to|of)\s+(?:the\s+|great\s+|real\s+|particular\s+|much\s+|some\s+)?"
    r"(?:benefit|use|help|value|assistance|advantage|service)\b"
)
# A state improved by a thing, in the passive: "will be deepened further by this deployment".
_IMPROVED_BY = re.compile(
    r"\s+be\s+(?:\w+ly\s+|further\s+)?(?:deepened|strengthened|enhanced|reinforced|"
    r"broadened|widened|consolidated)\s+(?:further\s+)?by\s+(?P<agent>[^,.;:]{1,80})"
)
# Where a cue's conjunct ends: the next verb's "and will", "but would", or a semicolon.
_NEXT_VERB = re.compile(r"\s+(?:and|but|or)\s+(?:\w+\s+)?(?:will|would|shall)\b|;")
# A view others stated, which the writer only notes or welcomes: "We have noted the
# recent joint statement of the two main opposition parties that such a committee would".
_NOTED_VIEW = re.compile(
    r"\b(?:not(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|heard|read|seen|received|aware\s+of)\s+"
    r"(?:the|their|his|her|its|this|that)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:statement|view|suggestion|proposal|claim|argument|assertion|opinion|contention|"
    r"belief|remarks?|comments?)s?\s+(?:(?:of|by|from)\s+[^.;:]{1,100}?\s+)?that\s+"
    r"(?P<clause>[^.;:]{1,120})$",
    re.IGNORECASE,
)

# A noted statement's clause whose subject is its owner or the writer: "that it would".
_OWNER = re.compile(r"(?:we|I|it|they|he|she)\b", re.IGNORECASE)
# The cue kinds whose future `describing` reads as told of a thing or of others.
_DESCRIBED = frozenset({"will", "would", "must", "expected", "schedule", "plan"})


class Outcomes:
    """The extractor's test for a thing's purpose or outcome, told; it needs the
    extractor's sentences, the cues already doubted in them (`asides`), its subject head
    and the text (who is an actor in it)."""

    text: str
    sentences: list[Sentence]
    asides: dict[int, tuple[str, Cue]]

    def _head(self, index: int, cue: Cue) -> str | None:
        raise NotImplementedError

    def _ahead(self, text: str, cue: Cue, clause: tuple[int, int]) -> bool:
        raise NotImplementedError

    def _describes(self, index: int, cue: Cue, subject: str, after: str, dated: bool) -> bool:
        raise NotImplementedError

    def _told_doubt(
        self, index: int, cue: Cue, subject: str, after: str, dated: bool
    ) -> str | None:
        """The doubt of a cue that tells rather than pledges, or None. The older reading,
        a future told of a thing or of others (`describing`), goes first: where both hold,
        its "describes" names the sentence on the "maybe" list, not this module's. Then a
        verb joined by "and" to the sentence's first doubted cue shares that doubt
        (`conjuncts`), before this module's own forms (`_told`)."""
        if cue.kind in _DESCRIBED and self._describes(index, cue, subject, after, dated):
            return "describes"
        own_date = partial(self._own_date, index, cue, after)  # read only for a joined cue
        shared = shared_doubt(self.sentences[index].text, self.asides.get(index), cue, own_date)
        if shared is not None:
            return shared
        return self._told(index, cue, subject, after, dated)

    def _own_date(self, index: int, cue: Cue, after: str) -> bool:
        """Whether the cue's own conjunct names a time ahead: in "agreements that will be
        to the benefit of people and will deliver progress in the Autumn" the autumn is
        the second verb's, not the first's."""
        other = _NEXT_VERB.search(after)
        end = cue.end + (other.start() if other else len(after))
        return self._ahead(self.sentences[index].text, cue, (cue.start, end))

    def _told(self, index: int, cue: Cue, subject: str, after: str, dated: bool) -> str | None:
        """The doubt a cue earns as a purpose, an outcome or a view noted (the kind
        `aside.DOUBTS` names), or None when none of these forms holds it. `subject` is
        the cue's subject in lower case, as the extractor found it ("we", "it", "")."""
        text = self.sentences[index].text
        # Any of these doubts the cue; their order only picks which doubt is shown (a
        # cue told both as a description and as vetoed shows the first module's).
        recounted = told_doubt(text, cue, after, dated) or spoken_of(text, cue, dated)
        recounted = recounted or claimed(text, cue, subject, after, dated)  # `claims`
        recounted = recounted or running_doubt(text, cue, after)  # `sitting`
        recounted = recounted or occasion_doubt(self.sentences, index, cue, dated)  # `occasions`
        recounted = recounted or particulars_doubt(text, cue, dated)  # `particulars`
        recounted = recounted or proceeding_doubt(text, cue, subject, after, dated)  # `proceedings`
        recounted = recounted or enacted_doubt(text, cue)  # `enacted`
        recounted = recounted or motion_doubt(text, cue)  # `motions`
        recounted = recounted or invited_doubt(text, cue)  # `invitations`
        head = partial(self._head, index, cue)  # read only when a form asks for it
        recounted = recounted or measure_doubt(text, cue, after, head, dated)  # `measures`
        recounted = recounted or reach_doubt(text, cue, after, head, self.text, dated)  # `reaching`
        recounted = recounted or recalled_doubt(text, cue, dated)  # `recalled`
        recounted = recounted or decided_then_doubt(text, cue, dated)  # `decided_then`
        recounted = recounted or relative_doubt(text, cue, after, dated)  # `relative_future`
        recounted = recounted or remit_doubt(text, cue, dated)  # `remits`
        recounted = recounted or agreed_demand_doubt(text, cue, dated)  # `agreed_demand`
        recounted = recounted or agenda_doubt(text, cue) or order_doubt(text, cue)  # `agenda_items`
        recounted = recounted or weather_doubt(text, cue)  # `weather`
        if recounted:
            return recounted
        if cue.kind == "would" and _noted_view(text[: cue.start]):
            return "vetoed"  # "noted the statement of X that such a committee would help"
        if cue.kind not in {"will", "would", "plan"}:
            return None
        if _OF_BENEFIT.match(after) and not self._own_date(index, cue, after):
            return "describes"  # "agreements that will be to the benefit of people"
        improved = _IMPROVED_BY.match(after)
        if improved and not dated and not is_actor(improved.group("agent").strip(), self.text):
            return "describes"  # "ties will be deepened further by this deployment"
        if dated:
            return None
        if cue.kind == "plan":  # "SERT's mission is to ensure", "The purpose of ... is to"
            return "describes" if _purpose(self._words(index, cue)) else None
        does = _THING_DOES.match(after)
        if not does or subject in ANY_PRONOUN - {"it", "this", "that"}:
            return None  # "we will use our network of attachés": the speakers' own act
        head = self._head(index, cue) or ""
        last = head.split()[-1].lower() if head else ""
        if does.group("verb") == "cover" and last in EVENTS:
            return None  # "The second briefing will cover": what an event holds (agenda)
        if last == "it":  # "it" is often a body: only its "take time" is told of nothing
            return "describes" if does.group("verb").startswith("take") else None
        return "describes" if head and not is_actor(head, self.text) else None

    def _words(self, index: int, cue: Cue) -> list[str]:
        """The words of the cue's subject head, in lower case: ["sert's", "mission"]."""
        return (self._head(index, cue) or "").lower().replace("’", "'").split()


def _purpose(words: list[str]) -> bool:
    """Whether a subject's words (lower case) name a purpose or a mission, or a thing's
    aim: "SERT's mission", "The purpose", "The goal" (of the talks); not "Our aim"."""
    if not words:
        return False
    if words[-1] in _MISSIONS:
        return True
    owned = any(word in POSSESSIVES or word.endswith("'s") for word in words[:-1])
    return words[-1] in _AIMS and not owned


def _noted_view(before: str) -> bool:
    """Whether the cue sits in the content of a view others stated that the sentence only
    notes: "We have noted the joint statement of the two parties that such a committee"."""
    found = _NOTED_VIEW.search(before[-300:])
    if found is None:
        return False
    # "the statement of the Government that it would publish": the owner's own pledge,
    # reported (CONVENTIONS 1.1); "that such a committee would help": a view of a thing.
    return not _OWNER.match(found.group("clause"))


def starts_line(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens its line. A dash after a dateline ("ST. PAUL,
    Minn. – The Corps will reopen four locks ...") opens the body, not a summary bullet: the
    headline above ("Corps of Engineers to reopen four locks") is repeated by it, and
    dropped, only when the sentence counts as body (`without_repeated_headlines`)."""
    before = start  # back over the blanks only: a paste of one long line stays linear
    while before > 0 and text[before - 1] in " \t\r\f\v":
        before -= 1
    return before == 0 or text[before - 1] == "\n"
