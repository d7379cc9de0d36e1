"""Round 6 of issue 12: is there a deadline in this sentence at all, and which clause holds
it. Each check reads the sentence around one time phrase and says whether the phrase is
turned down, reported as someone else's advice, or a year a target names; each is
cheap (a substring test before any regular expression) because it runs for every phrase.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from bot.core.deadlines import (
    chosen_day,
    clauses,
    described,
    event_hours,
    governing,
    now_told,
    prescan,
    standing,
    year_order,
)
from bot.core.deadlines.context import DATED, DAYS, Hit, holds
from bot.core.deadlines.vocabulary import TARGET_AFTER
from bot.core.deadlines.words import CLOSED_ASIDE, MONTH_WORD, WEEKDAY

# "NOAA Fisheries has denied a request for emergency action to close ... from January 1 to
# June 30", "The Government rejected a proposal to hold the vote by 1 November": the
# dates are what was asked for and refused.
_TURNED_DOWN_BEFORE: Final = re.compile(
    r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|refus(?:e|es|ed)|declin(?:e|es|ed)|turn(?:s|ed)?"
    r"\s+down|dismiss(?:es|ed)?|vetoe?(?:s|d)?)\s+(?:(?:a|an|the|our|their|his|her|its|this"
    r"|that|any)\s+)?(?:[a-z-]+\s+)?(?:request|proposal|offer|petition|application|bid"
    r"|motion|amendment|suggestion|plea|call|demand)s?\b"
)
# "... offered our support on condition that they would bring forward legislation by 1
# November but, as usual, they turned that down."
_TURNED_DOWN_AFTER: Final = re.compile(
    r"\b(?:turn(?:s|ed)?\s+(?:that|it|this|them|those|these)\s+down"
    r"|(?:reject(?:s|ed)?|refus(?:es|ed)|declin(?:es|ed)|den(?:ies|ied))\s+(?:that|it|this"
    r"|them)\b)"
)
_REFUSING: Final = re.compile(r"den[iy]|reject|refus|declin|turn|dismiss|veto")


@lru_cache(maxsize=1)  # the text being read: never a hit from an earlier call
def _refusing(text: str) -> bool:
    """Once per text, not once per phrase: most texts have no refusal word at all."""
    return _REFUSING.search(text) is not None


def turned_down(text: str, start: int, end: int) -> bool:
    if not _refusing(text):
        return False
    before = clauses.clause_before(text, start, sentence=True)
    if _TURNED_DOWN_BEFORE.search(before):
        return True
    return _TURNED_DOWN_AFTER.search(clauses.sentence_after(text, end)) is not None


# "A report stated the plan should be published by July", "The review said the rules
# should be changed by the end of the year": advice reported in the past, not a pledge.
_SAID_SHOULD: Final = re.compile(
    r"\b(?:said|stated|suggested|recommended|concluded|argued|claimed|advised|warned)"
    r"\s+(?:that\s+)?(?:[a-z'-]+\s+){0,5}?should\b"
)


def reported_advice(text: str, start: int) -> bool:
    if not holds(text, "should"):
        return False
    return _SAID_SHOULD.search(clauses.clause_before(text, start, sentence=True)) is not None


# "What progress she has made on reaching the Government's 2050 net zero target": a year
# a target names is ahead whatever the tense of the verb before it
_YEAR_THEN_TARGET: Final = re.compile(r"[0-9]{4}" + TARGET_AFTER)


def target_year(text: str, start: int, end: int) -> bool:
    return _YEAR_THEN_TARGET.match(text, max(start, end - 4)) is not None


# --------------------------------------------------------------------------------------
# Round 7: a gate on the clause that holds a phrase, by what the clause does (predict,
# call off, grant a standing allowance, report the past), not by the phrase's own words.
# Every check starts with a substring test, so sentences without the cue pay nothing.

# "I am not going to predict that it is over today or tomorrow", "we cannot say when":
# a refusal to predict covers every time the rest of its sentence names.
_NO_PREDICTION: Final = re.compile(
    r"\b(?:not|never|cannot|unable\s+to|impossible\s+to)\s+(?:going\s+to\s+|be\s+able\s+to\s+"
    r"|able\s+to\s+|want\s+to\s+|prepared\s+to\s+|in\s+a\s+position\s+to\s+)?(?:predict"
    r"|speculate|guess|forecast|put\s+a\s+(?:date|time\w*)\s+on|say\s+(?:when|whether|exactly"
    r"|precisely))\b|n't\s+(?:predict|speculate|guess|forecast|say\s+(?:when|whether))\b"
)


_PREDICTION_HINT: Final = re.compile(
    r"predict|specul|guess|forecast|say\s+(?:when|whether|exa|pre)|(?:date|time\w*)\s+on\b"
)


# A word every match of _PREDICTION_HINT holds: substring tests rule most texts out before
# the regex tries each position of the text (about 1% of a parse, issue 12).
_PREDICTION_WORDS: Final = frozenset(
    ("predict", "specul", "guess", "forecast", "say", "date", "time")
)


@lru_cache(maxsize=1)  # the text being read: never a hit from an earlier call
def _predicting(text: str) -> bool:
    return (
        _any_in(_PREDICTION_WORDS, text)
        and _PREDICTION_HINT.search(text) is not None
        and _NO_PREDICTION.search(text) is not None
    )


def no_prediction(text: str, start: int) -> bool:
    if not _predicting(text):
        return False
    return _NO_PREDICTION.search(clauses.clause_before(text, start, sentence=True)) is not None


# "are postponing the Thursday, Aug. 18 undocking", "cancelled the 3 May meeting": the date
# names the event called off, it is no time ahead.
_CALLED_OFF_BEFORE: Final = re.compile(
    r"\b(?:postpon|cancel|delay|defer|scrub|scrap|call(?:ed|ing|s)?\s+off|put(?:ting|s)?\s+off"
    r"|push(?:ed|ing|es)?\s+back)\w*\s+(?:the|this|that|its|their|his|her|our)\s+$"
)
_NOUN_AFTER: Final = re.compile(
    r"\s+(?!(?:to|until|till|by|for|from|in|at|on|and|or|but|as|with|because|due)\b)[a-z]{3,}"
)


# The cue words of the checks below, found in one pass per text (most texts have none).
_HINTS: Final = re.compile(
    r"(?P<off>postpon|cancel|delay|defer|scrub|scrap|\boff\b|\bback\b)"
    r"|(?P<before>previous|preceding|day\s+before)"
    r"|(?P<early>(?:early|soon)\s+as)"
    r"|(?P<since>\bsince\b)"
    r"|(?P<allow>\bto\s+(?:respond|reply|answer|deal|process|clear)\b)"
    r"|(?P<target>\b(?:target|aim)s?\s+(?:of|to|is\s+to)\s)"
    r"|(?P<yearly>annual|yearly|\beach\b|\bevery\b|\bany\s|\bper\s)"
    r"|(?P<part>morning|afternoon|evening|night)"
    r"|(?P<this>\b(?:this|current)\s)"
    r"|(?P<later>\blater\b)"
    r"|(?P<compound>\sand\s)"
)


# Strings one of which each family's every match contains: a family whose strings are all
# missing is not there, and the scan (a few µs a sentence) is left undone.
_HINT_CHARS: Final = 4
_HINT_WORDS = prescan.group_words(_HINTS, _HINT_CHARS)
_ALL_HINT_WORDS: frozenset[str] | None = (
    None
    if any(words is None for words in _HINT_WORDS.values())
    else frozenset(word for words in _HINT_WORDS.values() if words for word in words)
)
# Every match of _HINTS holds one of those words within its first _HINT_CHARS characters
# (group_words), so it starts at most _REACH before the start of a word of the text. The
# words are plain letters: their alternation lets re skip to them in C, where _HINTS itself,
# eleven named groups, costs a try of each group at every character (issue 12: callgrind
# counted about 90,000 instructions a scan, 3% of all the parser's work).
_CUE_WORD: Final = (
    None
    if _ALL_HINT_WORDS is None
    else re.compile("|".join(sorted(_ALL_HINT_WORDS, key=lambda w: (-len(w), w))))
)
_REACH = _HINT_CHARS - min((len(w) for w in _ALL_HINT_WORDS or ("",)), default=0)


@lru_cache(maxsize=1)  # the text being read: never a hit from an earlier call
def _hints_found(text: str) -> frozenset[str]:
    """The families of `_HINTS.finditer(text)`, found alike: that scan takes, from where the
    last match ended, the first position where _HINTS matches; every such position lies
    within _REACH before a cue word's start, so those are the only ones tried, in order."""
    if _CUE_WORD is None:
        return frozenset(m.lastgroup for m in _HINTS.finditer(text) if m.lastgroup)
    found: set[str] = set()
    tried = 0  # finditer goes on from here: earlier positions are tried, or inside a match
    cue = _CUE_WORD.search(text)
    while cue is not None:
        at = cue.start()
        for start in range(max(tried, at - _REACH), at + 1):
            if (m := _HINTS.match(text, start)) is not None:
                found.add(m.lastgroup or "")
                tried = m.end()  # a match is never empty: this goes forward
                break
        else:
            tried = at + 1
        cue = _CUE_WORD.search(text, tried)
    found.discard("")
    return frozenset(found)


