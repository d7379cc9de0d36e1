"""Which verb governs a time phrase, and what that verb says (issue 12, round 28a).

One reader instead of one rule per sentence shape. For the chosen time phrase it finds the
clause that holds it (bounded by the sentence's stops, by subordinators such as "that",
"which", "who", "when", "because", "if", and by "and"/"but"/"or" before a new finite
verb; brackets are blanked, and a ", which ... ," aside between a subject and its verb is
passed over), then the finite verb group of that clause, and tells its tense and mood:

- `PAST`: a past told as done ("The valley received enough rain in May to ...", "Today,
  Director Jane Roe, OBE, announced ...", "storms that swept through on May 22");
- `PERFECT`: "has today published", "have been";
- `FUTURE`: a modal, a plan or an obligation ("will reopen on Friday", "is to", "was due
  to", "has to"), and a past subjunctive ("if it were");
- `IMPERATIVE`: a clause that opens on a bare verb of instruction ("Submit ... by");
- `PRESENT`: "is", "are", "covers", "marks", a timetable told in the present;
- `NONE`: no finite verb at all (a heading, a caption, a list item).

The finite verb is the clause's first auxiliary, modal or verb after a pronoun ("strong");
failing one, its first past form ("weak": "received", "met", which may also be a
participle: "Applications received by 5 March will be considered" is governed by "will").
A time after an infinitive that follows the finite verb ("voted to close the road on
Friday") is the infinitive's: a plan. A time right before a noun ("the June 1 target
elevations", "the 2019 season") names that noun, and the noun's clause's verb governs it.
A time right after the past verb of a relative clause on a noun ("will continue the
programme the council agreed this morning") is that verb's (object_relatives.py, stop 42).

past_verdict.py turns the reading into one decision for second_looks.py (round 28a).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Final

from bot.core.deadlines import (
    clauses,
    fronted_present,
    object_relatives,
    reader_words,
    subject_time,
)
from bot.core.deadlines.clause_bounds import COORDINATORS as _COORDINATORS
from bot.core.deadlines.clause_bounds import MODALS as _MODALS
from bot.core.deadlines.clause_bounds import SUBORDINATORS as _SUBORDINATORS
from bot.core.deadlines.clause_bounds import Index, clause
from bot.core.deadlines.clause_bounds import ed as _ed
from bot.core.deadlines.clause_bounds import past as _past
from bot.core.deadlines.clause_bounds import strong as _strong
from bot.core.deadlines.described import describes, wished
from bot.core.deadlines.reader_words import ADVERBS as _ADVERBS
from bot.core.deadlines.reader_words import TOKEN as _TOKEN
from bot.core.deadlines.subject_verbs import base_after_subject as _base
from bot.core.deadlines.verb_forms import (
    IMPERATIVES,
    PAST_EITHER,
    PAST_ONLY,
    PLURAL_PRESENT,
    PRESENT_VERBS,
    SHIFTED,
)
from bot.core.deadlines.words import (
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    NOT_INFINITIVE,
    NOT_NOUN,
    SAID_DONE,
)

PAST: Final = "past"
PERFECT: Final = "perfect"
FUTURE: Final = "future"
IMPERATIVE: Final = "imperative"
PRESENT: Final = "present"
NONE: Final = "none"

_PLAN_AFTER_BE: Final = frozenset(
    "to due expected scheduled set going planned supposed meant likely hoped intended"
    " slated".split()
)
# "It was fixed for the 18th" (stop 58): a time arranged ahead, only with "for" ("The hearing
# was fixed on Friday" tells when the fixing was done)
_SET_FOR: Final = frozenset("fixed arranged timetabled".split())
_PLAN_VERBS: Final = frozenset(
    "plans plan intends intend aims aim expects expect hopes hope wants want needs need".split()
)
_BE_PRESENT: Final = frozenset(("is", "are", "am", "remains", "remain"))
PRONOUNS: Final = frozenset("i we he she they it you who that which".split())
# what "has"/"have" makes a perfect with: "made", "told", "had" (words.IRREGULAR_PARTICIPLES)
_PERFECT_AFTER_HAVE = PAST_EITHER | PAST_ONLY | IRREGULAR_PARTICIPLES
# the verbs of telling (words.SAID_DONE) and those of reporting a statement
_SPEECH: Final = frozenset(SAID_DONE.split("|")) | frozenset(
    "told reported wrote noted added explained indicated signalled signaled".split()
)
# acts that fix a time for something: the time they fix is ahead, though the act is done
_SETTING: Final = frozenset("set fixed scheduled rescheduled named chose picked slated".split())


def _offset(word: tuple[str, int]) -> int:
    return word[1]


def _after_be(words: list[tuple[str, int]], i: int) -> str:
    """The word after a form of "be" or "have", past any adverbs."""
    for word, _ in words[i + 1 : i + 4]:
        if word not in _ADVERBS:
            return word
    return ""


def _tense_of(words: list[tuple[str, int]], i: int) -> str:
    """The tense and mood of the verb group at word `i` (a finite form)."""
    word = words[i][0]
    prev = words[i - 1][0] if i > 0 else ""
    nxt = _after_be(words, i)
    if word in _MODALS or word == "may" or word.endswith("'ll"):
        return FUTURE
    if nxt == "been" and word in ("was", "were", "has", "have", "had"):
        after = _after_be(words, i + 1)  # "had been scheduled for", "has been set to"
        if after in _PLAN_AFTER_BE or after in SHIFTED:
            return FUTURE
        return PAST if word == "had" else PERFECT
    if word in ("was", "were"):
        if word == "were" and prev in ("if", "it", "as", "though"):
            return FUTURE  # "if it were", "as though it were": no act told as done
        if nxt in _SET_FOR:
            at = next((k for k in range(i + 1, min(i + 4, len(words))) if words[k][0] == nxt), i)
            return FUTURE if _after_be(words, at) == "for" else PAST
        return FUTURE if nxt in _PLAN_AFTER_BE else PAST
    if word in ("has", "have"):
        if nxt == "to":
            return FUTURE
        return PERFECT if nxt == "been" or _ed(nxt) or nxt in _PERFECT_AFTER_HAVE else PRESENT
    if word in _BE_PRESENT:
        return FUTURE if nxt in _PLAN_AFTER_BE else PRESENT
    if word in _PLAN_VERBS and nxt == "to":
        return FUTURE
    if word in ("does", "do") or word in PRESENT_VERBS or word in PLURAL_PRESENT:
        return PRESENT
    if (
        word not in PAST_ONLY
        and word not in PAST_EITHER
        and word not in ("had", "did")  # "and I had a meeting": no base form (stop 59)
        and _base(prev, word, _ADVERBS)
    ):
        return PRESENT  # "Today we boost our ability ...": a base form after its subject
    return PAST  # "had", "did", a past form


def finite_verb(
    words: list[tuple[str, int]],
    lo: int,
    hi: int,
    skip: tuple[int, int],
    fronted: bool,
    low: str = "",
    cased: str = "",
    index: Index | None = None,
) -> int:
    """The index of the clause's finite verb (-1 when none): its first strong form, else
    its first past form (after the time only when the time is fronted); words in `skip`
    (the time phrase), ", which ... ," asides and, given the text `low` the words are cut
    from, the participles that describe a noun ("the rules adopted last week take effect",
    described.py) are passed over, and so, given the text as written (`cased`), is a "May"
    that ends a name. Given the window's `index`, only the words `_may_act` are weighed."""
    weak = -1
    i = lo
    while i < hi:
        if index is not None and (i := index.next(index.verbs, i, hi)) >= hi:
            break
        word = words[i][0]
        if skip[0] <= i <= skip[1]:
            i += 1
            continue
        if word == "," and i + 1 < hi and words[i + 1][0] in _SUBORDINATORS:
            i = next((j for j in range(i + 2, hi) if words[j][0] == ","), hi)
            continue
        prev = words[i - 1][0] if i > lo else ""
        if word == "may" and _named_may(words, i, lo, cased):
            i += 1  # "Prime Minister Theresa May spoke": a name (stop 59)
            continue
        if word == "may" and (prev in PRONOUNS or (i + 1 < hi and words[i + 1][0].isalpha())):
            return i  # the modal, not the month
        if _strong(word) or (word in _PLAN_VERBS and i + 1 < hi and words[i + 1][0] == "to"):
            return i
        if (
            prev in PRONOUNS
            and _clause_head(words, i - 1, lo, skip)
            and (
                word in PRESENT_VERBS
                or _ed(word)
                or word in PAST_EITHER
                or (fronted and _base(prev, word, _ADVERBS))
            )
        ):
            return i  # "we met", "it covers", "Today we boost" (not "the names we received go")
        if (
            weak < 0
            and (i < skip[0] or fronted)
            and prev not in DETERMINERS
            and prev not in ("to", "be", "been", "being")
            and not prev.endswith("'s")
            # "the newly elected mayor", "the names we received go on"
            and not (prev.endswith("ly") and i > 1 and words[i - 2][0] in DETERMINERS)
            and not (prev in PRONOUNS and not _clause_head(words, i - 1, lo, skip))
            and not (
                low
                and word.endswith("ed")
                # "we want the bridge reopened on": the state wished for (described.py)
                and (describes(low, words[i][1]) or wished(low, words[i][1]))
            )
            and (_past(word) or word in PRESENT_VERBS or (word in PLURAL_PRESENT and _plural(prev)))
        ):
            weak = i
        i += 1
    return weak


