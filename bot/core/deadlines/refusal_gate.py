"""A learned refusal gate over the clause reading of the chosen time (issue 12, stop 65).

Hand rules for "a date given where the label has none" had grown one phrase at a time. This
module reads the clause of the time the parser chose with a few general, cheap features and
a logistic regression trained on the development sets' labels (bench/refusal_train.py writes
refusal_weights.py; tests/core/test_deadline_refusal_gate.py checks the shipped weights are
its output). `features` is the reading, `no_date_odds` the model's log-odds that the label
wants no date, `refuses` the gate at the threshold chosen by leave-one-set-out
cross-validation over the fresh sets.

The features name grammar, never the sentence's words: clause_reading's fields (tense, modal,
condition, question, a possibility or a belief, the role of the time), the class of the
governing verb (an act undertaken, a state or measure, saying or wishing, a plan), the kind
of its subject (the speaker, another person, a body, a thing, none), the time's own form
(its precision, vague or not, "today" or a part of this day, a year or period name, the word
before it), its place in the sentence, quote marks, brackets, a "that" after a past verb of
saying, an "if"/"unless"/"whether"; since stop 66 the present of a standing rule
(refusal_cues.py: a present passive, "can be", a class as the subject of a present verb).

Hard limits the model never overrides (`_kept`, stop 65, second pass; the conventions'
readings, and the trainer leaves these cases out): a time named as a noun ("set a deadline
of Monday", "a liftoff time of 7:05", round 5), a start or change "from" the time (CONVENTIONS
3.1a, 3.2: the parser has already told them apart), an agent's undertaking reported with an
active "would" ("I said we would act immediately", round 27a: a future told from a past
report keeps its date), a named actor's "may"/"can" ("Farmers may enrol in the 2027 scheme":
permission keeps its time; a pronoun's "may" is a possibility, stop 59).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from datetime import datetime, timedelta
from typing import Final

from bot.core.deadlines import clause_reading, clauses, reader_words, refusal_cues
from bot.core.deadlines.clause_bounds import MODALS, clause
from bot.core.deadlines.governing import lowered
from bot.core.deadlines.model import Deadline, Refusal
from bot.core.deadlines.refusal_weights import BIAS, THRESHOLD, WEIGHTS

# the names of the features, in the order `features` gives them (the weights' order)
NAMES: Final = (
    "tense_past",
    "tense_perfect",
    "tense_future",
    "tense_imperative",
    "tense_present",
    "modal_commit",
    "modal_would",
    "modal_possible",
    "modal_should",
    "conditional",
    "question",
    "possible",
    "believed",
    "role_length",
    "role_topic",
    "verb_act",
    "verb_state",
    "verb_say",
    "verb_plan",
    "verb_none",
    "subject_speaker",
    "subject_person",
    "subject_body",
    "subject_none",
    "precise_time",
    "precise_day",
    "precise_month",
    "precise_year",
    "vague",
    "today",
    "same_day",
    "year_name",
    "pre_deadline",
    "pre_period",
    "pre_on",
    "fronted",
    "late_in_text",
    "quoted",
    "in_quotes",
    "said_that",
    "condition_word",
    "bracketed",
    "past_verb_near",
    *refusal_cues.NAMES,
)

# verb classes: a short closed list of lemmas and their common forms
_ACT: Final = frozenset(
    "publish publishes published publishing introduce introduces introduced introducing"
    " deliver delivers delivering complete completes completing bring brings bringing make"
    " makes making lay lays laying present presents presenting provide provides providing"
    " submit submits submitting table tables tabling respond responds responding write"
    " writes writing return returns returning send sends sending issue issues issuing"
    " implement implements implementing launch launches launching release releases"
    " releasing pay pays paying finish finishes finishing build builds building set sets"
    " setting put puts putting give gives giving come comes coming move moves moving"
    " report reports reporting decide decides deciding consider considers considering"
    " update updates updating review reviews reviewing close closes closing delivered"
    " completed brought made laid presented provided submitted tabled written returned sent"
    " issued implemented launched released paid finished built given moved reported decided"
    " considered updated reviewed closed introduced".split()
)
_STATE: Final = frozenset(
    "be is are am was were been being last lasts lasted lasting take takes took taking"
    " remain remains remained remaining run runs ran running cover covers covered covering"
    " continue continues continued continuing begin begins began beginning start starts"
    " started starting end ends ended ending sit sits sat sitting meet meets met meeting"
    " open opens opened opening expire expires expired apply applies applied".split()
)
_SAY: Final = frozenset(
    "say says said saying believe believes believed think thinks thought hope hopes hoped"
    " hoping expect expects expected expecting want wants wanted wish wishes wished ask asks"
    " asked asking urge urges urged call calls called announce announces announced tell"
    " tells told suggest suggests suggested know knows knew understand understands"
    " understood welcome welcomes welcomed note notes noted agree agrees agreed".split()
)
_PLAN: Final = frozenset(
    "plan plans planned intend intends intended aim aims aimed propose proposes proposed"
    " schedule schedules scheduled".split()
)
_AUX: Final = frozenset(
    "be is are am was were been being have has had going to do does did".split()
)
_COMMIT_MODALS: Final = frozenset(("will", "shall", "must", "'ll"))
_POSSIBLE_MODALS: Final = frozenset(("could", "may", "might", "can"))
_SPEAKER: Final = frozenset(("i", "we"))
_PERSON: Final = frozenset(("he", "she", "they", "you", "who"))
_BODY: Final = frozenset(
    "government house committee minister ministry secretary department council board"
    " commission parliament assembly senate agency office cabinet party company authority"
    " executive chancellor leader speaker chair chairman president premier member members"
    " officials union court trust service".split()
)
_SKIP: Final = MODALS | frozenset(
    "not also then still now soon never already just only certainly definitely have has had"
    " be been".split()
)
_DEADLINE_PRE: Final = re.compile(
    r"\b(?:by|until|till|before|within|no\s+later\s+than|not\s+later\s+than|deadline\s+of)\s*$"
)
_DEADLINE_HEAD: Final = re.compile(r"(?:by|until|till|before|within|no\s+later\s+than)\b")
_PERIOD_PRE: Final = re.compile(
    r"\b(?:for|during|over|throughout|in|of|since|from|through)\s+(?:the\s+)?$"
)
_ON_PRE: Final = re.compile(r"\b(?:on|at)\s+$")
_TODAY: Final = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b")
_YEAR_NAME: Final = re.compile(r"^(?:(?:the|in|of|for)\s+)?(?:fy\s*)?\d{4}(?:[-/]\d{2,4})?$")
_SAID_THAT: Final = re.compile(
    r"\b(?:said|announced|stated|confirmed|told\s+\w+|declared|indicated|reported|revealed"
    r"|explained|added|noted)\s+(?:that|it|he|she|they|we|the)\b"
)
_PAST_VERB: Final = re.compile(r"\b(?:was|were|had|did|said|announced|took|began|held)\b")
_CONDITION: Final = re.compile(r"\b(?:if|unless|whether)\b")
_QUOTES: Final = '"\u201c\u201d'
_NOUN_DEADLINE: Final = re.compile(r"\b(?:deadline|time|date)s?\s+(?:of|for)\s+(?:the\s+)?$")
_FROM: Final = re.compile(r"\bfrom\s+(?:the\s+)?$")
_KEPT_HEAD: Final = re.compile(r"(?:from|(?:deadline|time|date)s?\s+(?:of|for))\b")
_ADVERBS: Final = frozenset(
    "not also then still now soon never already just only certainly definitely immediately"
    " probably well".split()
)
_PRONOUNS: Final = frozenset("i we you he she it they who which that this there".split())


def _class_of(word: str) -> int:
    """The index of a word's verb class among act, state, say, plan; -1 for none of them."""
    if word in _ACT:
        return 0
    if word in _SAY:
        return 2
    if word in _PLAN:
        return 3
    if word in _STATE or word in MODALS:
        return 1
    return -1


