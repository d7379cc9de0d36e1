"""Judgments on one cue that need only its sentence and the publication date: which
words time it, whether forecasters said it, and whether reported speech moved a
commitment into the past perfect."""

from __future__ import annotations

import re

from bot.core.deadlines import Deadline
from bot.core.extract.act_time import act_time, joined
from bot.core.extract.clauses import Cue, clean, trailing_attribution
from bot.core.extract.cues import (
    CONDITION,
    FORECASTERS,
    HEDGE,
    LIKELY_ACT,
    MEETING,
    NO_DATE,
    REPORT,
    TO_YOU,
    VERB_CUES,
    WEAK_VERB,
)
from bot.core.extract.framing import leading_time, needs_date
from bot.core.extract.literals import REPORT_WORDS, holds_any
from bot.core.extract.logistics import press_arrangement
from bot.core.extract.operations import proper_body
from bot.core.extract.speakers import subject_before
from bot.core.extract.timeframe import TimeFrames

# The cues of a modal's verb phrase, which may follow another act joined by "and" or "then".
_MODAL_CUES = frozenset({"will", "would", "must"})


def read_deadline(
    times: TimeFrames, text: str, clause: tuple[int, int], cue: Cue
) -> Deadline | None:
    """The deadline of a cue's clause, read from the words that time the commitment."""
    start, end = clause
    if cue.kind in VERB_CUES:
        # "vowed on Monday to cut ..." -- the day of the vow is not the deadline.
        tail = re.search(r"\b(?:to|that)\s", text[cue.start : end])
        if text.startswith(("set", "gave", "given", "gives", "giving", "has", "have"), cue.start):
            start = cue.start  # "had set a March 16 date for", "given banks until March to"
        elif tail and not cue.opens_ahead(text):
            start = cue.start + tail.start()
        elif cue.kind == "readout":
            start = cue.start  # "spoke yesterday evening ahead of seeing ... next week"
    start, end = clean(text, start, end)
    if cue.kind in _MODAL_CUES and start < cue.start and joined(text, cue.start):
        # "opens the hospital today and will return later this year": the second act's own
        # time, not the first's (the kind of blind150's "launches ... today (31st January) and
        # will meet with members throughout the year", whose "throughout the year" no reader
        # takes yet); with none of its own ("On Friday he will meet X and will sign Y"), the
        # clause's.
        own = times.read(text, cue.start, end)
        if own is not None:
            return act_time(times, text, (cue.start, end), cue, own)
    found = times.read(text, start, end)
    if found is None:
        found = leading_time(text, start, times, times.published)
    if found is None and text.find(",", start, start + 40) > start:
        # "On Friday, he will meet ... and, more generally, ...": the clause's own
        # opening times it when the rest holds another word of time that blurs it.
        found = leading_time(text, text.find(",", start) + 1, times, times.published)
    return act_time(times, text, (start, end), cue, found)


# Who guesses: "Analysts expect" (the verbs are the words a sentence needs for a search).
_GUESS_WORDS = ("expect", "predict", "forecast", "anticipate", "believe", "think")
_GUESS = re.compile(r"(\w+)\s+(?:" + "|".join(_GUESS_WORDS) + r")s?\b")


def forecast(text: str, cue: Cue, speaker: str | None) -> bool:
    """Said by those who predict, not by those who act: analysts, economists, polls."""
    trailing = trailing_attribution(text, cue.end)
    report = REPORT.search(text[: cue.start]) if holds_any(text, REPORT_WORDS) else None
    voices = [speaker, trailing[1] if trailing else None]
    if report:
        voices.append(subject_before(text, report.start()))
    # "Analysts expect the central bank will raise rates next month."
    guess = _GUESS.search(text) if holds_any(text, _GUESS_WORDS) else None
    if guess and guess.end() <= cue.start:
        voices.append(guess.group(1))
    return any(
        voice and voice.split()[-1].lower().rstrip("s") in FORECASTERS and not proper_body(voice)
        for voice in voices
    )


def backshifted(times: TimeFrames, text: str, cue: Cue) -> bool:
    """Reported speech that moved a commitment into the past perfect: "Anna Berg said
    the minister had undertaken to report back before the summer" (a future date); or a
    present outlook into the past progressive: "the Prime Minister said he was looking
    forward to travelling to Canada in June" (a readout cue, which still needs its date
    or a meeting to count)."""
    before = text[: cue.start]
    if cue.kind == "readout" and text[cue.start : cue.end].lower().startswith("looking"):
        return re.search(r"\b(?:he|she|they|it|we)\s+(?:was|were)\s+$", before) is not None and (
            REPORT.search(before) is not None
        )
    if cue.kind not in {"strong", "agree", "commit", "plan"}:
        return False
    if not (REPORT.search(before) and re.search(r"\bhad\s+(?:\w+ly\s+)?$", before)):
        return False
    found = times.read(text, cue.end, len(text))
    return found is not None and found.due > times.published