class Hints:
    """The cue families a text holds (`"off" in hints(text)`), exactly as one scan of
    _HINTS finds them, but scanned only when a family's strings are in the text."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def __contains__(self, family: object) -> bool:
        if isinstance(family, str):
            words = _HINT_WORDS.get(family)
            text = self._text
            if words is not None and not (
                _family_words_in(text, family) if len(text) >= 1000 else _any_in(words, text)
            ):
                return False
        return family in _hints_found(self._text)


# Once per text and family, not once per phrase: a long text of many phrases would scan
# itself again for each (round 15 review).
@lru_cache(maxsize=64)
def _family_words_in(text: str, family: str) -> bool:
    words = _HINT_WORDS.get(family)
    return words is None or _any_in(words, text)


def _any_in(words: frozenset[str], text: str) -> bool:
    for word in words:  # a loop, not any(...): no generator to build per test
        if word in text:
            return True
    return False


def hints(text: str) -> Hints:
    """The cue families a text holds: each check below runs only when its family is there
    (cues._gated), so a plain sentence pays at most a few substring tests."""
    return Hints(text)


def called_off(text: str, start: int, end: int) -> bool:
    """Only run when the text holds the "off" cue family (cues._gated checks it)."""
    return (
        _CALLED_OFF_BEFORE.search(text, max(0, start - 40), start) is not None
        and _NOUN_AFTER.match(text, end) is not None
    )


# "For all other questions we have five working days to respond", "We have 10 days to
# respond to peers' questions": an allowance that starts again with each item, not one
# deadline counted from now ("He has 30 days to appeal" stays one).
_ALLOWANCE_BEFORE: Final = re.compile(
    r"\b(?:have|has|get|gets|are\s+given|is\s+given|are\s+allowed|is\s+allowed)\s+"
    r"(?:only\s+|just\s+|up\s+to\s+)?$"
)
_TO_ANSWER: Final = re.compile(r"\s*to\s+(?:respond|reply|answer|deal\s+with|process|clear)\b")
# Items a body answers one by one: a limit for each of them starts again with each.
_ITEMS: Final = (
    r"questions|letters|complaints|requests|enquiries|inquiries|queries|applications|claims"
    r"|correspondence"
)


_EACH_BEFORE: Final = re.compile(r"\b(?:all|any|each|every)\s+(?:other\s+)?[a-z]+s?\b")
_CLASS_AFTER: Final = re.compile(rf"[^.;:,]{{0,20}}?\b(?:{_ITEMS})\b(?!\s+of\b)")


def standing_allowance(text: str, start: int, end: int) -> bool:
    """Only for a class of items named around it, and never "now have two months to
    reply": that is one deadline counted from now."""
    if not holds(text, "to ") or (answer := _TO_ANSWER.match(text, end)) is None:
        return False
    allowance = _ALLOWANCE_BEFORE.search(text, max(0, start - 30), start)
    if allowance is None or text[max(0, allowance.start() - 4) : allowance.start()] == "now ":
        return False
    return (
        _CLASS_AFTER.match(text, answer.end()) is not None
        or _EACH_BEFORE.search(clauses.clause_before(text, start, sentence=True)) is not None
    )