def _finite_at(words: reader_words.Words, lo: int, hi: int, first: int, verb: str) -> int:
    """The index of the governing finite verb `verb` in the clause words[lo:hi], the one
    nearest the time's first word `first`; -1 when it is not there."""
    before = next((k for k in range(first - 1, lo - 1, -1) if words[k][0] == verb), -1)
    after = next((k for k in range(first, hi) if words[k][0] == verb), -1)
    if before < 0 or (after >= 0 and after - first < first - before):
        return after
    return before


def _verb_class(
    words: reader_words.Words, at: int, time: tuple[int, int], hi: int, verb: str
) -> int:
    """The class of the verb group governing the time: of the finite verb `verb` (at `at`)
    when it is a lexical verb, else of the first word after it in its clause (words[:hi]),
    its auxiliaries, adverbs and the time's own words (`time`) passed over; 4 when no verb
    governs the time."""
    if not verb:
        return 4
    if at < 0 or (verb not in _AUX and verb not in MODALS):
        return _class_of(verb)
    k = at + 1
    while k < min(hi, at + 10):
        if time[0] <= k <= time[1]:
            k = time[1] + 1
            continue
        if words[k][0] not in _SKIP and words[k][0] not in _AUX:
            return _class_of(words[k][0])
        k += 1
    return _class_of(verb)