def dated_otherwise(times: TimeFrames, text: str, cue: Cue, after: str) -> bool:
    """A cue that needs a time frame but has one of another kind: a meeting or an
    accepted invitation, or the start of an effective date ("From 1 April retailers
    may no longer sell", which sets no deadline by the parser's convention)."""
    if cue.kind == "readout":
        # "planned for upcoming engagements", "looked forward to the forthcoming summit".
        coming = re.match(r"\s*(?:the\s+|their\s+|its\s+)?(?:upcoming|forthcoming)\b", after)
        return bool(
            MEETING.match(after) or coming or text[cue.start : cue.end].endswith("invitation")
        )
    return cue.kind == "effective" and next(times.starts(text), None) is not None


# What a "will" under a condition commits to: an act ("it will publish a document", "will
# seek additional views", "will be withheld"), not a state ("will be an hour late", "will,
# however, be impracticable", "will not be faced with") nor what there will be.
_STATED_ACT = re.compile(
    r"\s+(?:also\s+|then\s+|only\s+|\w+ly\s+)?(?:be\s+(?!faced\b)[a-z]+(?:ed|en)\b|"
    r"(?!(?:be|have|not|never|make\s+you)\b)[a-z]{3,}\b)"
)
# "if he will make a statement": the "will" of an indirect question, inside the "if".
_ASKED_IF = re.compile(r"\b(?:if|whether)\s+(?:[\w’']+\s+){1,3}$", re.IGNORECASE)


def _condition_penalty(cue: Cue, after: str, prefix: str) -> float:
    """What a condition takes off a cue that survives it. Issue 13's definition counts a
    conditional commitment whose commitment is stated ("if the vote passes, the treaty will
    be signed on 12 May"; "If the agency receives a comment, it will publish a notice"): a
    "will" that names an act loses nothing to its condition (stop 63, tuner x1: four such
    commitments set aside as weak when undated); any other cue that survives it, a plan,
    an agreement or a pledge verb as much as a "will" of a state, loses 0.1 ("we propose to
    take the Bill on Monday, Wednesday, and, if necessary, Thursday"; a plan lost 0.2)."""
    if cue.kind == "will" and _STATED_ACT.match(after) and not _ASKED_IF.search(prefix):
        return 0.0
    return 0.1


def hedging(
    clause: str, cue: Cue, after: str, hedged: bool, negated: bool, prefix: str = ""
) -> float | None:
    """What a condition, a hedge or a trailing negation takes off a cue's confidence;
    None when the condition makes it a hypothetical. "if the vote passes, the treaty
    will be signed" states the commitment; a conditional "would"/"could" does not.
    `prefix` is the clause up to the cue."""
    penalty = 0.0
    if CONDITION.search(clause) is not None:
        if cue.kind in {"would", "maybe", "expected"} or WEAK_VERB.search(after):
            return None  # "We'll consider it if earnings hold up"
        penalty += _condition_penalty(cue, after, prefix)
    if HEDGE.search(clause) or hedged:
        penalty += 0.15
    elif LIKELY_ACT.search(clause):
        penalty += 0.05  # "would likely travel to Pyongyang in March": the plan, hedged
    if negated:
        penalty += 0.05
    return penalty


def courtesy_date(text: str, cue: Cue, deadline: Deadline | None) -> bool:
    """A time frame that does not date a cue that needs one: "soon" ("looked forward to
    speaking again soon"), or the day of the act for a goal or a readout ("set these new
    goals today"); "ahead of the Prime Minister convening leaders today" is a schedule."""
    if deadline is None or not needs_date(text, cue) or not NO_DATE.match(deadline.matched):
        return False
    if cue.opens_ahead(text):
        return False
    return cue.kind in {"goal", "readout"} or deadline.matched.endswith("soon")


# "will not seek", "would not consider", "will not be sitting": an act ruled out; not
# "would not be easy", "will not have achieved", "will not always agree".
_REFUSED_ACT = re.compile(
    r"\s*(?:not|n[’']t)\s+(?:be\s+\w+ing\b|(?!(?:be|have|always|\w+ly|necessarily|\w+ed)\b)[a-z]+\b)"
)
# Declining to comment is no commitment: "he would not get into a running commentary".
_NO_COMMENT = re.compile(
    r"\s*(?:not|n[’']t)\s+(?:(?:get|go)\s+into|comment|speculate|be\s+drawn|"
    r"give\s+(?:a\s+)?running\s+commentary|discuss\s+(?:the\s+)?details|"
    # "he would not be giving out any specific details", "so he would not brief on it".
    r"(?:be\s+)?giv(?:e|ing)\s+out\s+(?:any\s+)?(?:\w+\s+)?details|brief\s+on)\b"
)