# "committed to meeting the target of responding to at least 80% of correspondence ...
# within 20 working days", "aim to respond to reports of Select Committees within two
# months": a standing target for a class of items, not one deadline ("We aim to respond to
# your letter within two weeks" stays one).
_TARGET_TO_ANSWER: Final = re.compile(
    r"\b(?:target|aim)s?\s+(?:of|to|is\s+to)\s+(?:respond|reply|answer|deal|process"
    r"|acknowledg)\w*\s+(?:to\s+|with\s+)?"
    r"(?P<object>(?:[^.;:]|\.(?!\s)|(?<=\bhon)\.|(?<=\bno)\.){0,100})$"
)
_TARGET_CLASS: Final = re.compile(
    rf"\b(?:all|any|each|every)\b|%|\bper\s+cent\b"
    rf"|\b(?:{_ITEMS}|reports|cases|petitions|recommendations)\b"
)


def standing_target(text: str, start: int) -> bool:
    m = _TARGET_TO_ANSWER.search(text, max(0, start - 160), start)
    return m is not None and _TARGET_CLASS.search(m["object"]) is not None


# "legislation would be taken in the House as early as February": the first possible
# moment, not a time by which it will be done ("as early as possible" is read elsewhere).
_AS_EARLY_AS: Final = re.compile(r"\bas\s+(?:early|soon)\s+as\s+$")


