"""Time words that set no time for an act, and questions that set none (issue 12, round
27c). The chosen phrase reads well as a deadline, but the sentence around it gives no act
to be done by then:

- the day of speaking described ("Today is a bittersweet day for me"): the day itself is
  the subject, told of, nothing falls due;
- the time we are nearing, with nothing ahead in the sentence ("As we near the end of
  this year, we are writing to thank you"): the moment of writing, placed;
- a count of days before things in the plural, their kind ("the timetable for the next
  seven day self-assessment surveys"): "seven day" names the surveys, as "seven-day" would;
- a question that checks a fact or asks about a forecast ("This office is closed on
  Monday?", "Does it have any numbers on gas prices predicted for next year?"): no one
  undertakes anything by the time it names. A statement that owes an act by the time
  ("You must reply by Friday?", "Reply by Friday, OK?") keeps it.

Stop 38 (fix12c): a time inside a question asked of someone else, direct or reported ("can
tell us what business will be taken on Tuesday of next week?", "I ask him how soon ... might
come before the House", "Can I ask ... whether it is the Government's intention to table
next week ...") or inside what the speaker thanks someone for telling ("I thank the Leader
for that indication of what we will be doing next week"): the clause opened by the question
word is what is asked or was told, so the sentence commits nobody to its time. Only a time
after the question word counts ("I will tell you next week what we decide" keeps it), and
only after a word of asking ("ask", "wonder", "enquire", "tell us", "indication of"); not
after a written question's heading ("To ask Her Majesty's Government what ... by 2010",
"asked the Minister how many ... in 1966"), whose time the sets read as the one the
question is about, nor after "no indication of".

Stop 63 (tuner t2): the same for a time inside what the speaker wants to know ("I would like
to know if it has been agreed that the House will sit to-morrow", "anxious to know when ...")
and inside what is still to be decided ("decide whether the Seanad should meet in the morning
or at 3 o'clock"): asked about or left open (CONVENTIONS 4.3). A time before the question word
keeps it ("will decide by June whether"), and so does a limit after a deadline word in what is
decided, as possibility.py reads "considering whether" (its own rule, stop 38).

Stop 43 (tuner a): "today" closing the subject of a present "be" ("my remarks today are
intended to focus on ...", "the message that I will leave with you today is that ...",
"everyone's attention today is in one of the documents") or naming the day's purpose ("today
is about making sure ...") tells of the day of speaking, as "Today is a bittersweet day"
does: nothing falls due. Not what is owed or set for the day ("today is the deadline", "the
vote today is expected to ..."), nor a free relative naming an act done today ("what we are
announcing today is a package", labelled due that day), nor "Today is ..." opening the
sentence (read by the day's own words).

`verdict` returns (refusal kind or None, reason) to refuse the phrase, or None to keep it.
Each rule runs behind a substring test, so a plain sentence pays a few `in` checks.
"""

from __future__ import annotations

import re
from typing import Final

from bot.core.deadlines.words import Place

Verdict = tuple[str | None, str]

