"""Times of acts already done, told in a release or a notice (issue 12, round 26a).

The chosen phrase would fall due ahead, but the sentence tells of it as done:

- a participle clause hanging on a main clause told in the past or the present perfect,
  with nothing ahead in the sentence nor a start to come in it ("to begin") ("VA Hospital
  has expanded operating hours ..., with the final locations implementing new schedules
  in late September"; "The proposed rule published ... on September 30, 2022, opening a
  60-day public comment period"), when the phrase has no year of its own and the calendar
  would roll it past half a year ahead, or it is a span and the main clause's own date is
  gone;
- a count up to now ("since opening April 24, 2024, to now, December 12, 2024");
- a time said to have been the earlier one ("The previous closing date was today,
  September 24");
- "this week", "this month" or "this year" right after a past verb of its own clause ("we
  approved this week", "Followers ... watched the account surpass 500,000 followers this
  week") or a perfect ("The community has done an incredible job this year", stop 39j),
  not after "be" ("will be debated this week") nor a modal or "to", nor a perfect of
  promising or planning ("has promised a review this year").

`verdict` returns (refusal kind, reason) to refuse the phrase, or None to keep it; each
rule runs behind a substring test.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Final

from bot.core.deadlines import clauses, governing
from bot.core.deadlines.choose import Outcome, read_outcome
from bot.core.deadlines.context import Ctx
from bot.core.deadlines.words import AHEAD, CLOSED_ASIDE, DETERMINERS, Place

# ", opening a 60-day ...", ", with the final locations implementing ...": a participle
# clause with no clause break up to the phrase
_PARTICIPLE: Final = re.compile(
    r",\s+(?:with\s+(?:[a-z0-9'\u2019-]+\s+){1,5}?)?(?!(?:during|including|according|following"
    r"|regarding|concerning|beginning|starting|morning|evening|spring|nothing|something"
    r"|anything|everything|thing|bring|pending|remaining|ongoing|outstanding|notwithstanding"
    r"|excluding|building|ending)\b)[a-z]{3,}ing\b[^,;:()]*$"
)
_PERFECT: Final = re.compile(
    r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|en|wn|ne|de|ht|un)\b"
)
# the main clause announces an act to come: what it announces keeps its own time
_ANNOUNCING: Final = re.compile(r"\b(?:announc|unveil|plan|schedul)[a-z]*\b")
# an act ahead in the sentence; in the participle clause, a start to come ("paving the way for
# hiring to begin in August")
_AHEAD: Final = re.compile(
    r"\b(?:" + AHEAD + r"|set\s+to|should|to\s+(?:be|begin|start|open|close|take|resume|run"
    r"|come|launch|finish))\b|'ll\b"
)
_YEAR: Final = re.compile(r"[0-9]{4}")
_SPAN: Final = re.compile(r"[0-9a-z]+[\s-](?:days?|weeks?|months?|years?)\b")

# "to now, <date>" (not "to today, <date>": a time moved to the day of speaking)
_TO_NOW: Final = re.compile(r"\b(?:up\s+)?(?:to|until|till|through|thru)\s+now,?\s+$")
_EARLIER_ONE: Final = re.compile(
    r"\b(?:previous|former|original|old|earlier|prior)\s+(?:[a-z-]+\s+){0,3}(?:was|were)"
    r"\s+(?:(?:today|on|set\s+(?:for|at)|due)[\s,]+)*$"
)

# the period running, or a day in it ("on 5 March this year"); not "later this year", ahead
_THIS_PERIOD: Final = re.compile(r"(?<!later\s)this\s+(?:week|month|year)$")
# a limit leading the phrase makes it the end of a span, not the act's time ("runs from 1
# December 2005 until 30 June this year")
_LIMIT: Final = re.compile(r"(?:until|till|by|before|through|thru|within|no\s+later)\b")
# "has done an incredible job this year": a perfect tells what the period running has held
# so far (stop 39j, CONVENTIONS 2.4 for a day word), unless its verb promises or plans an
# act still to come ("has promised a review this year", "have pledged to act this month")
_HAVE: Final = frozenset(("has", "have", "had", "'ve"))
_PARTICIPLE_FORM: Final = re.compile(r"[a-z]{2,}(?:ed|en|wn|ne|de|ht|un|ot)$")
_PROMISING: Final = re.compile(r"(?:promis|pledg|commit|undert|vow|agree|decid|plann|schedul)")
_IRREGULAR: Final = frozenset(
    "saw met made held took gave went came said told won lost began spent sent ran wrote "
    "spoke left brought bought paid sold found got led built became chose drew flew grew "
    "kept knew rose fell shook".split()
)
_STOPS: Final = frozenset(
    "will shall would to be is are am been being could should may might must can 'll "
    "going expect expects".split()
)
_DETERMINERS = DETERMINERS | frozenset(("newly", "recently"))
_WORD: Final = re.compile(r"[a-z0-9@'\u2019.,-]+")

Verdict = tuple[str | None, str]


def verdict(text: str, found: Outcome, ctx: Ctx, place: Place | None) -> Verdict | None:
    """The chosen phrase, lying at `place` (words.located), refused as told done (see the
    module), or None."""
    cand = found.cand
    if cand is None:
        return None
    if place is None:
        return None
    lowered, start, end, words = place
    # the cheap test first: `head` is the end of `before` (all of it when no stop comes in
    # reach), and every rule below needs one of these strings in it (or "this " in the
    # phrase); most sentences hold none
    before = lowered[:start]
    if not (
        "now" in before
        or " was " in before
        or " were " in before
        or "this " in words
        or ("," in before and "ing" in before)
    ):
        return None
    head = lowered[clauses.sentence_start(lowered, start, 300) : start]
    if "now" in head:
        if _TO_NOW.search(head) is not None:
            return "past", "a count up to now: past"
    if " was " in head or " were " in head:
        if _EARLIER_ONE.search(head) is not None:
            return "past", "the earlier time, told as replaced: past"
    if (
        "this " in words
        and _THIS_PERIOD.search(words)
        and not _LIMIT.match(words)
        and _after_past_verb(head)
    ):
        return "past", "a past verb's own week, month or year: past"
    if "," in head and "ing" in head and (participle := _PARTICIPLE.search(head)) is not None:
        main = head[: participle.start()]
        rest = clauses.sentence_after(lowered, end)
        if _AHEAD.search(head + " " + rest) is None and _ANNOUNCING.search(main) is None:
            if _rolled(words, found, ctx) or (
                _SPAN.match(words) is not None and _main_date_gone(text, start, ctx)
            ):
                if _PERFECT.search(main) or clauses.past_tense(main):
                    return "past", "a participle on an act told as done: past"
    return None


def _rolled(words: str, found: Outcome, ctx: Ctx) -> bool:
    """A phrase with no year that the calendar rolled past half a year ahead."""
    cand = found.cand
    if cand is None or cand.res.due is None or _YEAR.search(words) is not None:
        return False
    return cand.res.due - ctx.reference > timedelta(days=180)


def _main_date_gone(text: str, start: int, ctx: Ctx) -> bool:
    """The sentence before the phrase holds a date that is gone."""
    sentence = clauses.sentence_start(text, start, 300)
    again = read_outcome(text[sentence:start], ctx, timedelta(days=1))
    return again is not None and again.cand is None and again.refusal == "past"


def _after_past_verb(head: str) -> bool:
    """The nearest verb before the phrase, within its clause, is a past one or a perfect
    that promises nothing ("has done", not "has promised" nor "will have done"). An aside
    closed before the phrase is no verb of its clause ("tests (commonly called SATs) in May
    this year")."""
    if ")" in head:
        head = CLOSED_ASIDE.sub(" ", head)
    tokens = _WORD.findall(head)[-14:]
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].strip(".,")
        if i > 0 and tokens[i - 1] in _HAVE and _PARTICIPLE_FORM.match(word):
            # a perfect ("has done", "have been"), not a future one ("will have done")
            ahead = i > 1 and tokens[i - 2].strip(".,") in _STOPS
            return not ahead and _PROMISING.match(word) is None
        if word in _STOPS:
            return False
        if word in _IRREGULAR or (len(word) > 4 and word.endswith("ed")):
            before = tokens[i - 1].strip(".,") if i > 0 else ""
            if before in _DETERMINERS:
                continue  # "the revised guidance": an adjective
            # "there will be €70 million spent this year": a participle of what a clause told
            # ahead will be, not a verb ("the standards the board agreed this week" is one)
            told_ahead = before not in governing.PRONOUNS and any(
                t.strip(".,") == "be" for t in tokens[:i]
            )
            return before not in _STOPS and not tokens[i - 1].endswith(",") and not told_ahead
        if tokens[i].endswith(",") and i < len(tokens) - 1:
            return False
    return False