def as_early_as(text: str, start: int, pre: str) -> bool:
    if not holds(text, "early as"):
        return False
    return _AS_EARLY_AS.search(text[max(0, start - 16) : start] + pre) is not None


# A year-less date that would have to roll into next year, with no word of the future
# before it in its sentence and no deadline word in front ("further to the Written Answer
# ... on 11 May", "following a launch ... on May 30"): a day already gone, not next year's.
_FUTURE_BEFORE: Final = re.compile(
    r"\b(?:will|shall|would|going\s+to|expect\w*|plan\w*|intend\w*|aim\w*|hope\w*|due"
    r"|should|must|next|scheduled|set\s+to|is\s+to|are\s+to|deadline|target\w*)\b|'ll\b"
    # a present passive: "The sale is held on the first Monday in June"
    r"|\b(?:is|are)\s+(?:now\s+|also\s+|usually\s+|normally\s+|always\s+)?(?:[a-z]{3,}ed"
    r"|held|made|laid|sent|given|taken|run|set)\b"
)


# a purpose ("to insert 'fourth day of April'") looks ahead; a tabled "To ask" does not
_PURPOSE: Final = re.compile(
    r"\bto\s+(?!(?:ask|the|a|an|his|her|their|its|my|our|your|this|that|be|have)\b)[a-z]{3,}\b"
)
# a paper or an answer given by someone on that day: "the Written Answer by Lord McNally on"
_PAPER: Final = re.compile(
    r"\b(?:answer|letter|statement|reply|report|question|memorandum|judgment|speech"
    r"|announcement|decision)\b[^,.;()]{0,40}$"
)

# the paper as the subject of a present verb of telling: the date is then its reported act's
_TELLS_NOW: Final = re.compile(
    r"\b(?:says|states|notes|finds|shows|confirms|explains|warns|suggests|proposes"
    r"|recommends|sets\s+out|makes\s+clear)\b"
)

# "adjourned ..., to Tuesday the 14th of January": the object of "to" or "until" is ahead
_TO_BEFORE: Final = re.compile(r"\b(?:to|until|till|by|before)\s*$")


def rolled_past(text: str, start: int, pre: str, end: int) -> bool:
    """Only beside a past form or a paper: "The Games begin on 6 March" (said in
    September) is next March; nor beside a past verb of saying whose reported clause tells
    the act ahead: "He told MPs the fund opens on 1 May" (governing.reported_ahead), nor a
    past verb of choosing a day for an event: "fixed 12 January for the hearing" (chosen_day)."""
    if pre.strip() not in ("", "on", "of", "dated"):
        return False
    before = clauses.clause_before(text, start, sentence=True)
    if ")" in before:  # "The fund (launched on 1 May) closes on": an aside keeps its tense
        before = CLOSED_ASIDE.sub(" ", before)
    if _FUTURE_BEFORE.search(before) or _PURPOSE.search(before) or _TO_BEFORE.search(before):
        return False
    if governing.MOVED_FOR.search(before):
        return False  # "has been moved for the 20 June meeting": the new day, ahead
    if described.wishes_before(before):
        return False  # "we want the report published on 20 February": a state wished for
    if clauses.past_form(before):
        return not (
            governing.reported_ahead(text, start + len(pre), end)
            or chosen_day.chosen_for(text, start, pre, end)  # "fixed 12 January for the hearing"
            # "opened on Monday and closes on 24 February": the day's own verb is a present
            # or a modal, the past form another act's (stop 53)
            or year_order.own_verb_ahead(
                text, start + len(pre), end, year_order.written_day(text, start + len(pre), end)
            )
        )
    paper = _PAPER.search(before)
    # "the report says the scheme ends on 31 March": a paper that tells now, of an act ahead
    return paper is not None and _TELLS_NOW.search(paper.group()) is None