_TODAY_IS: Final = re.compile(
    r"\s+(?:is|was)\s+(?:a|an|such\s+a)\s+(?:[a-z-]+\s+){0,3}?(?:day|moment|occasion)\b"
)
# "my remarks today are intended to", "the message that I will leave with you today is that",
# "everyone's attention today is in one of the documents": "today" closes the subject of a
# present "be"; "today is about making sure": the day's purpose. Not what is owed or set for
# the day ("today is the deadline", "is due", "is to", "is when")
_TODAY_SUBJECT: Final = re.compile(
    r"\s+(?:is|are)\s+(?!(?:to|due|expected|set|being|going|scheduled|planned|when|also|the"
    r"|our|your|their|my|a|an|last|final)\b)"
)
_TODAY_ABOUT: Final = re.compile(r"\s+is\s+(?:all\s+)?about\b")
# a free relative naming an act done today ("what we're acknowledging here today is what")
_WHAT_BEFORE: Final = re.compile(r"\bwhat\b")
_NEARING: Final = re.compile(
    r"\bas\s+(?:we|i|you)\s+(?:near|approach|reach|enter|head\s+into|come\s+to)\s+$"
)
_AHEAD: Final = re.compile(
    r"\b(?:will|shall|going\s+to|plan\w*|intend\w*|aim\w*|by|until|before)\b|'ll\b"
)
# "seven day self-assessment surveys": a count above one, the unit singular, then a noun
_KIND_COUNT: Final = re.compile(
    r"(?:[0-9]{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty)"
    r"\s+(?:day|week|month|year|hour)$"
)
# the units _KIND_COUNT ends in ("$" also matches before a final newline): a phrase ending
# in none of them skips the search, which tries every position of the phrase
_KIND_UNITS: Final = ("day", "week", "month", "year", "hour")
_NOT_A_NOUN: Final = re.compile(
    r"\s+(?:of|to|and|or|the|a|an|in|on|at|by|for|from|after|before|ago|later|earlier"
    r"|is|are|was|were|will|has|have|period|window|deadline|limit|time|notice)\b"
)
# things in the plural after it ("seven day self-assessment surveys"); "a three day
# programme of meetings", one event, is a length and is read as before
_NOUN_AFTER: Final = re.compile(r"(?:\s+[a-z][a-z-]{3,}){0,2}?\s+[a-z][a-z-]{2,}[^s\s]s\b")
# a question about a forecast: the figure forecast for the time, just before it
_FORECAST: Final = re.compile(r"\b(?:predicted|forecast|projected|estimated)\s+(?:for\s+|in\s+)?$")
_WH_WORDS: Final = "what|when|where|who|why|how|which"
# a question word anywhere: the sentence asks, it does not check a statement
_WH: Final = re.compile(r"\b(?:" + _WH_WORDS + r"|will|shall)\b")
# a question asked by inversion or a question word; without one, a statement checked
_ASKED: Final = re.compile(
    r"\s*(?:and\s+|so\s+|but\s+)?(?:do|does|did|is|are|was|were|will|would|can|could|shall"
    r"|should|has|have|had|" + _WH_WORDS + r")\b"
)
# an act owed by the time, asked back ("You must reply by Friday?", "Pay the fine by 31
# December? Otherwise ...", "Reply by Friday, OK?"): an undertaking, not a fact checked
_OWED: Final = re.compile(
    r"\b(?:must|should|need\w*|ha(?:ve|s)\s+to|please|by|until|till|before|no\s+later)\b"
)
_STOP: Final = re.compile(r"[.!?;]\s")
# a word of asking or of being told, then (within a few words) a question word opening the
# clause that holds the phrase: "ask him how soon", "tell us what", "indication of what"
_ASKING: Final = (
    r"(?:\b(?:(?<!to\s)ask(?:s|ing)?|(?<=\w\s)asked|wonder|wonders|wondering|enquire|enquiring"
    r"|inquire|inquiring|tell\s+(?:us|me)|(?<!no\s)indication\s+of|(?<!no\s)idea\s+of)\b"
    r"[^.;:?!]{0,90}?\b(?:what|when|whether|which|how)\b"
    # wanting to know ("I would like to know if it has been agreed that the House will sit
    # to-morrow"): the clause after is asked about (stop 63)
    r"|\b(?:like|want|wish|anxious|entitled)\s+to\s+know\b[^.;:?!]{0,60}?\b(?:if|whether"
    r"|what|when|which|how)\b"
    r")"
)
# a clause of the speaker's own after what is asked or weighed ends it (stop 63 review): "We
# want to know what residents think, so the consultation will stay open until 31 January",
# "..., and we will publish the results by March", "... and will report back by Friday"; not
# a second question ("..., and when the work will be finished")
_NEW_CLAUSE: Final = (
    r",\s*(?:so|but)\b"
    r"|,\s*and\s+(?!(?:what|when|whether|which|how|if|why|who)\b)[^,.;:?!]{0,40}?"
    r"(?:\b(?:will|shall|must)|['\u2019]ll)\b"
    r"|\s(?:and|so)\s+(?:(?:i|we|they)\s+)?(?:will|shall)\b"
)
# the rest of the clause up to the phrase, with no clause of its own started in it
_SAME_CLAUSE: Final = r"(?:(?!" + _NEW_CLAUSE + r")[^.;:?!])*$"
_ASKED_ABOUT: Final = re.compile(_ASKING + _SAME_CLAUSE)

# weighing what is still open ("decide whether the Seanad should meet in the morning or at
# 3 o'clock"): a clause of its own after "whether", not an infinitive the time may qualify the
# deciding by ("will decide whether or not to fund the project as soon as possible"); and,
# as possibility.py reads "considering whether", a limit after a deadline word stays
# ("is considering whether the review could finish by 30 June 2026")
_WEIGHED: Final = re.compile(
    r"\b(?:decide|decides|deciding|determine|determines|determining)\s+whether\b"
    r"(?!\s+(?:or\s+not\s+)?to\b|\s+or\s+not\b)" + _SAME_CLAUSE
)
# a modal in what is asked: the limit is inside the question ("ask whether the Minister will
# report by Friday", "if it is the intention to carry on until Christmas"), not the reply's
_ASKED_MODAL: Final = re.compile(
    r"\b(?:will|would|shall|should|can|could|may|might|must|going\s+to|(?:is|are)\s+to"
    r"|intend\w*|intention|plan(?:s|ned)?\s+to)\b|['\u2019]ll\b"
)
_LIMIT_WORD: Final = re.compile(r"(?:by|until|till|before|within|no\s+later|not\s+later)\b")
_ASKED_CLAUSE: Final = re.compile(_ASKING)