def refusal(text: str, cue: Cue, after: str, subject: str) -> bool:
    """A commitment not to act ("Ministers will not seek to ...", "the Government would
    not consider ..."): a pledge like any other when an actor, not a thing, is its
    subject and says so itself. Others telling of it ("Russia will not attend the
    talks, officials said") report a non-event, not a commitment."""
    if cue.kind not in {"will", "would"} or subject in {"it", "this", "that", "you", "there"}:
        return False
    trailing = trailing_attribution(text, cue.end)
    if trailing is not None and trailing[1].lower() != subject:
        return False
    return _REFUSED_ACT.match(after) is not None and _NO_COMMENT.match(after) is None


# An act told in the passive after "will": "the Record of Proceedings will be published as
# usual", "Updates will be posted on our website", "Funding will be shared between two
# streams", "The number of departments will be reduced". Someone will do it, and the text's
# issuer is who can be checked to have done it (CONVENTIONS 1.5, 6.2: "be published, be
# delivered, be built"); a passive of feeling or state ("will be lost", "will be able",
# "will be pleased") is no such act. Reported, the same after "would" ("the spokesman said
# the documents would be placed in the Library"). Stop 44, tuner p.
# What follows "be" in a passive of feeling or state, no act (also aside._RULED_OUT's).
NOT_AN_ACT = (
    r"able|pleased|delighted|happy|glad|lost|interested|concerned|disappointed|"
    r"surprised|affected|tolerated|forgotten|remembered|missed|needed|required|seen"
)
_PASSIVE_ACT = re.compile(
    r"\s+(?:(?-i:[a-z]+ly)\s+|also\s+|now\s+|then\s+)?be\s+(?:(?-i:[a-z]+ly)\s+)?"
    rf"(?!(?:{NOT_AN_ACT})\b)"
    r"(?-i:[a-z]{3,}(?:ed|en|wn|ld|nt|ut|ne))\b",
    re.IGNORECASE,
)


def passive_act(cue: Cue, after: str, first_person: bool) -> float:
    """What an act told in the passive after "will" or "would" adds to the cue's
    confidence."""
    if cue.kind not in {"will", "would"} or first_person:
        return 0.0
    return 0.05 if _PASSIVE_ACT.match(after) else 0.0


# The speaker's own next moves in the room: "I shall now repeat a Statement", "I'll
# just make a couple of remarks", "we're going to get to as many questions as possible",
# "I will now hand over to the Deputy Spokesperson", "I will speak more loudly".
_HOUSEKEEPING = re.compile(
    r"\b(?:I|we)\s*(?:['’]ll|will|shall|(?:['’]m|['’]re|am|are)\s+going\s+to)"
    r"(?:\s+(?:now|just|briefly|first|then|also|quickly|try\s+to))*\s+"
    r"(?:(?:say|make|repeat|read|give|offer|take|answer|get\s+to|open|turn|hand|begin|start|"
    r"keep|add|run\s+through|go\s+through)\b(?:\s+\S+){0,5}?\s+(?:remarks|comments|statement|"
    r"questions|points|words|floor|over\s+to)\b|(?:begin|start)\s+by\s+(?:saying|thanking|welcoming)\b|"
    # Stop 43: "I will say that Members need to", "I will speak more loudly", "I'll take a
    # quick walk around the world", "I will not quote all of them".
    r"say\s+that\b|speak\s+(?:more\s+)?(?:loudly|louder|slowly|slower|up|clearly)\b|"
    r"take\s+(?:a|you\s+on\s+a)\s+(?:quick\s+|brief\s+|short\s+)?(?:walk|tour|look)\s+"
    r"(?:around|round|at)\b|not\s+quote\b)"
    # Stop 57 (xs57): a written answer grouping the questions it answers, "I propose to take
    # Questions Nos. 183 and 184 together": the answer's own layout, done as it is read.
    r"|\bI\s+propose\s+to\s+take\s+Questions\s+Nos?\.\s*\d[\d,\s]*(?:and\s+\d+\s+)?together\b",
    re.I,
)


def housekeeping(times: TimeFrames, text: str, cue: Cue) -> bool:
    """What a speaker is about to do in the briefing or the debate itself, with no time
    frame beyond it: the running of the occasion, not a commitment to check later ("The
    Foreign Secretary will make a statement on Monday" is one), and the briefer's undated
    "I'll get back to you" ("We will get back to you with a decision by 3 May" is one).
    So is a press arrangement told by the cue itself ("That will be open to still
    photographers"), not one an act merely names ("will publish the pool coverage rules")."""
    if press_arrangement(text, cue):
        return True
    found = _HOUSEKEEPING.search(text)
    if found is None or not found.start() <= cue.start < found.end():
        found = TO_YOU.match(text, cue.end)
        if found is None:
            return False
    return times.read(text, found.start(), len(text)) is None