# "This week, the Senate followed the lead of the House ...", "during the January – July
# term of this year the Dáil passed 34 bills": the current period of a past report.
_THIS_PERIOD: Final = re.compile(
    r"(?:this|the\s+current)\s+(?:week|month|year|quarter|decade|term|session)$"
)
# "This January, I made visits ...", "Earlier this autumn we added ..." (stop 46q): the month
# or season running, named with "this", is the period of a past report too
_THIS_MONTH_OR_SEASON: Final = re.compile(
    r"this\s+(?:" + MONTH_WORD + r"|spring|summer|autumn|fall|winter)"  # fullmatched
)


def current_period_past(text: str, core: str, end: int) -> bool:
    if _THIS_PERIOD.search(core) is None and not (
        core.startswith("this") and _THIS_MONTH_OR_SEASON.fullmatch(core) is not None
    ):
        return False
    if now_told.reported_now(text, core, end):
        return True  # "The wet conditions this year have allowed ...", "this month's update"
    own = clauses.clause_before(text, end - len(core))
    after = clauses.clause_after(text, now_told.past_aside(text, end))  # "This week (26 May)"
    return _FUTURE_BEFORE.search(own) is None and clauses.past_tense(after)


# "Late Saturday morning, ...": the part of the day belongs to the day before it, not today.
_DAY_RIGHT_BEFORE: Final = re.compile(r"(?:" + WEEKDAY + r"|today|tomorrow|yesterday)\s+$")


def past_clock(text: str, start: int, end: int) -> bool:
    """ "At 6:26p.m. EDT, the hatch closed between ...": a clock time already gone today,
    its own clause after it in the past (not a part of a day named just before it)."""
    if _DAY_RIGHT_BEFORE.search(text, max(0, start - 12), start) is not None:
        return False
    return clauses.past_tense(clauses.clause_after(text, end))


# "takes place annually between December and March each year", "is developed in the fall
# of each year": months or a season that come round again, no one deadline ("by March 2027
# and each year after" names its year).
_MONTH_OR_SEASON: Final = r"(?:" + MONTH_WORD + r"|(?:the\s+)?(?:spring|summer|autumn|fall|winter))"
_MONTHS_ONLY: Final = re.compile(
    r"(?:(?:between|from|in|during|by|until)\s+)?"
    + _MONTH_OR_SEASON
    + r"(?:\s+(?:and|to|through|thru|until|-)\s+"
    + _MONTH_OR_SEASON
    + ")?"
)


def yearly_months(text: str, core: str) -> bool:
    return _MONTHS_ONLY.fullmatch(core.strip(" .,")) is not None and standing.yearly(text)


# "within 2 hours and 30 minutes of the debate": the second part counts from an event,
# and so does the whole span; the first part alone is no deadline.
_AND_SPAN_OF: Final = re.compile(
    r"\s+and\s+(?:an?|[0-9]+|[a-z]+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+"
    r"(?:of|after|from|following)\s+(?!(?:now|today|this|the\s+date\s+of\s+this)\b)"
)


def compound_of_event(text: str, end: int) -> bool:
    return holds(text, " and ") and _AND_SPAN_OF.match(text, end) is not None


# "since their Dec. 19 launch": a day that something has run from, gone already.
_SINCE: Final = re.compile(r"\bsince\s+(?:(?:the|their|its|his|her|our|my|your|this|that)\s+)?$")


def since_day(text: str, start: int) -> bool:
    return holds(text, "since") and _SINCE.search(text, max(0, start - 12), start) is not None