def _subject(words: reader_words.Words, lo: int, at: int) -> int:
    """The kind of the clause's subject: speaker 0, person 1, body 2, none 3, a thing -1:
    the word before the finite verb at `at` (adverbs passed over); none when the verb is not
    found before the time."""
    if at < 0:
        return 3
    k = at - 1
    while k >= lo and words[k][0] in _SKIP:
        k -= 1
    if k < lo:
        return 3
    word = words[k][0]
    if word in _SPEAKER:
        return 0
    if word in _PERSON:
        return 1
    if word in _BODY or word.rstrip("s") in _BODY:
        return 2
    return -1


def features(text: str, deadline: Deadline, reference: datetime) -> list[float] | None:
    """The gate's features of the time `deadline` read in `text` (see `NAMES`); None when
    the phrase is not found as one stretch of the text (put together from parts)."""
    found = reading(text, deadline, reference)
    return found[0] if found is not None else None


def reading(text: str, deadline: Deadline, reference: datetime) -> tuple[list[float], bool] | None:
    """The gate's features of the time `deadline` read in `text` and whether a convention
    keeps the date whatever the model says (`_kept`); None as for `features`."""
    low = lowered(text)
    matched = deadline.matched.lower()
    start = low.find(matched)
    if start < 0 or not matched:
        return None
    end = start + len(matched)
    found = clause_reading.read(text, start, end)
    lo, hi = clauses.reading_sentence(low, start, end)
    words = reader_words.tokens(low, lo, hi)
    first = bisect_left(words, start, key=lambda w: w[1])
    last = bisect_left(words, end, key=lambda w: w[1]) - 1
    c_lo, c_hi = clause(words, first, last) if first <= last else (first, first)
    values = [0.0] * (len(NAMES) - len(refusal_cues.NAMES))
    tense = (
        ("past", "perfect", "future", "imperative", "present").index(found.tense)
        if (found.tense != "none")
        else -1
    )
    if tense >= 0:
        values[tense] = 1.0
    modal = found.modal
    if modal in _COMMIT_MODALS:
        values[5] = 1.0
    elif modal == "would":
        values[6] = 1.0
    elif modal in _POSSIBLE_MODALS:
        values[7] = 1.0
    elif modal == "should":
        values[8] = 1.0
    values[9] = float(found.conditional)
    values[10] = float(found.question)
    values[11] = float(found.possible)
    values[12] = float(found.believed)
    values[13] = float(found.role == "length")
    values[14] = float(found.role == "topic")
    at = _finite_at(words, c_lo, c_hi, first, found.verb) if found.verb else -1
    verb = _verb_class(words, at, (first, last), c_hi, found.verb)
    if verb >= 0:
        values[15 + verb] = 1.0
    subject = _subject(words, c_lo, at)
    if subject >= 0:
        values[20 + subject] = 1.0
    precision = deadline.precision
    values[24] = float(precision in ("minute", "hour"))
    values[25] = float(precision == "day")
    values[26] = float(precision in ("week", "month", "quarter"))
    values[27] = float(precision == "year")
    values[28] = float(deadline.vague)
    values[29] = float(_TODAY.search(matched) is not None)
    values[30] = float(deadline.due - reference.astimezone(deadline.due.tzinfo) < _DAY)
    values[31] = float(_YEAR_NAME.match(matched.strip()) is not None)
    before = low[max(0, start - 24) : start]
    head = low[start : start + 24]
    values[32] = float(
        _DEADLINE_PRE.search(before) is not None or _DEADLINE_HEAD.match(head) is not None
    )
    values[33] = float(_PERIOD_PRE.search(before) is not None or head.startswith(("in ", "for ")))
    values[34] = float(_ON_PRE.search(before) is not None or head.startswith(("on ", "at ")))
    values[35] = float(first <= c_lo + 1)
    values[36] = start / max(1, len(low))
    quotes = sum(low.count(q) for q in _QUOTES)
    values[37] = float(quotes > 0)
    values[38] = float(sum(low.count(q, 0, start) for q in _QUOTES) % 2 == 1)
    sentence_before = low[lo:start]
    values[39] = float(_SAID_THAT.search(sentence_before) is not None)
    values[40] = float(_CONDITION.search(low, lo, hi) is not None)
    values[41] = float(low.rfind("(", lo, start) > low.rfind(")", lo, start))
    values[42] = float(_PAST_VERB.search(low, lo, hi) is not None)
    values += refusal_cues.read(words, c_lo, first, (at, found.verb, found.tense, modal))
    return values, _kept(low, start, words[c_lo:first], found.modal, values[39] > 0)