def _may_act(words: list[tuple[str, int]], i: int) -> bool:
    """Word `i` of a text's words may be what finite_verb stops at, takes as its weak form
    or passes an aside from, in any window of them: all other words it passes over."""
    word = words[i][0]
    return (
        (word == "," and i + 1 < len(words) and words[i + 1][0] in _SUBORDINATORS)
        or word == "may"
        or _strong(word)
        or word in _PLAN_VERBS
        or (i > 0 and words[i - 1][0] in PRONOUNS)
        or _past(word)
        or word in PRESENT_VERBS
        or word in PLURAL_PRESENT
    )


def _named_may(words: list[tuple[str, int]], i: int, lo: int, cased: str) -> bool:
    """Word `i`, "may", is written "May" right after a capitalised word inside its clause:
    the end of a name ("Theresa May"), never the modal, which is written lower case there
    (all-capital text tells nothing)."""
    return (
        i > lo
        and capital(cased, words[i][1])
        and capital(cased, words[i - 1][1])
        and not cased.isupper()
    )


def capital(cased: str, at: int) -> bool:
    """The word at `at` is capitalised in the text as written (lower() may lengthen a text
    written in other scripts, so an offset past its end tells nothing)."""
    return at < len(cased) and cased[at].isupper()


def _plural(word: str) -> bool:
    """A plural noun, as far as its ending tells ("applications", "entries")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _past_relative(words: list[tuple[str, int]], at: int) -> int:
    """The main verb after a relative clause at word `at` with no comma to close it:
    "residents who signed the petition can collect" (a modal or an auxiliary past the
    relative's own first verb, before any comma); -1 when none."""
    if at + 1 >= len(words) or words[at][0] not in ("who", "that", "which"):
        return -1
    verb = words[at + 1][0]
    if not (_strong(verb) or _past(verb)):
        return -1  # "which several of you have been asking about": no verb of its own next
    for j in range(at + 2, len(words)):
        if words[j][0] == ",":
            return -1
        if _strong(words[j][0]):
            return j
    return -1


def _clause_head(words: list[tuple[str, int]], i: int, lo: int, skip: tuple[int, int]) -> bool:
    """Word `i` (a pronoun) opens its clause: at its start, after a comma, a linking word
    or the time; not after a noun ("the names we received", a relative without "that")."""
    if i <= lo or skip[0] <= i - 1 <= skip[1]:
        return True
    before = words[i - 1][0]
    return (
        before in (",", ";", ":")
        or before in _SUBORDINATORS
        or before in _COORDINATORS
        or before in _FRONT
        or before in _ADVERBS
    )


# words that may stand before a fronted time in its clause ("Towards the end, at nearly")
_FRONT: Final = frozenset(
    "on in at during by from towards toward the end of early late mid since after before"
    " around about nearly approximately , then later earlier"
    # "Also on Saturday, the minister quit" (stop 59)
    " also meanwhile".split()
)
_DAY_WORDS: Final = frozenset(("today", "yesterday", "tonight", "earlier today"))
_PLAN_WORDS: Final = frozenset(
    "planned scheduled expected due slated proposed intended set deadline deadlines"
    " target targets".split()
)


# prepositions that open a phrase set before the clause's subject ("In a second intervention
# in the European Parliament today, President Juncker said", "Following their meeting this
# morning at the Commission headquarters, the presidents announced")
_OPENERS: Final = frozenset("in at during following after with on".split())


def _opening_phrase(
    words: list[tuple[str, int]], c_lo: int, first: int, last: int, c_hi: int
) -> bool:
    """The time lies in a phrase that opens its clause on a preposition and ends at a comma
    within a few words after the time, with no finite verb of its own: the verb after the
    comma governs the time as it governs a time fronted alone (stop 59)."""
    if c_lo >= first or words[c_lo][0] not in _OPENERS:
        return False
    comma = next((k for k in range(last + 1, min(c_hi, last + 8)) if words[k][0] == ","), -1)
    if comma < 0:
        return False
    return not any(
        _strong(w) or w in PAST_ONLY
        for k, (w, _) in enumerate(words[c_lo:comma], c_lo)
        if not first <= k <= last
    )


class Reading:
    """What `reading` found: the tense of the governing verb, the verb, and whether a
    plan (an infinitive or a plan word) stands between it and the time, the time is
    fronted, or the clause hangs on a future one."""

    __slots__ = (
        "fronted",
        "plan",
        "reported",
        "subject",
        "tense",
        "under_future",
        "verb",
        "pluperfect",
    )

    def __init__(
        self,
        tense: str,
        verb: str,
        plan: bool,
        fronted: bool,
        under: bool,
        reported: bool = False,
        subject: bool = False,
        pluperfect: bool = False,
    ) -> None:
        self.tense = tense
        self.verb = verb
        self.plan = plan
        self.fronted = fronted
        self.under_future = under
        self.reported = reported  # the verb is that of a clause reported after one of saying
        self.subject = subject  # the time lies in the subject of the verb after it
        # "had passed", "had been completed": an act done before a past moment (fix12, s53)
        self.pluperfect = pluperfect


def _reported_verb(words: list[tuple[str, int]], said: int, first: int) -> int:
    """The finite verb of a clause reported without "that" after a verb of saying, before
    the time ("ministers confirmed the hearings start on 9 December", "said the office
    will reopen on"): that clause's verb governs the time, not the saying. `said` when
    there is none (an object: "announced the closure of the park on")."""
    for k in range(said + 2, first):  # a subject of at least one word first
        word, prev = words[k][0], words[k - 1][0]
        if word in (",", ";", ":"):
            return said
        if prev in DETERMINERS or prev == "to":
            continue
        if (
            word in _MODALS
            or word in _BE_PRESENT
            or (word in PRESENT_VERBS and word not in ("has", "does", "says"))
            or (word in PLURAL_PRESENT and _plural(prev))
            or (_next_to_time(words, k, first) and _present_form(word, prev))
        ):
            return k
    return said


_REPORTED_S: Final = frozenset(
    "reopens finishes resumes expires concludes launches arrives departs completes".split()
)
_TIME_PREPS: Final = frozenset("on by at in from until till before after".split())


def _next_to_time(words: list[tuple[str, int]], k: int, first: int) -> bool:
    """Word `k` stands right before the time or its preposition ("reopens on")."""
    return k == first - 1 or (k == first - 2 and words[first - 1][0] in _TIME_PREPS)


def _present_form(word: str, prev: str) -> bool:
    """A present after its subject: "the canteen reopens", "the roadworks finish" (not
    after a possessive or a preposition: "the government's plans", "results from trials")."""
    if not word.isalpha() or prev.endswith("'s") or prev in NOT_NOUN:
        return False
    if word in NOT_NOUN or word in PAST_ONLY:
        return False
    if word in _REPORTED_S:
        return True  # a closed list: an open "-s" takes nouns ("announced the results on")
    return _plural(prev) and not (_ed(word) or word.endswith(("s", "ing", "ly")))


@lru_cache(maxsize=1)  # the text being read: never a hit from an earlier call
def lowered(text: str) -> str:
    """`text` in lower case, made once for the many readings of one text."""
    return text.lower()


_TO_NOUN: Final = frozenset(NOT_INFINITIVE.split("|"))


def _plan_between(words: list[tuple[str, int]], text: str, verb: int, first: int) -> bool:
    """Whether a word between the verb and the time makes it a plan: "voted to close the road
    on", "It was agreed the office would reopen on", "promised the report comes out at"."""
    for k in range(verb + 1, first):
        word = words[k][0]
        nxt = words[k + 1][0] if k + 1 < len(words) else ""
        if word in _PLAN_WORDS or (
            word == "to"
            and nxt.isalpha()
            and nxt not in DETERMINERS
            and nxt not in _TO_NOUN  # "affected access to some of our services on" (stop 62)
            # "travelled to Skopje this week": a place, no infinitive (stop 59)
            and not (capital(text, words[k + 1][1]) and not text.isupper())
        ):
            return True  # "voted to close the road on", "to be held on", "planned for"
        if word in _MODALS:
            return True  # "It was agreed the office would reopen on": a reported future
        if word in PRESENT_VERBS or (word.endswith("ing") and words[k - 1][0] in (",", "and")):
            return True  # "promised the report comes out at", "launched it, paying out on"
    return False


def _under_future(words: list[tuple[str, int]], c_lo: int) -> bool:
    """Whether the clause hangs on a subordinator after a future verb: "will ... when"."""
    return (
        c_lo > 0
        and words[c_lo - 1][0] in _SUBORDINATORS
        and any(
            _strong(w) and _tense_of(words, k) == FUTURE
            for k, (w, _) in enumerate(words[: c_lo - 1])
        )
    )


@lru_cache(maxsize=64)  # a time is weighed by several rules of one text (gate, past_reading)
def reading(text: str, start: int, end: int) -> Reading:
    """The verb governing text[start:end] (see `Reading`)."""
    low = lowered(text)
    lo, hi = clauses.reading_sentence(low, start, end)
    words, base = reader_words.window(low, lo, hi)
    index = None if base < 0 else Index(low, base, _may_act)  # a long text (clause_bounds)
    # the words of the time: offsets rise, so two bisections find them (not a pass over the
    # window's hundreds of words for each phrase, stop 61)
    first = bisect_left(words, start, key=_offset)
    last = bisect_left(words, end, key=_offset) - 1
    if first > last:
        return Reading(NONE, "", False, False, False)
    c_lo, c_hi = clause(words, first, last, index)
    fronted = all(w in _FRONT for w, _ in words[c_lo:first]) or _opening_phrase(
        words, c_lo, first, last, c_hi
    )
    # the clause's first word, past a fronted time: "Submit by ...", "Today, get ..."
    head = c_lo if c_lo != first else last + 1 + (last + 1 < c_hi and words[last + 1][0] == ",")
    if head < c_hi and words[head][0] in IMPERATIVES:
        return Reading(IMPERATIVE, words[head][0], False, False, False)
    verb = finite_verb(words, c_lo, c_hi, (first, last), fronted, low, text, index)
    present = fronted_present.verb_at(words, head, c_hi) if fronted and first < head else -1
    if present >= 0 and not 0 <= verb < present:
        verb = present  # "Today, the Council adopts its position ...": fronted_present.py
    subject = False
    if verb < 0 and not fronted:  # "The Presidium at its meeting on 23 April adopted"
        after = finite_verb(words, c_lo, c_hi, (first, last), True, low, text, index)
        if subject := subject_time.in_subject(words, last, after):
            verb, fronted = after, True
    if verb < 0 and fronted:
        verb = _past_relative(words, c_hi)  # "Today, residents who signed ... can collect"
    if (
        verb > last
        and words[verb][0] in _SPEECH
        and verb == c_hi - 1
        # not "..., President Juncker said that ...": a saying that goes on (stop 59)
        and (c_hi >= len(words) or words[c_hi][0] != "that")
    ):
        # "On 2 December, the Minister and her deputy sign the accord, officials said."
        comma = max((k for k in range(last + 1, verb) if words[k][0] == ","), default=-1)
        if comma > last:
            verb = finite_verb(words, c_lo, comma, (first, last), fronted, low, text, index)
    if verb < 0:
        return Reading(NONE, "", False, fronted, False)
    relative = object_relatives.relative_verb(words, first, _past) if verb < first else -1
    if verb <= relative:  # "will continue the programme the council agreed this morning"
        verb = relative
    if verb < first and words[verb][0] in _SPEECH:
        verb = _reported_verb(words, verb, first)  # "confirmed the hearings start on"
    plan = (
        verb > last and not fronted and low[start:end].strip() not in _DAY_WORDS
    ) or _plan_between(words, text, verb, first)
    under = verb != relative and _under_future(words, c_lo)
    # "said the talks end on", "said bids are due on", "told MPs that the fund opens on": a
    # clause reported after the saying
    reported = verb < first and (
        any(words[k][0] in _SPEECH for k in range(c_lo, verb))
        or (
            0 < c_lo
            and words[c_lo - 1][0] == "that"
            and any(w in _SPEECH for w, _ in words[max(0, c_lo - 4) : c_lo - 1])
        )
    )
    tense = PRESENT if verb == present else _tense_of(words, verb)
    if reported and tense == PAST and _present_form(words[verb][0], words[verb - 1][0]):
        tense = PRESENT  # "said the canteen reopens on": a present the lists do not hold
    nxt = _after_be(words, verb)
    pluperfect = (
        tense == PAST
        and words[verb][0] == "had"
        and (nxt == "been" or _ed(nxt) or nxt in _PERFECT_AFTER_HAVE)
    )
    return Reading(tense, words[verb][0], plan, fronted, under, reported, subject, pluperfect)


def reported_ahead(text: str, start: int, end: int) -> bool:
    """text[start:end] is governed by the present or future verb of a clause reported,
    with or without "that", after a past verb of saying: "He said the talks end on Friday", "told
    MPs the fund opens on 1 May", "said bids are due on 20 January" (stop 36). The saying
    is past, the act it reports is still ahead; a reported past ("said the office closed
    on 1 May"), a future seen from then ("said it would") and a time on the saying itself
    ("said on Friday that ...") are not. Readings of a past beside the time defer to it."""
    if _SAYING.search(lowered(text), max(0, start - 200), start) is None:
        return False  # no verb of saying before the time (cheap: the reader tokenises)
    found = reading(text, start, end)
    return found.reported and (
        found.tense == PRESENT or (found.tense == FUTURE and found.verb not in _NOT_AHEAD)
    )


def told_ahead(text: str, start: int, end: int) -> bool:
    """Whether the verb governing text[start:end] says the time is still ahead: a present
    or a modal before the time (or after it, when the time is fronted), an imperative, or
    an act of fixing a time right before it. Older rules that read a time as past from the
    words around it defer to this (round 28b); a future seen from the past ("was to end",
    "would"), "says" (a report now of what was done) and a verb after a time that is not
    fronted do not count."""
    low = lowered(text)
    if _SAID_THEN.search(low, max(0, start - 40), start) is not None:
        return False  # "..., the Minister announced today (19 March)": the day of saying
    found = reading(text, start, end)
    if found.tense == IMPERATIVE:
        return True
    if found.verb == "says":
        return False  # "Today, the report says the scheme ended on 31 March": a report now
    if not found.fronted and low.rfind(found.verb, max(0, start - 200), start) < 0:
        return False  # a verb after the time ("... on 16 January, what is"): not its own
    if found.tense == PRESENT or (
        # not "outlining plans to expand" (a noun), nor "was to end" (a past plan)
        found.tense == FUTURE and found.verb not in _NOT_AHEAD
    ):
        return True
    # "had set a December 16 date": an act of fixing a time, right before it
    return found.plan and _FIXING.search(low, max(0, start - 30), start) is not None


def names_noun(text: str, end: int) -> bool:
    """The time stands right before a noun it names ("the June 1 target elevations")."""
    m = _TOKEN.match(lowered(text), end + (len(text[end:]) - len(text[end:].lstrip(" "))))
    if m is None or not m.group()[0].isalpha() or m.group() in NOT_NOUN:
        return False
    word = m.group()
    return not (_ed(word) or word.endswith("ly") or word in _MODALS or word in PAST_ONLY)


_SAYING: Final = re.compile(r"\b(?:" + "|".join(sorted(_SPEECH)) + r")\b")
_SAID_THEN: Final = re.compile(r"\b(?:" + "|".join(sorted(_SPEECH)) + r")\s+(?:today\s*\(\s*)?$")
# a future seen from the past ("was to end on July 23", "would be held"): not ahead of now
_NOT_AHEAD: Final = frozenset("was were had would could might".split()) | _PLAN_VERBS
_FIXING: Final = re.compile(
    r"\b(?:" + "|".join(sorted(_SETTING)) + r")\s+(?:(?:a|an|the|its|their)\s+)?(?:for\s+)?$"
)
# a time moved, right before its new day: "has been moved for the", "postponed until"
MOVED_FOR: Final = re.compile(
    r"\b(?:" + "|".join(sorted(SHIFTED)) + r")\s+(?:back\s+|forward\s+|up\s+)?"
    r"(?:for|to|until|till)\s+(?:the\s+)?$"
)