# "the deadline for such topical issues shall be 6 p.m. the previous day": a clock time of
# the day before an undated one.
_DAY_BEFORE_AFTER: Final = re.compile(
    r",?\s+(?:on\s+)?the\s+(?:previous|preceding)\s+(?:day|evening|sitting\s+day|working\s+day)"
    r"|,?\s+(?:on\s+)?the\s+day\s+before\b(?!\s+(?:yesterday|tomorrow))"
)


def event_clock(
    text: str, kind: str, core: str, pre: str, start: int, end: int, cue: Hints
) -> bool:
    """The clock time belongs to an event not dated here: "6 p.m. the previous day", "an
    early morning weather briefing", or an event's hours with its day named elsewhere
    (round 26c, event_hours.py)."""
    return (
        ("before" in cue and day_before_undated(text, end))
        or ("part" in cue and part_as_adjective(text, kind, core, pre, start, end))
        or event_hours.held(text, start, end)
    )


def day_before_undated(text: str, end: int) -> bool:
    """Only run when the text holds the "before" cue family (cues._gated_clock checks it)."""
    return _DAY_BEFORE_AFTER.match(text, end) is not None


# "the National Housing Strategy for Disabled People (NHSDP) 2022-2027", "their new
# Institutional Strategy with the United Nations Children's Fund for 2009-2012": a run of
# years that names a plan, not a time by which anything is done.
_YEAR_RUN: Final = re.compile(
    r"(?:for\s+)?(?:the\s+(?:years?|period)\s+)?[0-9]{4}\s*(?:-|/|to)\s*[0-9]{2,4}"
)
_TITLE_BEFORE: Final = re.compile(
    r"(?:\)\s*|\b(?:strategy|plan|programme|program|framework|agenda|vision|policy|charter"
    r"|compact|roadmap)\b(?:\s+(?!(?:by|until|to|before|will|shall|is|are|be)\b)[a-z'.-]+)"
    r"{0,8}\s+)$"
)


def named_years(text: str, start: int, core: str) -> bool:
    if _YEAR_RUN.fullmatch(core.strip(" .,")) is None:
        return False
    return _TITLE_BEFORE.search(text, max(0, start - 90), start) is not None


# "adjourned at twenty minutes past Eleven o'clock, to Tuesday the 14th of January": the
# next sitting is ahead whatever the tense of the adjournment.
_ADJOURNED_TO: Final = re.compile(
    r"\badjourn\w*\b[^.;]{0,80}?\b(?:to|until|till)\s+(?:[a-z]+day\s+)?(?:next\s+)?$"
)


def next_sitting(text: str, start: int) -> bool:
    return (
        holds(text, "adjourn")
        and _ADJOURNED_TO.search(text, max(0, start - 100), start) is not None
    )


# A past verb right before "at <clock>": the moment it happened ("House adjourned at ...",
# "the hatch closed at ..."), not a time ahead ("scheduled at", "expected at" are ahead).
_PAST_AT: Final = re.compile(
    r"\b(?!(?:scheduled|expected|planned|timed|fixed|postponed|delayed|rescheduled|extended"
    r"|moved|set|due|needed|required|proposed|intended)\b)(?:[a-z]{3,}ed|rose|sat|met|began"
    r"|came|went|spoke|left)\s+(?=at\s)"
)


def past_verb_before(text: str, start: int) -> bool:
    if not text.startswith("at ", start):
        return False
    m = _PAST_AT.search(text, max(0, start - 20), start + 3)
    return (
        m is not None
        and m.end() == start
        and not _BEFORE_VERB.search(text, max(0, m.start() - 12), m.start())
        and not _THERE_WILL_BE.search(text, max(0, m.start() - 60), m.start())
    )


# "is scheduled", "will be adjourned", "has to be closed", "will stand adjourned" (an order
# of business: the proceedings are adjourned at that time, stop 55): a verb form that looks
# ahead
_BEFORE_VERB: Final = re.compile(r"\b(?:is|are|be|been|will|shall|to|would|stands?)\s+$")
# "there will be a demonstration organized at 10:00 a.m.": the participle describes a noun
# still to come, it tells of no act done (stop 37b)
_THERE_WILL_BE: Final = re.compile(
    r"\bthere\s+(?:will|shall)\s+be\s+(?:an?\s+|the\s+|some\s+)?(?:[a-z-]+\s+){1,3}$", re.I
)