def verdict(place: Place | None) -> Verdict | None:
    """The chosen phrase, lying at `place` (words.located), refused by the sentence around
    it (see the module), or None."""
    if place is None:
        return None
    lowered, start, end, words = place
    if words == "today" and _TODAY_IS.match(lowered, end) is not None:
        return None, "that describes the day of speaking, no act falls due"
    if words == "today" and (subject := _today_subject(lowered, start, end)) is not None:
        return subject
    if "as " in lowered and _NEARING.search(lowered, max(0, start - 40), start) is not None:
        if _AHEAD.search(lowered, end, _sentence_end(lowered, end)) is None:
            return None, "the time we are nearing, with nothing ahead: the time of writing"
    if (
        (words[:-1] if words.endswith("\n") else words).endswith(_KIND_UNITS)  # cheap first
        and _KIND_COUNT.search(words) is not None
        and _NOUN_AFTER.match(lowered, end) is not None
    ):
        if _NOT_A_NOUN.match(lowered, end) is None:
            return None, "a count of days naming a kind of thing, not a time"
    if _asking_word(lowered) and _asked_about(lowered, start, words):
        return None, "asked about, not undertaken: the time is inside a question"
    if "whether" in lowered and _weighed(lowered, start, words):
        return None, "weighed, not undertaken: the time is inside what is still to be decided"
    if "?" in lowered[end:]:
        return _question(lowered, start, end)
    return None


def _today_subject(lowered: str, start: int, end: int) -> Verdict | None:
    """ "my remarks today are ...", "today is about ...": the day of speaking told of, not a
    time anything falls due (see the module); None to keep the phrase."""
    if _TODAY_ABOUT.match(lowered, end) is not None:
        return None, "the purpose of the day of speaking, no act falls due"
    if _TODAY_SUBJECT.match(lowered, end) is None:
        return None  # the cheap test first: most "today"s are followed by no "is"/"are"
    head = 0
    for m in _STOP.finditer(lowered, max(0, start - 200), start):
        head = m.end()
    if not lowered[head:start].strip() or _WHAT_BEFORE.search(lowered, head, start) is not None:
        return None  # "Today is ..." opening the sentence; "what we announce today is"
    return None, 'closes the subject of a present "be": told of, no act falls due'


def _asking_word(lowered: str) -> bool:
    """The cheap test first: a word _ASKING starts with is in the text."""
    return (
        "ask" in lowered
        or "wonder" in lowered
        or "nquir" in lowered
        or "tell " in lowered
        or "indication" in lowered
        or "idea of" in lowered
        or "know" in lowered
    )


def _asked_about(lowered: str, start: int, words: str) -> bool:
    """The phrase starting at `start` lies in a clause opened by a question word after a
    word of asking ("ask him how soon", "tell us what", "indication of what"); not a limit
    word's time after an asked clause with no modal, which is the reply's limit ("We want to
    know what you think by 31 January", "Tell us what you think by Friday"; stop 63 review)."""
    head = 0
    for m in _STOP.finditer(lowered, max(0, start - 200), start):
        head = m.end()
    asked = _ASKED_ABOUT.search(lowered, max(head, start - 200), start)
    if asked is None:
        return False
    return _LIMIT_WORD.match(words) is None or _ASKED_MODAL.search(asked[0]) is not None


def _weighed(lowered: str, start: int, words: str) -> bool:
    """The phrase starting at `start` lies in a "whether" clause still to be decided, and is
    no limit after a deadline word (see _WEIGHED)."""
    if _LIMIT_WORD.match(words) is not None:
        return False
    head = 0
    for m in _STOP.finditer(lowered, max(0, start - 200), start):
        head = m.end()
    return _WEIGHED.search(lowered, max(head, start - 200), start) is not None


def _question(lowered: str, start: int, end: int) -> Verdict | None:
    """A question that sets no time: about a forecast, or a statement checked."""
    stop = _sentence_end(lowered, end)
    if lowered[stop : stop + 1] != "?":
        return None  # the question is another sentence
    head = 0
    for m in _STOP.finditer(lowered, 0, start):
        head = m.end()
    if _ASKED.match(lowered, head) is not None:
        if _FORECAST.search(lowered, max(head, start - 30), start) is not None:
            return None, "a question about a forecast, not an undertaking"
        return None
    # "This office is closed on Monday?": short, no question word, no inversion, no act owed
    if (
        len(lowered[head:stop].split()) <= 10
        and _WH.search(lowered, head, stop) is None
        and _OWED.search(lowered, head, stop) is None
    ):
        return None, "a statement checked by a question, not an undertaking"
    return None


def asked_clause(text: str) -> int:
    """Where the clause asked about starts in `text` (after its question word), or 0: for
    a reader of an answer that takes up what was asked ("Mr. Brown asked the Minister
    whether she will ... before Easter?" "Yes, Sir.": the replier commits to its time)."""
    lowered = text.lower()
    m = _ASKED_CLAUSE.search(lowered) if _asking_word(lowered) else None
    return 0 if m is None else m.end()


def _sentence_end(lowered: str, end: int) -> int:
    m = _STOP.search(lowered + " ", end)
    return m.start() if m is not None else len(lowered)
