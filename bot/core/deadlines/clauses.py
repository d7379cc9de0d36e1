"""What the words around a time phrase say about it (issue 12).

A sentence often holds several time phrases, and the one that counts is not always the
longest. These cues read the clause in front of a phrase (back to the last comma, full
stop, bracket or "but") and the sentence as a whole:

- negated: "will no longer start on ...", "instead of on 1st January", "it will not be
  possible ... next week": the phrase is a plan being dropped, never the deadline.
  After a negation, "until"/"before"/"for" give an earliest date only ("will not happen
  until 2027", "may not be signed for a further six months"), and "after"/"later than"
  give a deadline ("in no event ... after October 1").
- reported past: "said on 20 March", "laid before the House on 12 June": a past verb and
  no future one in the clause make a phrase the moment something was said or done.
- a delay's size: "postponed by roughly a week" counts from an earlier plan, not from now.
- the week commencing <day>: that Monday-to-Sunday week, due on its Sunday.
- recurring: "each complaint gets a reply within five working days", "Monday through
  Friday": a standing service level, not one deadline.
- an event gate: "at the earliest opportunity once it is ready" waits for an event.

And, read from the words after a phrase or around it (after the three real sets): the
clause after a phrase ("On 3 March I announced that ..."), any past form beside a
year-less date, an if-clause, a wire dateline and a trailing attribution, "today ... we
are publishing", time given to act, a date on a paper ("my letter of 31 March"), a yearly
date, a rule for any day. A delay or cancellation after the date ("due on Monday, had been
delayed") and a substitution ("substitute 1 October for 1 July") are read by
superseded.py; a time in a name ("the Ten o'Clock Rule"), a vague word before an event and
the other cues of the words right after a phrase by after_words.py.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from bot.core.deadlines import dateline_times, negation_scope, stops
from bot.core.deadlines.described import describes, wished
from bot.core.deadlines.vocabulary import PLAN_PARTICIPLES
from bot.core.deadlines.words import any_in, by_first_letter

# clause and sentence ends (a full stop, but not the one of "hon.", "Mr."): see stops.py
_BOUNDARY, SENTENCE = stops.BOUNDARY, stops.SENTENCE


def sentence_start(text: str, at: int, reach: int | None = None) -> int:
    """The end of the last stop before `at` (within `reach`, if given), or 0 if none."""
    start = 0
    for stop in SENTENCE.finditer(text, 0 if reach is None else max(0, at - reach), at):
        start = stop.end()
    return start


_NEGATION: Final = re.compile(  # and "avoid travelling this evening" (stop 39k): not to travel then
    r"\b(?:(?<!\bor\s)not(?!\s+later\s+than\b)|no\s+longer|never|cannot|unable\s+to|instead\s+of|rather\s+than|leave\s+out"
    r"|as\s+opposed\s+to|cancell?ed|called\s+off|originally|postponed\s+from|scrapped|abandoned"
    # the time excluded, right before it (stop 63): "release times other than 9.30am"; not
    # "Applicants other than students must apply by 1 June"
    r"|other\s+than(?=\s*$)"
    # "delay ... (previously due on 17th)": the clause may end before the phrase's "due on"
    r"|previously(?:\s+(?:due|scheduled|planned|expected)|(?=\s*$))"
    # a date named as one given up (stop 59): "The former proposed decision date of 7 February"
    r"|(?:former|previous)\s+(?:[a-z]+\s+){0,3}?(?:date|deadline)s?"
    # "There is no way that this Bill will be passed tomorrow", "there is no chance of
    # returning to that subject before we rise in August": the time denied (stop 60)
    r"|there\s+is\s+(?:absolutely\s+|simply\s+)?no\s+(?:way|chance|prospect)"
    # but a failure denied is a promise: "There is no way we will miss Friday's deadline"
    r"(?![^,;.]{0,40}?\b(?:miss|missing|fail|failing|slip|slipping)\b)"
    r"|dropped|no\s+event|no\s+circumstances|(?:avoid\w*|refrain\w*\s+from)\s+[a-z]+ing"
    r"|no\s+(?:other\s+|further\s+|current\s+)?(?:plans?|intention|proposals?)"
    r"|(?:refus|declin)\w*\s+to\s+(?:say|confirm|commit"
    r"|give|set|name|specify|guarantee))\b|n't\b"
)
_PAST_WORDS: Final = frozenset(
    "said announced stated told wrote laid reported contributed spent introduced inserted was"
    " were had did signed agreed confirmed declared launched opened made took held met gave"
    " sent came went began spoke convened identified fell rose won lost saw left became chose"
    " fled led paid kept felt heard found built sold struck stood grew died knew drew threw"
    " flew broke froze drove brought bought caught taught sought fought thought ended closed"
    " received published submitted dated ran sat rang".split()
)
PAST_VERB: Final = re.compile(
    r"\b(?:" + by_first_letter(_PAST_WORDS) + r"|put\s+forward)\b"
    r"|\b(?:i|we|he|she|they)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b"  # "I replied", "we announced"
    # an irregular past that is no present after its subject: "on 1 February we dealt with the
    # report" (fresh182); not "we set", "we put", whose past is their present
    r"|\b(?:i|we|he|she|they)\s+(?:[a-z]+ly\s+)?(?:dealt|meant|lent|upheld|withheld|understood"
    r"|slept|fled|led|left|won|lost|laid|paid|kept|built|sent|held|made|met|spent)\b"
    # a verb whose past is its present, with an object after it: "We put out a note on ..."
    r"|\b(?:i|we|he|she|they)\s+(?:put|cut|shut)\s+(?:out|up|down|in|on|off|forward|together"
    r"|back|a|an|the)\b"
    r"|\b(?:i|we|he|she|they|it)(?:\s+(?:have|has|had)|['\u2019]ve)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{3,}ed|put|made|set|sent|laid|given|taken|written|spoken|said|told"
    # "Today, we've seen wheelchair rugby" (stop 60): an irregular participle, not "been"
    r"|seen|done|heard|met|won|begun|shown|known|brought|bought|built|found|kept|held"
    r"|paid|chosen|spent|sold|taught|become)\b"  # "I have put down a Motion"
)
# Besides the plan participles, this place alone passes over -ed words that are no verb
# ("hundred", "naked"), that describe ("based", "limited", "unexpected") and revisions
# ("estimated", "revised": "the revised 3 March date"); cues.py must still read "emissions
# estimated from 2021 to 2050" as a period measured, so they are not shared.
_NOT_PAST_ED: Final = (
    "hundred indeed speed proceed exceed succeed need breed embed naked wicked sacred based"
    " limited related detailed dedicated advanced estimated revised updated amended unexpected"
    " interested concerned united registered qualified supposed used allowed permitted expired"
).split() + PLAN_PARTICIPLES.split("|")
FUTURE: Final = re.compile(
    r"\b(?:will|shall|would|to\s+be|going\s+to|expect\w*|(?:aim|plan|intend|intent|hope)\w*\s+to"
    r"|due|should|must|might|could|can|is\s+to|are\s+to|had\s+to|has\s+to|have\s+to"
    # "may" before a past form is a name ("Theresa May spoke with leaders today", "Mrs May
    # visited"): the modal takes a bare verb (stop 59)
    r"|may(?!\s+(?:"
    + by_first_letter(_PAST_WORDS - {"found", "fell"})
    + r"|(?!(?:"
    + by_first_letter(_NOT_PAST_ED)
    + r"|bleed)\b)[a-z]{3,}ed)\b)"
    r"|need(?:s|ing)?|necessary|target\w*|scheduled|set\s+to|be"
    # "It was fixed for the 18th": a time arranged, as "scheduled" (stop 58)
    r"|(?:fixed|arranged|timetabled)\s+for"
    # "to get this year's application submitted before ...": done ahead, not told as past
    r"|(?<!ed\s)to\s+(?:get|have)(?=\s+[a-z' ]{0,40}?[a-z]{3,}ed\b))\b|'ll\b"
    # a present passive ("the sale is held on", "comments are received until") is no past
    r"|\b(?:is|are)\s+(?:now\s+|also\s+|usually\s+|normally\s+|always\s+|being\s+)?(?:held|made|laid"
    r"|sent|given|taken|[a-z]{3,}ed)\b"
)
# Any regular past form, for a year-less date or a bare weekday whose year or week the
# words leave open ("the consultation, which closed on 3 March", "stocks fell on Tuesday").
_PAST_ED: Final = re.compile(r"\b(?!(?:" + by_first_letter(_NOT_PAST_ED) + r")\b)[a-z]{3,}ed\b")
_DEADLINE_PRE: Final = re.compile(
    r"\b(?:by|until|till|til|before|within|no\s+later|not\s+later|deadline|due|through|thru"
    r"|extended\s+to|moved?\s+to|postponed\s+to|delayed\s+to|deferred\s+to|put\s+back\s+to"
    r"|committed\s+to|commitment\s+to|target\w*|aim\w*\s+for|inside|up\s+to"
    r"|between\s+now\s+and|pushed\s+back\s+to|brought\s+forward\s+to|rescheduled\s+(?:for|to)"
    r"|pushed\s+to)\b"
)
_DELAY: Final = re.compile(
    r"\b(?:postpone[sd]?|delay(?:ed|s)?|defer(?:red|s)?|extend(?:ed|s)?|put\s+back|push(?:ed)?"
    r"\s+back|slip(?:ped|s)?|late|behind)\b(?:\s+[a-z'.]+){0,4}?\s*$"
    # a move either way, its size after "by": "brought forward by one year to 2016/17",
    # "moved back by a week", "brought the vote forward by a week" (its object may stand
    # between verb and particle; not "the Bills we'll be bringing forward in the next year")
    r"|\b(?:(?:brought|brings?|bringing|moved?|moves|moving)(?:\s+(?:the|a|an|this|that|its"
    r"|their|our)\s+[a-z]+)?\s+(?:forward|back|up)|advanced)(?:\s+[a-z'.]+){0,3}?\s+by\s*$"
)
_WEEK_COMMENCING: Final = re.compile(
    r"(?:week\s+(?:commencing|beginning|starting)(?:\s+on)?|w/c)\s*$"
)
_EVENT_GATE: Final = re.compile(
    r"\b(?:once|when|until|as\s+soon\s+as)\s+(?:it|they|this|that|the\s+[a-z]+)\s+(?:is|are|has"
    r"|have|gets?|becomes?)\s+(?:been\s+)?(?:ready|complete|completed|finished|available"
    r"|agreed|passed|signed|approved)\b"
    # "when Congress returns, I urge them to keep working ... without delay"
    r"|\b(?:once|when|after)\s+(?:the\s+)?(?:[a-z]+\s+){1,2}?(?:returns?|reconvenes?"
    r"|resumes?|reassembles?|comes?\s+back|(?:is|are)\s+back|sits?\s+again)\b"
)
_ADJECTIVE_SPAN: Final = re.compile(
    r"\s+(?!(?:from|later|time|before|after|of|since|hence|ago)\b)[a-z]"
)
_STRONG_EARLIEST: Final = re.compile(
    r"\b(?:not\s+before|no\s+earlier\s+than|no\s+sooner\s+than|not\s+until|not\s+till)\s*$"
)


def clause_before(text: str, start: int, floor: int = 0, sentence: bool = False) -> str:
    """The words of the clause (or sentence) in front of `start`, back to the last
    boundary or to `floor` (the end of the time phrase before it), whichever is later."""
    base = max(floor, start - 200, 0)
    window = text[base:start]
    if not window:
        return window  # a phrase at the start of the text, or right after the one before
    return window[stops.last_end(window, sentence) :]


# Between two phrases of one schedule: a full stop ends the sentence, but not the one of
# "a.m.", "U.S." after one letter.
_SCHEDULE_STOP: Final = re.compile(r"(?<!\b[a-z])\.(?=\s|$)|[;!?]")


def same_sentence(text: str, start: int, end: int) -> bool:
    """No sentence ends between `start` and `end` (schedules.py, orders.py)."""
    return _SCHEDULE_STOP.search(text, start, end) is None


def future_before(text: str, end: int) -> bool:
    """Whether the words before `end` hold a future or modal word (all of them: "2.30
    p.m." would end a sentence for `clause_before`)."""
    return FUTURE.search(text, 0, end) is not None


# How far any look-around reaches: longer than any real sentence's clause around a time,
# short enough that a long text of times, each read with its sentence, stays linear
# (round 15 review: 50 kB of "a rise in the pension from 1 March, " took 42 s).
REACH: Final = 300


def sentence_after(text: str, end: int) -> str:
    """The rest of the sentence after `end`, at most REACH characters of it."""
    limit = min(len(text), end + REACH)
    m = SENTENCE.search(text, end, limit)
    return text[end : m.start() if m else limit]


_DURATION: Final = re.compile(
    r"\b(?:can|could|may|might|usually|typically|normally|generally|often|will|would|should"
    r"|expected\s+to|likely\s+to)\s+(?:[a-z]+\s+)?"
    r"(?:take|takes|last|lasts)\b(?!\s+(?:place|effect|action|steps?|forward|over|part"
    r"|a\s+decision|account|note|control|office|the\s+(?:view|lead|decision)))[^.;:]*$"
    r"|\b(?:will\s+)?lasts?(?:\s+for)?\s*$"
    # "which will be a motor road and take about two years to complete"
    r"|\band\s+(?:take|takes|last|lasts)(?:\s+(?:about|around|approximately|roughly|some))?\s*$"
)


def duration_estimate(before: str) -> bool:
    """ "processing can take up to ten working days": how long a thing lasts, no deadline."""
    return _DURATION.search(before) is not None


# "no meeting is planned between ..., ..., next week", "No construction activity is
# proposed during 2009", "No action, though, will be taken today": the sentence is denied.
# "no" must be the determiner of the planned thing, not an idiom that affirms ("There is no
# doubt action will be taken", "no question the vote will be held") nor a bound on a
# number ("No fewer than five inquiries are planned"). An aside set off by commas (one to
# three words: "though", "of course", "in any case") may stand between subject and verb.
_NOT_A_DENIAL: Final = (
    r"(?!(?:doubt|question|fewer|more|less|later|sooner|earlier|longer|secret|wonder|matter"
    r"|surprise)\b)"
)
_NOTHING_PLANNED: Final = re.compile(
    # at a sentence's head the subject may be longer ("No sittings of the committee are ...")
    r"(?:\bno\s+" + _NOT_A_DENIAL + r"(?:[a-z]+\s+){0,2}"
    r"|(?:^|[.;:!?]\s+)no\s+" + _NOT_A_DENIAL + r"(?:(?!that\b|which\b|who\b)[a-z]+\s+){3,4})"
    r"[a-z]+(?:,\s*(?:[a-z]+\s+){0,2}[a-z]+,)?\s+(?:is|are"
    r"|was|were|will\s+be|has\s+been|have\s+been)\s+(?:planned|scheduled|expected|foreseen"
    r"|envisaged|proposed|intended|anticipated|contemplated|taken|held)\b"
)
# up to where a new clause gives a subject and a verb of its own: "No action will be taken
# today, and we will share a decision in the coming days", "No shortcuts will be taken: the
# bridge will open on 1 March", "..., so the line will reopen on Monday", "..., which is why
# we will act by March 2027" (not a subject that denies too: "and none will be held")
_OWN_UNDERTAKING: Final = re.compile(
    r"(?:[:;]|,?\s*\b(?:and|but|so|yet|while|whereas|which\s+is\s+why))\s+"
    r"(?!(?:no|none|nothing|nobody|neither|nor)\b)(?:[a-z'-]+\s+){1,4}?"
    r"(?:will|shall|would|must|can|could|may|is|are|was|were|has|have)\b"
)
# the same, in a text of any case (conditions.py: where a mid-sentence "unless" clause ends)
OWN_UNDERTAKING: Final = re.compile(_OWN_UNDERTAKING.pattern, re.I)


WORD_STOP: Final = re.compile(r"[a-z]{3}\.(?=\s)|[;!?]")  # a sentence's end, not "U.N." nor "p.m."


def nothing_planned(text: str, start: int) -> bool:
    """Whether "no <thing> is planned" comes before `start` in its sentence."""
    before = text[max(0, start - 200) : start]
    ends = [m.end() for m in _NOTHING_PLANNED.finditer(before)]
    return (
        bool(ends)
        and WORD_STOP.search(before, ends[-1]) is None
        and _OWN_UNDERTAKING.search(before, ends[-1]) is None
    )


def negated(clause: str) -> bool:
    m = _NEGATION.search(clause)
    if m is not None and "no" in clause and _NOBODY_BEFORE.search(clause, 0, m.start()):
        m = _NEGATION.search(clause, m.end())  # "No one has cancelled preparations for ..."
    # "not working any issues that would delay liftoff at 4:50 p.m.": the relative clause
    # has a verb of its own, and the negation stops before it
    while m is not None and m[0] == "not" and negation_scope.stops_before(clause, *m.span()):
        m = _NEGATION.search(clause, m.end())  # "Producers not in ... must file by July 15"
    if m is not None and m[0][0] in "op" and clause.endswith("as ", 0, m.start()):
        m = _NEGATION.search(clause, m.end())  # "still published as originally planned on"
    return m is not None and _RELATIVE_VERB.search(clause, m.end()) is None


# a calling-off that nobody did: the date stands
_NOBODY_BEFORE: Final = re.compile(r"\b(?:no\s+one|nobody|no-one)\s+(?:has|have|had)\s+$")


# "has not changed and will close on ...": a new predicate with its own modal ends the
# negation, as a relative clause with a verb of its own does
_RELATIVE_VERB: Final = re.compile(
    r"\b(?:that|which|who)\s+(?:would|will|could|might|may|can|should)\b"
    r"|\band\s+(?:will|shall|is\s+to|are\s+to)\b(?!\s+not\b)"
)


# "for it to be debated next week", "to publish it by June": a clause with no verb of its
# own hangs on the clause before it, and takes its negation ("It may not be appropriate,
# given its scale, for it to be debated next week").
_INFINITIVE: Final = re.compile(
    r"\s*(?:for\s+(?:it|them|this|that|him|her|us|me|[a-z]+)\s+)?to\s+[a-z]"
)


def infinitive(clause: str) -> bool:
    return _INFINITIVE.match(clause) is not None


# The negations an infinitive clause takes from the clause it hangs on: that the thing
# cannot or should not be done ("It may not be appropriate ... for it to be debated next
# week"), not a double negative ("We will not hesitate, if necessary, to legislate by June").
_NOT_DONE: Final = re.compile(
    r"\b(?:not|never)\s+(?:be\s+)?(?:possible|appropriate|practicable|practical|feasible"
    r"|sensible|right|wise|able|realistic|proper|necessary|going)\b|\b(?:impossible|unable"
    r"|cannot|inappropriate|unrealistic|impracticable)\b|\bcan't\b|\bwon't\s+be\s+(?:possible|able)"
)


def not_done(sentence: str) -> bool:
    return _NOT_DONE.search(sentence) is not None


# a future after a past report: "it was agreed that the Bill will ...", "the plan is now to"
WILL: Final = r"\b(?:will|shall|is\s+to|are\s+to)\b|'ll\b"


# "Today, President X declared that ...", "Today we published ...": the day of speaking.
# An aside set off by commas may come first ("Today, during his remarks on ..., the
# President announced ...").
DONE_TODAY: Final = re.compile(
    r"[\s,]*(?:(?:during|at|in|after|following|while|speaking|on|to)\s[^,;.]{0,100},\s*)?"
    r"(?:[a-z.,'-]+\s+){0,8}?(?:[a-z]{3,}ed|said|made|signed|sent|gave|took|set|met"
    r"|told|held"
    # an irregular participle of a perfect (stop 60): "Today, we've seen wheelchair rugby"
    r"|seen|done|heard|won|shown|found|taken|given|written|begun|brought|built|spent)\b"
)


_CONDITION_WORD: Final = re.compile(r"\b(?:if|unless)\b")


_TODAY_WORDS: Final = ("today", "this morning", "this afternoon", "this evening", "tonight")


# "Today (24 April), the government has announced ...": the day restated in brackets
_RESTATED_DAY: Final = re.compile(r"\s*\([^()]{1,30}\)")


def done_today(text: str, start: int, end: int) -> bool:
    if text[max(0, start - 2) : start].strip(" ") not in ("", ".", "-") or not text.startswith(
        _TODAY_WORDS, start
    ):
        return False
    if text.startswith(" (", end) and (restated := _RESTATED_DAY.match(text, end)):
        end = restated.end()
    m = DONE_TODAY.match(text, end)
    if m is not None and _CONDITION_WORD.search(m.group()):
        return False  # "at 1 p.m. today, if not previously concluded": a guillotine, ahead
    return (
        m is not None
        and FUTURE.search(text, end, m.end()) is None
        and (_PAST_ED.search(m.group()) is not None or PAST_VERB.search(m.group()) is not None)
    )


# A dated heading of an order paper: "Friday 9 September—The House will not be sitting."
_HEADING_GAP: Final = re.compile(r"\s*(?:-|:)\s*")


def heading_denied(text: str, start: int, end: int) -> bool:
    if start > 2:
        return False
    m = _HEADING_GAP.match(text, end)
    return m is not None and negated(sentence_after(text, m.end()))


_NEW_PREDICATE: Final = re.compile(
    r"\b(?:and|then)\s+(?!(?:on|in|by|at|from|to|until|till|the|then|a|an)\b)[a-z]{3,}"
)


def own_clause(clause: str, whole: str) -> str:
    """The clause that governs a phrase: from the phrase before it when an "and <verb>"
    starts a new predicate there ("was launched on 3 March and closes on 30 April"),
    else back to the last boundary."""
    return clause if _NEW_PREDICATE.search(clause) else whole


def reported_past(clause: str) -> bool:
    m = past_verb(clause)
    if m is None or FUTURE.search(clause) is not None:
        return False
    return not _present_after(clause, m.end())


def _present_after(words: str, start: int) -> bool:
    """A present clause after the past verb, and no past verb after it."""
    if " as " not in words and "while" not in words and "now that" not in words:
        return False
    sub = _PRESENT_SUB.search(words, start)
    return sub is not None and not (
        PAST_VERB.search(words, sub.end()) or _PAST_ED.search(words, sub.end())
    )


# "They chatted ... as he looks forward to his trip later this fall": a present clause
# hung on the past one holds the time
_PRESENT_SUB: Final = re.compile(
    r"\b(?:as|while|now\s+that)\s+(?:he|she|it|they|we|i|you)\s+(?:(?:now|still)\s+)?"
    r"(?:is|are|am|has|have|(?!was\b)[a-z]{2,}[^s\W]s)\b"
    # a plural or first person's present has no "-s" (stop 60): "we have seen an uptick ... as
    # we get closer to the December 15 deadline"
    r"|\b(?:as|while|now\s+that)\s+(?:they|we|i|you)\s+(?:(?:now|still)\s+)?(?!(?:"
    + by_first_letter(_PAST_WORDS)
    + r"|[a-z]+ed|would|could|should|might|will|shall|must|can|may|did)\b)[a-z]{2,}\b"
)


def past_tense(words: str) -> bool:
    """Any past form, regular ones too, and nothing future: for words beside a date whose
    year (or a weekday whose week) the parser would otherwise place ahead."""
    m = past_verb(words) or past_ed(words)
    return m is not None and FUTURE.search(words) is None and not _present_after(words, m.end())


# An -ed word that describes ("the newly elected mayor", "a revised plan"), not a verb.
_DESCRIBING: Final = re.compile(r"\b(?:[a-z]+ly|the|a|an|its|their|his|her|our)\s+[a-z]{3,}ed$")


def past_word(word: str) -> bool:
    """Whether one word is a past form: one of `PAST_VERB`'s or a regular -ed verb."""
    return PAST_VERB.fullmatch(word) is not None or past_ed(word) is not None


def past_verb(words: str) -> re.Match[str] | None:
    """The first of `PAST_VERB`'s forms in `words`, passing over a participle that describes
    its noun before the clause's own verb ("the ban announced last year begins": described.py)."""
    m = PAST_VERB.search(words)
    if m is None or not m.group().endswith("ed"):
        return m  # most: none, or no participle ("met", "took", "we have made")
    while m is not None and (describes(words, m.start()) or wished(words, m.start())):
        m = PAST_VERB.search(words, m.end())
    return m


def past_ed(words: str) -> re.Match[str] | None:
    """The first -ed past form of `words`, passing over one that describes ("the newly
    elected mayor", "a revised plan", "the law passed last year takes effect": described.py)."""
    if "ed" not in words:
        return None  # most clauses: no scan of every word for an ending they lack
    for m in _PAST_ED.finditer(words):
        # the word before it, at most 40 characters back, not a copy of all before it
        if _DESCRIBING.search(words, max(0, m.start() - 40), m.end()) is not None:
            continue
        # "the rules adopted last week take effect", "we want to see the bridge reopened"
        if not (describes(words, m.start()) or wished(words, m.start())):
            return m
    return None


def past_form(words: str) -> bool:
    """Any past form at all, whatever else the words hold (gate.py weighs the future
    itself, without the month "May" that reads as a modal here)."""
    return past_verb(words) is not None or past_ed(words) is not None


_AFTER_END: Final = re.compile(
    r"(?<!\s[a-z])\.(?!\S)|[;:!?()\",]|\s-\s|\b(?:but|and|that|which|who|so)\b"
)
_GAP: Final = re.compile(r"[\s,]*")


# ", the majority leader said." at a sentence's end says who spoke, not when it happened.
_ATTRIBUTION: Final = re.compile(
    r"\s*,\s*(?:[a-z.'-]+\s+){1,7}?(?:said|says|told\s+[a-z]+|added|reported|announced"
    r"|confirmed|stated|wrote)\b"
    # not "On 2 February, the Secretary announced that ...": a report with its own object
    r"(?!\s+(?:that|the|a|an|its|his|her|their|plans?|new)\b)[^.;:!?]*(?:[.;:!?]|$)"
)
# the place may stand inside the bracket too (stop 59): "(Washington, D.C., March 12, 2020) – "
# ... after a release's label too (stop 63): "News Release: Washington, D.C., June 29, 2020 – "
_DATELINE_BEFORE: Final = re.compile(
    r"\s*(?:(?:news\s+|press\s+|media\s+)?release\s*:\s*)?"
    r"(?:\(\s*(?=[a-z][a-z .'-]{0,30},))?(?:[a-z][a-z .'-]{0,30}(?:,\s*|\s\(\s*)){0,2}\(?\s*"
)
_DATELINE_AFTER: Final = re.compile(r"\s*\)?\s*(?:\([^()]{1,30}\))?\s*[-:\u2013\u2014]-?\s")
_CUE_BRACKET: Final = re.compile(
    r"\b(?:clos(?:e|es|ing)|deadline|due|ends?|open(?:s|ing)?)\s*\(\s*$"
)


def dateline(text: str, start: int, end: int) -> bool:
    """ "WASHINGTON, March 12 (Reuters) - ", "April 16, 2013 -- " (a typed dash): when it was
    written; not a bracket after a time's own cue ("Entries close (Wednesday 2 December): ")."""
    return (
        start <= 40
        and _DATELINE_BEFORE.fullmatch(text, 0, start) is not None
        and _DATELINE_AFTER.match(text, end) is not None
        and not ("(" in text[:start] and _CUE_BRACKET.search(text, 0, start) is not None)
    )


def clause_after(text: str, end: int) -> str:
    """The words after a phrase, past a comma straight after it, to the next boundary or
    "that"/"which" ("On 3 March I announced that ..." -> " I announced ")."""
    if _ATTRIBUTION.match(text, end):
        return ""
    m = _GAP.match(text[end:])
    start = end + (m.end() if m else 0)
    window = text[start : start + 160]
    cut = _AFTER_END.search(window)
    return window[: cut.start()] if cut else window


_NOW_DOING: Final = re.compile(
    r"[\s,]*(?:on\s+)?(?:[a-z]+day\s+)?(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+[a-z]+"
    r"|[a-z]+\s+[0-9]{1,2}(?:st|nd|rd|th)?)?(?:,?\s*[0-9]{4})?[\s,]*(?:[a-z]+\s+){0,3}?"
    r"(?:am|are|is)\s+(?:now\s+|also\s+)?[a-z]{3,}ing\b"
)
_TODAY_BEFORE: Final = re.compile(r"\btoday[\s,]*(?:on\s+)?$")


def speaking_now(text: str, start: int, end: int, said_on: date) -> bool:
    """ "Today, on Thursday 13 September, we are publishing ...": "today" and the date
    beside it are the moment of speaking, a statement's dateline, not a deadline, when
    another time follows (said on `said_on`: dateline_times.py)."""
    today = text.startswith("today", start) or _TODAY_BEFORE.search(
        text[max(0, start - 16) : start]
    )
    if not today:
        return False
    m = _NOW_DOING.match(text, end)
    # "Today, 14 December 2017, I am publishing <a plan>." with no other time: the act of
    # the day, which falls due that day (as "I am today publishing ..." does)
    return m is not None and dateline_times.another_time(text, m.end(), said_on)


_DOCUMENT_OF: Final = re.compile(
    r"\b(?:letter|answer|reply|statement|report|decision|judgment|order|notice|announcement"
    r"|speech|e-?mail|note|circular|question|minute|memorandum)s?"
    r"(?:\s+of\s+(?:the\s+)?[^\W\d_]+)?"  # "the order of the Dáil of 2 July"
    r"\s+(?:dated|of)\s+(?:the\s+)?$"
)


def document_dated(before: str) -> bool:
    """ "my letter of 31 March", "a Written Question dated 13 January": a date on a paper."""
    return _DOCUMENT_OF.search(before) is not None


_CONDITION: Final = re.compile(
    r"(?:^\s*|\bthat\s+)(?:if|unless|in\s+the\s+event(?:\s+that)?|in\s+case"
    r"|should\s+the)\b"
)


# A main clause after the condition, with no comma between ("If the business is concluded
# to-day it is proposed that the Dáil should adjourn to 30th January"): the condition ended.
_MAIN_AFTER_CONDITION: Final = re.compile(
    r"\b(?:it\s+is\s+(?:proposed|intended|planned|hoped|expected)|then)\b"
    r"|\b(?:we|i|they)\s+(?:will|shall|would|propose|intend|plan)\b"
)


# one of these is in every match of _CONDITION (tests/core/test_deadline_perf_guards.py)
CONDITION_WORDS: Final = ("case", "event", "if", "should", "unless")


def condition(clause: str) -> bool:
    """ "If a limit is exceeded in 2008, ...": a date in the condition is no deadline."""
    if not any_in(clause, CONDITION_WORDS):
        return False  # most clauses: none of them, so no search at every position
    m = _CONDITION.search(clause)
    return m is not None and _MAIN_AFTER_CONDITION.search(clause, m.end()) is None


def deadline_word(pre: str) -> bool:
    return _DEADLINE_PRE.search(pre) is not None


def delay_size(clause: str) -> bool:
    return _DELAY.search(clause) is not None


# the last word _WEEK_COMMENCING may end on
_COMMENCING_LAST: Final = ("commencing", "beginning", "starting", "on", "w/c")


def week_commencing(before: str) -> bool:
    """ "the week commencing 8 September", "w/c 8 September": the words right before the day
    (tried where they can start: the last "week" or "w/c" of `before`, since nothing after
    either holds another; a search over all the text before each time was quadratic in a
    long paste, 1.3 of 3.4 s of 'next week and the following week and ...' at 100 kB)."""
    end = len(before)
    while end and before[end - 1].isspace():
        end -= 1
    if not before.endswith(_COMMENCING_LAST, 0, end):
        return False  # most times: no search at all
    week, short = before.rfind("week", 0, end), before.rfind("w/c", 0, end)
    return (week >= 0 and _WEEK_COMMENCING.match(before, week) is not None) or (
        short >= 0 and _WEEK_COMMENCING.match(before, short) is not None
    )


# Not "within a week of 25 December": a span of seven days counted from the day.
_WEEK_OF: Final = re.compile(r"(?<!\ba\s)(?<!\bone\s)(?<!\b1\s)\bweek\s+of\s*$")


def week_of(before: str) -> bool:
    """ "the week of June 12": the Monday-to-Sunday week that holds the day."""
    end = len(before)
    while end and before[end - 1].isspace():
        end -= 1
    if before[end - 2 : end] != "of":
        return False  # most times: not searched over all the text before them
    gap = end - 2  # the match starts at "week", right before the spaces before "of"
    while gap and before[gap - 1].isspace():
        gap -= 1
    # (searched from there: a long paste of "next week and the following week and ..." had
    # tried the pattern at every character before each time, 2.2 s of 3.4 s on 50 kB)
    return _WEEK_OF.search(before, max(0, gap - 4)) is not None


def event_gate(text: str) -> bool:
    return _EVENT_GATE.search(text) is not None


def adjective_span(text: str, end: int) -> bool:
    """ "the three-month period": a hyphenated span in front of a noun names a thing. A
    plural unit is no adjective: "will have 60-days in which to comment" is 60 days."""
    return text[end - 1 : end] not in ("s", "S") and _ADJECTIVE_SPAN.match(text, end) is not None


def strong_earliest(pre: str) -> bool:
    return _STRONG_EARLIEST.search(pre) is not None


# the stops governing.reading ends its sentence at (not after "Mr.", "Dr.", "St.", "No."),
# written as stops.py writes its scans: the character first, then what holds behind it, so
# that re jumps from one possible stop to the next (stop 54: with the look-behinds first,
# every character of the two windows was tried against each of them)
_READER_STOP: Final = re.compile(
    r"[.;!?](?:(?<=\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bdr\.)(?<!\bst\.)(?<!\bno\.)"
    r"(?<![a-z]\.[a-z]\.)(?=\s|$)|(?<!\.))"
)
# how far the reader looks either side of the time for its sentence's ends (stop 53, fix12):
# the reader runs once for each time phrase the parser weighs, so a sentence with no stop
# read whole each time made a long unpunctuated paste quadratic (100 kB: 15 s of CPU,
# compiled; the tokens, the clause and finite_verb's scan each ran over all of it). No
# labelled sentence is half as long, so no reading of one changes. Halved at stop 54 (2,000
# before): stop 53's present-verb rule reads every date gone this year of a long text, each
# with its window of tokens (a 100 kB paste with no stop: 3.3 s compiled); the readings of
# every seen case are the same with 300.
READER_REACH: Final = 1000


def reading_sentence(low: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding low[start:end] as governing.reading reads it, at
    most `READER_REACH` characters either side of it, cut at a space so that no word is
    split."""
    lo = 0
    for stop in _READER_STOP.finditer(low, max(0, start - 400), start):
        lo = stop.end()
    if lo < start - READER_REACH:
        lo = low.find(" ", start - READER_REACH, start) + 1 or start - READER_REACH
    after = _READER_STOP.search(low, end, end + READER_REACH)
    if after is not None:
        return lo, after.start()
    if len(low) <= end + READER_REACH:
        return lo, len(low)
    cut = low.rfind(" ", end, end + READER_REACH)
    return lo, (cut if cut >= 0 else end + READER_REACH)