# "we wanted to note that tomorrow, after 32 years on the job, ... will serve his last day":
# "tomorrow" whose own verb, after it, is future; the past verb before it is the speaker's.
_AHEAD_AFTER: Final = re.compile(r"[^.;:!?]{0,120}?\b(?:will|shall)\b")


def ahead_after(text: str, hit: Hit) -> bool:
    """A time ahead after the phrase: its own future verb, or the event it is chosen for
    ("have selected Friday, April 18 for the next launch attempt": chosen_day.py)."""
    if hit.kind == "dayword" and hit.core in ("tomorrow", "to-morrow", "tonight", "to-night"):
        return _AHEAD_AFTER.match(text, hit.end) is not None
    dated = hit.kind in DATED or hit.kind in DAYS
    return dated and chosen_day.chosen_for(text, hit.start, hit.pre, hit.end)


# "returning on Wednesday 10 January, rather than Monday 8 January as previously
# announced": the past verb after "rather than" is the alternative's, not this date's.
# "will reassemble ... on Tuesday 8th January, not on Monday 7th January as previously
# announced": so is the past verb after a bare "not", in a sentence about the future
# ("We met on Friday, not on Thursday" is a past report all the same).
_ALTERNATIVE_AFTER: Final = re.compile(r"\s*,?\s*(?:(?P<other>rather\s+than|instead\s+of)|not)\b")


def alternative_after(text: str, end: int) -> bool:
    if not (holds(text, "rather") or holds(text, "instead") or holds(text, "not")):
        return False
    found = _ALTERNATIVE_AFTER.match(text, end)
    if found is None:
        return False
    return bool(found.group("other")) or clauses.future_before(text, end)


# "<span> later" counts from an earlier event the sentence tells ("laid before Parliament,
# more than a year later"); a span from now is "in a year", "a year from now".
def later_than_an_event(core: str, pre: str) -> bool:
    return core.endswith(" later") and "no later" not in pre and "not later" not in pre


# "At the conclusion of an early morning weather briefing", "the evening session": a part
# of the day used as an adjective names a kind of event, not a time ahead; so does one after
# "for" or "of" ("meet at noon for morning hour", "an hour of morning business") and one
# joined to its noun ("morning-hour debate").
_PART_AS_ADJECTIVE_BEFORE: Final = re.compile(r"\b(?:a|an|the|early|late|for|of)\s+$")  # not "this"
_PARTS: Final = ("morning", "afternoon", "evening", "night")
_NOUN_NEXT: Final = re.compile(
    r"(?:\s+|-)(?!(?:of|on|in|at|to|by|and|or|but|for|from|with|before|after|until|when|while|as"
    r"|is|was|will|would|shall|has|had|that|which|who|i|we|he|she|they|it)\b)[a-z]{3,}\b"
)


def part_as_adjective(text: str, kind: str, core: str, pre: str, start: int, end: int) -> bool:
    lead = pre.strip()
    if kind != "time" or lead not in ("", "for") or core not in _PARTS:
        return False
    return (
        lead == "for"
        or _PART_AS_ADJECTIVE_BEFORE.search(text, max(0, start - 8), start) is not None
    ) and _NOUN_NEXT.match(text, end) is not None


# Round 9: "On <the day of speaking>, the U.S. Department of Energy (DOE) ... announced"
_ASIDE: Final = re.compile(r"\s*\([^()]{0,60}\)")
_INITIALS: Final = re.compile(r"\b(?:[a-z]\.){2,}")


def clause_after_asides(text: str, end: int) -> str:
    """As `clauses.clause_after`, past asides in brackets ("the U.S. Department of Energy (DOE)
    Solar Energy Technologies Office (SETO) announced")."""
    window = _ASIDE.sub("", text[end : end + 240])
    window = _INITIALS.sub(lambda m: m.group().replace(".", ""), window)  # "the U.S. Army"
    return clauses.clause_after(text[:end] + window, end)


def head_of_sentence(text: str, start: int) -> bool:
    """Nothing but a sentence's end (or the text's start) before `start`."""
    return not text[:start].strip() or text[:start].rstrip()[-1] in ".!?;:\n"