_DAY: Final = timedelta(days=1)


def no_date_odds(values: list[float]) -> float:
    """The model's log-odds that the label wants no date for a reading with `values`."""
    total = BIAS
    for weight, value in zip(WEIGHTS, values, strict=True):
        total += weight * value
    return total


def no_date_probability(values: list[float]) -> float:
    """The model's probability that the label wants no date (the logistic of the odds)."""
    odds = no_date_odds(values)
    return 1.0 / (1.0 + math.exp(-odds)) if odds > -700 else 0.0


def _kept(low: str, start: int, before: list[tuple[str, int]], modal: str, said_that: bool) -> bool:
    """Whether a convention keeps the date whatever the model says (see the module
    docstring): a time named as a noun ("a deadline of"), a start or change "from" the
    time, a future reported ("said that she would make a statement"), a named actor's
    permission ("Farmers may enrol")."""
    ahead = low[max(0, start - 24) : start]
    if _NOUN_DEADLINE.search(ahead) or _FROM.search(ahead) or _KEPT_HEAD.match(low, start):
        return True
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k][0] == modal), -1)
    if at < 0:
        return False
    subject = next((w for w, _ in reversed(before[:at]) if w not in _ADVERBS), "")
    if modal == "would" and said_that:  # an agent's undertaking reported, active
        following = next((w for w, _ in before[at + 1 :] if w not in _ADVERBS), "")
        agent = subject in _SPEAKER or subject in _PERSON or subject.rstrip("s") in _BODY
        return agent and following not in _AUX and following not in _SKIP
    return modal in ("may", "can") and subject.isalpha() and subject not in _PRONOUNS


def refuses(text: str, deadline: Deadline, reference: datetime) -> bool:
    """Whether the gate refuses the date `deadline` read in `text`: no convention keeps it
    (`_kept`) and the model's probability of no date is above the cross-validated
    `THRESHOLD`."""
    found = reading(text, deadline, reference)
    return found is not None and not found[1] and no_date_probability(found[0]) > THRESHOLD


def refusal(text: str, deadline: Deadline, reference: datetime) -> Refusal:
    """The refusal the gate gives for `deadline`: "past" when the governing verb is past or
    perfect (a past or reported event), else "no_act" (a time that dates no act undertaken)."""
    values = features(text, deadline, reference)
    past = values is not None and (values[0] > 0 or values[1] > 0)
    return Refusal(
        kind="past" if past else "no_act",
        words=deadline.matched,
        reason="the clause reads as no undertaking (learned refusal gate, stop 65)",
    )
